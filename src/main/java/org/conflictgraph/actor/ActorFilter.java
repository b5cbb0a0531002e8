package org.conflictgraph.actor;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.graph.EntityKind;

/** The {@code ActorFilter} input. */
record ActorFilter(@Nullable List<EntityKind> kinds, @Nullable String name, @Nullable List<String> countries,
		@Nullable String event, @Nullable ParticipantRole role, @Nullable String source, @Nullable String place) {

	static final ActorFilter NONE = new ActorFilter(null, null, null, null, null, null, null);

}

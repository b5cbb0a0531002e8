package org.conflictgraph.place;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.shared.NearInput;

/** The {@code PlaceFilter} input. */
record PlaceFilter(@Nullable List<EntityKind> kinds, @Nullable String name, @Nullable List<String> countries,
		@Nullable String within, @Nullable NearInput near) {

	static final PlaceFilter NONE = new PlaceFilter(null, null, null, null, null);

}

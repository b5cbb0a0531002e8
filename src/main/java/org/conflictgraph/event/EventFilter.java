package org.conflictgraph.event;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.actor.ParticipantRole;
import org.conflictgraph.shared.NearInput;

/** The {@code EventFilter} input. */
record EventFilter(@Nullable List<String> types, @Nullable List<String> subTypes, @Nullable List<EventStatus> statuses,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String place, @Nullable NearInput near,
		@Nullable List<String> countries, @Nullable String actor, @Nullable ParticipantRole role,
		@Nullable String claimant, @Nullable String source) {

	static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, null, null, null,
			null);

}

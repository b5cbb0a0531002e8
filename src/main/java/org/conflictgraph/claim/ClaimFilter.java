package org.conflictgraph.claim;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The {@code ClaimFilter} input. */
record ClaimFilter(@Nullable List<String> kinds, @Nullable List<Stance> stances, @Nullable String claimant,
		@Nullable String reportedBy, @Nullable String about, @Nullable String place, @Nullable List<String> eventTypes,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String source) {

	static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null, null, null, null);

}

package org.conflictgraph.claim;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.shared.FilterChecks;

/** The {@code ClaimFilter} input. */
record ClaimFilter(@Nullable List<String> kinds, @Nullable List<Stance> stances, @Nullable String claimant,
		@Nullable String reportedBy, @Nullable String about, @Nullable String place, @Nullable List<String> eventTypes,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String source) {

	static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null, null, null, null);

	/**
	 * Answers a filter that names an unknown id, claim kind or event type with an error
	 * instead of an empty page.
	 */
	void validate(FilterChecks checks, String path) {
		FilterChecks.known(path + ".eventTypes", this.eventTypes, Vocabulary.EVENT_TYPES.keySet());
		checks.present(path + ".kinds", this.kinds, "Claim", "kind");
		checks.ids()
			.add(path + ".claimant", this.claimant, "actor", "Actor")
			.add(path + ".reportedBy", this.reportedBy, "actor", "Actor")
			.add(path + ".about", this.about, "event, actor, place or asset", "Event", "Actor", "Place", "Asset")
			.add(path + ".place", this.place, "place", "Place")
			.add(path + ".source", this.source, "source", "Source")
			.check();
	}

}

package org.conflictgraph.event;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.actor.ParticipantRole;
import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.shared.FilterChecks;
import org.conflictgraph.shared.NearInput;

/** The {@code EventFilter} input. */
record EventFilter(@Nullable List<String> types, @Nullable List<String> subTypes, @Nullable List<EventStatus> statuses,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String place, @Nullable NearInput near,
		@Nullable List<String> countries, @Nullable String actor, @Nullable ParticipantRole role,
		@Nullable String claimant, @Nullable String source) {

	static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, null, null, null,
			null);

	/**
	 * Answers a filter that names an unknown id, type or sub-type with an error instead
	 * of an empty page.
	 */
	void validate(FilterChecks checks) {
		validate(checks, "filter");
	}

	void validate(FilterChecks checks, String path) {
		validateValues(path);
		ids(checks, path).check();
	}

	/** Checks the types and sub-types, which need no statement. */
	void validateValues(String path) {
		FilterChecks.known(path + ".types", this.types, Vocabulary.EVENT_TYPES.keySet());
		FilterChecks.known(path + ".subTypes", this.subTypes, subTypes(this.types));
	}

	/**
	 * The check of the ids the filter names. A page with rows needs none: every id is
	 * matched by a pattern of the query, with its label, for a row to be found.
	 */
	FilterChecks.Ids ids(FilterChecks checks, String path) {
		return checks.ids()
			.add(path + ".place", this.place, "place", "Place")
			.add(path + ".actor", this.actor, "actor", "Actor")
			.add(path + ".claimant", this.claimant, "actor", "Actor")
			.add(path + ".source", this.source, "source", "Source");
	}

	/** The sub-types of the given types, or of every type. */
	public static java.util.Set<String> subTypes(@Nullable List<String> types) {
		java.util.Set<String> subTypes = new java.util.TreeSet<>();
		Vocabulary.EVENT_TYPES.forEach((type, values) -> {
			if (types == null || types.isEmpty() || types.contains(type)) {
				subTypes.addAll(values);
			}
		});
		return subTypes;
	}

}

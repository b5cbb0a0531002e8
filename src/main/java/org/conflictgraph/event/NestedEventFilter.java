package org.conflictgraph.event;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.shared.FilterChecks;

/** The {@code NestedEventFilter} input of {@code Place.events(filter:)}. */
record NestedEventFilter(@Nullable List<String> types, @Nullable List<String> subTypes,
		@Nullable List<EventStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to) {

	static final NestedEventFilter NONE = new NestedEventFilter(null, null, null, null, null);

	void validate() {
		FilterChecks.known("filter.types", this.types, Vocabulary.EVENT_TYPES.keySet());
		FilterChecks.known("filter.subTypes", this.subTypes, EventFilter.subTypes(this.types));
	}

	/** The filter as Cypher parameters; a condition whose parameter is null holds. */
	java.util.Map<String, Object> parameters() {
		java.util.Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("types", this.types);
		parameters.put("subTypes", this.subTypes);
		parameters.put("statuses", (this.statuses != null) ? this.statuses.stream().map(Enum::name).toList() : null);
		parameters.put("from", this.from);
		parameters.put("to", this.to);
		return parameters;
	}

	static final String CONDITIONS = """
			($types IS NULL OR e.type IN $types) AND ($subTypes IS NULL OR e.subType IN $subTypes)
			  AND ($statuses IS NULL OR e.status IN $statuses)
			  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)""";

}

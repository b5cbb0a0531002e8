package org.conflictgraph.claim;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The {@code NestedClaimFilter} input of {@code Actor.claims(filter:)}. */
record NestedClaimFilter(@Nullable List<String> kinds, @Nullable List<Stance> stances, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	static final NestedClaimFilter NONE = new NestedClaimFilter(null, null, null, null);

	/** The filter as Cypher parameters; a condition whose parameter is null holds. */
	java.util.Map<String, Object> parameters() {
		java.util.Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("kinds", this.kinds);
		parameters.put("stances", (this.stances != null) ? this.stances.stream().map(Enum::name).toList() : null);
		parameters.put("from", this.from);
		parameters.put("to", this.to);
		return parameters;
	}

	static final String CONDITIONS = """
			($kinds IS NULL OR c.kind IN $kinds) AND ($stances IS NULL OR c.stance IN $stances)
			  AND ($from IS NULL OR c.date >= $from) AND ($to IS NULL OR c.date <= $to)""";

}

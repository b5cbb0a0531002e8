package org.conflictgraph.source;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.shared.FilterChecks;

/** The {@code SourceFilter} input. */
record SourceFilter(@Nullable List<SourceKind> kinds, @Nullable String publisher, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	static final SourceFilter NONE = new SourceFilter(null, null, null, null);

	void validate(FilterChecks checks) {
		checks.ids().add("filter.publisher", this.publisher, "actor", "Actor").check();
	}

}

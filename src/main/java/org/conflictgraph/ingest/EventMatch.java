package org.conflictgraph.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What event resolution made of a new event of a report: resolved onto the one existing
 * event it agrees with, or, when several agree, written as a new event with a
 * {@code POSSIBLY_SAME_AS} inference to each of them.
 *
 * @param id the event's id in the report
 * @param resolvedTo the existing event it became; null when the match was ambiguous
 * @param possiblySameAs the events it agrees with, when there are several
 * @param confidence of each {@code POSSIBLY_SAME_AS}, 1 for a resolved event
 * @param basis why, in words
 */
public record EventMatch(String id, @Nullable String resolvedTo, List<String> possiblySameAs, double confidence,
		String basis) {

	public EventMatch {
		possiblySameAs = List.copyOf(possiblySameAs);
	}

}

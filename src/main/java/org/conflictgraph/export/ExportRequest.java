package org.conflictgraph.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.graph.RelationshipType;

/**
 * What to export, checked.
 *
 * @param from leave out events and claims before this day, and the undated nodes linked
 * only to such
 * @param to leave out events and claims after this day, likewise
 * @param eventTypes only events of these types (and claims about them)
 * @param kinds only nodes with one of these labels
 * @param types the relationship types to export
 * @param provenance whether mentions and sources (and the provenance relationships) are
 * exported
 * @param around export the neighbourhood of this node instead of the whole graph
 * @param depth hops around {@code around}
 * @param limit the most nodes around {@code around}
 */
record ExportRequest(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable List<String> eventTypes,
		@Nullable List<String> kinds, Set<RelationshipType> types, boolean provenance, @Nullable String around,
		int depth, int limit) {

	/** Whether events and claims select the export (by date or type). */
	boolean selectsActivity() {
		return this.from != null || this.to != null || this.eventTypes != null;
	}

	/** A name for the download that says what it holds. */
	String baseName() {
		if (this.around == null) {
			return "conflict-graph";
		}
		return "conflict-graph-around-" + this.around.toLowerCase().replaceAll("[^a-z0-9]+", "-");
	}

}

package org.conflictgraph.export;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.explore.GraphEdge;
import org.conflictgraph.explore.GraphValues;

/**
 * An edge with what exports add to it.
 *
 * @param edge the relationship
 * @param date its own {@code date}, else that of the event or claim at either end
 * @param status its own {@code status}, else that of the event at either end
 * @param quotes the quotes of its mentions, in order
 */
record ExportEdge(GraphEdge edge, @Nullable String date, @Nullable String status, List<String> quotes) {

	static ExportEdge of(GraphEdge edge, @Nullable Object sourceDate, @Nullable Object sourceStatus,
			@Nullable Object targetDate, @Nullable Object targetStatus, List<String> quotes) {
		return new ExportEdge(edge, first(edge.properties().get("date"), sourceDate, targetDate),
				first(edge.properties().get("status"), sourceStatus, targetStatus), quotes);
	}

	private static @Nullable String first(@Nullable Object... values) {
		for (Object value : values) {
			Object plain = GraphValues.plain(value);
			if (plain != null) {
				return String.valueOf(plain);
			}
		}
		return null;
	}

}

package org.conflictgraph.shared;

import org.jspecify.annotations.Nullable;

/**
 * Relay page info. Pages only go forward ({@code first}/{@code after}), so
 * {@code hasPreviousPage} says whether the page started after a cursor.
 */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
		@Nullable String endCursor) {

}

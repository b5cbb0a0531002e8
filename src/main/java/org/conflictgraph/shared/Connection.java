package org.conflictgraph.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;

/**
 * One page of a Relay connection. Queries fetch one row more than asked for, which tells
 * whether a next page exists without counting. {@code totalCount} runs its own count
 * query, and only when a client selects the field.
 *
 * @param <T> the node type
 * @param edges the rows of this page with their cursors
 * @param pageInfo where the page sits in the list
 * @param counter counts all rows that match the request, ignoring paging
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, IntSupplier counter) {

	/**
	 * Builds a page from up to {@code size + 1} rows in order.
	 * @param rows rows as fetched, at most one more than {@code size}
	 * @param size the page size asked for
	 * @param after the cursor the page starts after, or {@code null}
	 * @param cursor the cursor of a row
	 * @param counter counts all matching rows
	 */
	public static <T> Connection<T> of(List<T> rows, int size, @Nullable Cursor after, Function<T, Cursor> cursor,
			IntSupplier counter) {
		boolean hasNext = rows.size() > size;
		List<Edge<T>> edges = rows.stream()
			.limit(size)
			.map((row) -> new Edge<>(cursor.apply(row).encode(), row))
			.toList();
		PageInfo info = new PageInfo(hasNext, after != null, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, info, counter);
	}

	/** The same page with every node mapped, keeping cursors and counts. */
	public <R> Connection<R> map(Function<T, R> mapper) {
		return new Connection<>(
				this.edges.stream().map((edge) -> new Edge<>(edge.cursor(), mapper.apply(edge.node()))).toList(),
				this.pageInfo, this.counter);
	}

	/** The nodes of the page, for clients that do not need a cursor per row. */
	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	/** All rows that match, on every page: one count query, run when selected. */
	public int totalCount() {
		return this.counter.getAsInt();
	}

	/**
	 * A row of a page with its cursor.
	 *
	 * @param <T> the node type
	 * @param cursor the position of this row
	 * @param node the row
	 */
	public record Edge<T>(String cursor, T node) {

	}

}

package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Builds the Cypher of a filtered, keyset-paginated list from fixed fragments. Every
 * value a client sends goes in as a parameter; the fragments are constants of the
 * features (labels only from enums).
 *
 * <p>
 * A list starts from the most selective thing the filter names, an <em>anchor</em>: a
 * unique id (an actor, a region, a source's mentions), the full-text index or the point
 * index. The first anchor given is the {@code MATCH} the query starts with, followed by
 * {@code WITH DISTINCT}, which keeps the planner from trading it for a walk along the
 * sort index (cheap on a small graph, a scan of every row on a large one). Other anchors
 * and looser patterns become {@code EXISTS} checks on the rows found. Without an anchor,
 * the query reads the label through the index of the sort key, in order, and stops after
 * the page.
 */
public final class ListQuery {

	private @Nullable String projection;

	private final String variable;

	private final String start;

	private final List<String> conditions = new ArrayList<>();

	private final List<Anchor> anchors = new ArrayList<>();

	private final List<String> filters = new ArrayList<>();

	private final Map<String, Object> parameters = new HashMap<>();

	/**
	 * @param variable the row variable, e.g. {@code e}
	 * @param start the clause that binds it when there is no anchor, e.g.
	 * {@code MATCH (e:Event)}
	 */
	public ListQuery(String variable, String start) {
		this.variable = variable;
		this.start = start;
	}

	/** Adds a condition on the row variable; all conditions must hold. */
	public ListQuery where(String condition) {
		this.conditions.add(condition);
		return this;
	}

	/**
	 * Adds a selective clause that binds the row variable. Add anchors most selective
	 * first.
	 * @param start the clause when it starts the query, with an index hint so that the
	 * planner starts there whatever its statistics say
	 * @param check the same condition as a pattern from the row, for when another anchor
	 * starts the query; {@code null} for an anchor that is always added first (a
	 * full-text lookup)
	 */
	public ListQuery anchor(String start, @Nullable String check) {
		if (check == null && !this.anchors.isEmpty()) {
			throw new IllegalStateException("An anchor without a check must come first: " + start);
		}
		this.anchors.add(new Anchor(start, check));
		return this;
	}

	/** Adds a {@code MATCH} clause the row must take part in, checked row by row. */
	public ListQuery filter(String clause) {
		this.filters.add(clause);
		return this;
	}

	public ListQuery parameter(String name, Object value) {
		this.parameters.put(name, value);
		return this;
	}

	/**
	 * Returns the row as this projection of the row variable instead of the whole node:
	 * only the properties the row's record reads.
	 */
	public ListQuery project(String projection) {
		this.projection = projection;
		return this;
	}

	/** Whether an anchor starts the query. */
	public boolean anchored() {
		return !this.anchors.isEmpty();
	}

	/**
	 * The query for one page: up to {@code first + 1} rows after the cursor, with the row
	 * as {@code row} and its sort key as {@code sortKey}.
	 * @param returns more expressions to return, e.g. a pattern comprehension: they must
	 * not change the rows
	 */
	public Statement page(Keyset keyset, @Nullable Cursor after, int first, String... returns) {
		Map<String, Object> parameters = new HashMap<>(this.parameters);
		String afterPredicate = keyset.bind(after, parameters) ? keyset.afterPredicate() : null;
		parameters.put("limit", first + 1);
		StringBuilder cypher = new StringBuilder(cypher(afterPredicate));
		cypher.append("\nRETURN ")
			.append((this.projection != null) ? this.projection : this.variable)
			.append(" AS row, ")
			.append(keyset.key())
			.append(" AS sortKey");
		for (String extra : returns) {
			cypher.append(", ").append(extra);
		}
		cypher.append("\nORDER BY ").append(keyset.orderBy()).append("\nLIMIT $limit");
		return new Statement(cypher.toString(), parameters);
	}

	/**
	 * The query for one page whose rows are projected only after the page is cut: the
	 * projection (a compiled selection with its subqueries) runs for the rows returned,
	 * not for every candidate the sort looks at.
	 * @param projection the row's expression, on the row variable
	 * @param more its parameters
	 */
	public Statement projectedPage(Keyset keyset, @Nullable Cursor after, int first, String projection,
			Map<String, Object> more) {
		return projectedPage(keyset, after, first, projection, more, false);
	}

	/**
	 * The query for one page whose rows are projected only after the page is cut and,
	 * with {@code counted}, every matching row counted first in a subquery, returned on
	 * each row as {@code totalCount}: the page and its {@code totalCount} in one
	 * statement. An empty page carries no count; count it with {@link #count()}.
	 * @param projection the row's expression, on the row variable
	 * @param more its parameters
	 * @param counted whether to count every matching row
	 */
	public Statement projectedPage(Keyset keyset, @Nullable Cursor after, int first, String projection,
			Map<String, Object> more, boolean counted) {
		Map<String, Object> parameters = new HashMap<>(this.parameters);
		parameters.putAll(more);
		String afterPredicate = keyset.bind(after, parameters) ? keyset.afterPredicate() : null;
		parameters.put("limit", first + 1);
		StringBuilder cypher = new StringBuilder();
		if (counted) {
			cypher.append("CALL {\n")
				.append(cypher(null).indent(2))
				.append("  RETURN count(")
				.append(this.variable)
				.append(") AS totalCount\n}\n");
		}
		cypher.append(cypher(afterPredicate, counted ? ", totalCount" : ""))
			.append("\nWITH ")
			.append(this.variable)
			.append(counted ? ", totalCount" : "")
			.append(" ORDER BY ")
			.append(keyset.orderBy())
			.append(" LIMIT $limit\nRETURN ")
			.append(projection)
			.append(" AS row, ")
			.append(keyset.key())
			.append(" AS sortKey")
			.append(counted ? ", totalCount" : "")
			.append("\nORDER BY ")
			.append(keyset.orderBy());
		return new Statement(cypher.toString(), parameters);
	}

	/** The query that counts every matching row, as {@code count}. */
	public Statement count() {
		return new Statement(cypher(null) + "\nRETURN count(" + this.variable + ") AS count",
				new HashMap<>(this.parameters));
	}

	/** The matching rows, each once, bound to the row variable, for aggregations. */
	public Statement rows() {
		return new Statement(cypher(null), new HashMap<>(this.parameters));
	}

	private String cypher(@Nullable String afterPredicate) {
		return cypher(afterPredicate, "");
	}

	/**
	 * @param carried what the anchor's {@code WITH DISTINCT} keeps besides the row
	 * variable (from before the match)
	 */
	private String cypher(@Nullable String afterPredicate, String carried) {
		StringBuilder cypher = new StringBuilder();
		List<String> conditions = new ArrayList<>(this.conditions);
		if (this.anchors.isEmpty()) {
			cypher.append(this.start);
		}
		else {
			cypher.append(this.anchors.get(0).start()).append("\nWITH DISTINCT ").append(this.variable).append(carried);
			for (Anchor anchor : this.anchors.subList(1, this.anchors.size())) {
				conditions.add("EXISTS { " + Objects.requireNonNull(anchor.check()) + " }");
			}
		}
		for (String filter : this.filters) {
			conditions.add("EXISTS { " + filter + " }");
		}
		if (afterPredicate != null) {
			conditions.add(afterPredicate);
		}
		if (!conditions.isEmpty()) {
			cypher.append("\nWHERE ").append(String.join("\n  AND ", conditions));
		}
		return cypher.toString();
	}

	private record Anchor(String start, @Nullable String check) {
	}

}

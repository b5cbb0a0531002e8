package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Builds the Cypher of a filtered, keyset-paginated list from fixed fragments: a start
 * clause that binds the row variable, conditions on it, and patterns it must take part
 * in. Every value a client sends goes in as a parameter; the fragments are constants of
 * the features (labels only from enums).
 *
 * <p>
 * Consecutive {@code MATCH} clauses form one query graph, so the planner starts from the
 * most selective part (a unique id seek on an actor or a region, a date range) whatever
 * the order the filters are written in. Patterns can match a row more than once, so they
 * are followed by {@code WITH DISTINCT}.
 */
public final class ListQuery {

	private final String variable;

	private final String start;

	private final List<String> conditions = new ArrayList<>();

	private final List<String> patterns = new ArrayList<>();

	private final Map<String, Object> parameters = new HashMap<>();

	/**
	 * @param variable the row variable, e.g. {@code e}
	 * @param start the clause that binds it, e.g. {@code MATCH (e:Event)}
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
	 * Adds a {@code MATCH} clause the row must take part in (may carry its own WHERE).
	 */
	public ListQuery match(String pattern) {
		this.patterns.add(pattern);
		return this;
	}

	public ListQuery parameter(String name, Object value) {
		this.parameters.put(name, value);
		return this;
	}

	/**
	 * The query for one page: up to {@code first + 1} rows after the cursor, with the row
	 * as {@code row} and its sort key as {@code sortKey}.
	 * @param returns more expressions to return, e.g. {@code collect(r.role) AS roles}:
	 * they must not change the rows
	 */
	public Statement page(Keyset keyset, @Nullable Cursor after, int first, String... returns) {
		Map<String, Object> parameters = new HashMap<>(this.parameters);
		String afterPredicate = keyset.bind(after, parameters) ? keyset.afterPredicate() : null;
		parameters.put("limit", first + 1);
		StringBuilder cypher = new StringBuilder(cypher(afterPredicate));
		cypher.append("\nRETURN ").append(this.variable).append(" AS row, ").append(keyset.key()).append(" AS sortKey");
		for (String extra : returns) {
			cypher.append(", ").append(extra);
		}
		cypher.append("\nORDER BY ").append(keyset.orderBy()).append("\nLIMIT $limit");
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
		StringBuilder cypher = new StringBuilder(this.start);
		List<String> conditions = new ArrayList<>(this.conditions);
		if (this.patterns.isEmpty() && afterPredicate != null) {
			conditions.add(afterPredicate);
		}
		if (!conditions.isEmpty()) {
			cypher.append("\nWHERE ").append(String.join(" AND ", conditions));
		}
		if (!this.patterns.isEmpty()) {
			for (String pattern : this.patterns) {
				cypher.append('\n').append(pattern);
			}
			cypher.append("\nWITH DISTINCT ").append(this.variable);
			if (afterPredicate != null) {
				cypher.append("\nWHERE ").append(afterPredicate);
			}
		}
		return cypher.toString();
	}

}

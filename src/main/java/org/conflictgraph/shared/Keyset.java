package org.conflictgraph.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A sort order for keyset pagination: rows are ordered by a key, then by id, and a page
 * after a cursor holds the rows strictly beyond the cursor's (key, id). The predicate is
 * written as {@code key >= k AND (key > k OR id > i)} rather than an {@code OR} alone, so
 * the planner can seek a range index on the key.
 *
 * @param name the name cursors carry, e.g. {@code event:DATE_DESC}
 * @param key the Cypher expression of the sort key (never null for listed rows)
 * @param id the Cypher expression of the tie-breaking id
 * @param descending whether the order is descending
 * @param keyType the Java type of the key: {@code String}, {@code LocalDate} or
 * {@code Double}
 */
public record Keyset(String name, String key, String id, boolean descending, Class<?> keyType) {

	/**
	 * The predicate selecting rows after the cursor, using {@code $afterKey} and
	 * {@code $afterId}.
	 */
	public String afterPredicate() {
		String outer = this.descending ? "<=" : ">=";
		String strict = this.descending ? "<" : ">";
		return "%s %s $afterKey AND (%s %s $afterKey OR %s %s $afterId)".formatted(this.key, outer, this.key, strict,
				this.id, strict);
	}

	/** The ORDER BY items. */
	public String orderBy() {
		String direction = this.descending ? " DESC" : "";
		return this.key + direction + ", " + this.id + direction;
	}

	/**
	 * Adds the cursor's key and id as parameters.
	 * @param after the cursor, or {@code null}
	 * @param parameters the query parameters to add to
	 * @return whether there is a cursor to apply
	 */
	public boolean bind(@Nullable Cursor after, Map<String, Object> parameters) {
		if (after == null) {
			return false;
		}
		if (!this.keyType.isInstance(after.key())) {
			throw new InvalidInputException("Malformed cursor: its sort key does not fit the sort order " + this.name);
		}
		parameters.put("afterKey", after.key());
		parameters.put("afterId", after.id());
		return true;
	}

	/** The cursor of a row with this key and id. */
	public Cursor cursor(Object key, String id) {
		return new Cursor(this.name, key, id);
	}

}

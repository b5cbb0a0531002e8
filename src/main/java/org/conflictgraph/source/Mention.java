package org.conflictgraph.source;

import org.neo4j.driver.types.MapAccessor;

import org.conflictgraph.shared.GraphValues;

/**
 * A verbatim quote at offsets {@code [start, end)} of its source's text, with the source
 * it comes from (fetched in the same query: evidence is always shown with its source).
 */
public record Mention(String id, String quote, int start, int end, Source source) {

	/**
	 * Cypher that projects a mention bound to {@code m}, for
	 * {@link #from(MapAccessor, MapAccessor)}.
	 */
	public static final String PROJECTION = "m {.id, .quote, .start, .end}";

	public static Mention from(MapAccessor mention, MapAccessor source) {
		return new Mention(GraphValues.requiredString(mention, "id"), GraphValues.requiredString(mention, "quote"),
				mention.get("start").asInt(), mention.get("end").asInt(), Source.from(source));
	}

}

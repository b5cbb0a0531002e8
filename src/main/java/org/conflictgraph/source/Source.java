package org.conflictgraph.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import org.conflictgraph.shared.GraphValues;

/**
 * A source without its text: the text can be long and is loaded only when a client asks
 * for it.
 */
public record Source(String id, SourceKind kind, @Nullable String title, @Nullable String publisher,
		@Nullable String url, @Nullable LocalDate published, @Nullable String language, @Nullable String note) {

	/**
	 * Cypher that projects the source node bound to {@code s} without its text, for
	 * {@link #from(MapAccessor)}.
	 */
	public static final String PROJECTION = projection("s");

	/**
	 * Cypher that projects the source node bound to {@code variable} without its text.
	 */
	public static String projection(String variable) {
		return variable + " {.id, .kind, .title, .publisher, .url, .published, .language, .note}";
	}

	public static Source from(MapAccessor map) {
		return new Source(GraphValues.requiredString(map, "id"),
				SourceKind.fromGraph(GraphValues.requiredString(map, "kind")), GraphValues.string(map, "title"),
				GraphValues.string(map, "publisher"), GraphValues.string(map, "url"),
				GraphValues.date(map, "published"), GraphValues.string(map, "language"),
				GraphValues.string(map, "note"));
	}

}

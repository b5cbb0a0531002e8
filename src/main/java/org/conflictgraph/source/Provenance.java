package org.conflictgraph.source;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import org.conflictgraph.shared.GraphValues;

/**
 * What a relationship says about its own support: the mentions it rests on and, for
 * background knowledge, its reference sources and the note on them.
 *
 * @param mentionIds ids of the supporting mentions
 * @param referenceIds ids of the reference sources
 * @param referenceNote what the references support
 */
public record Provenance(List<String> mentionIds, List<String> referenceIds, @Nullable String referenceNote) {

	/**
	 * Cypher that projects the provenance properties of a relationship, for
	 * {@link #from(MapAccessor)}. Use as {@code r} + PROPERTIES.
	 */
	public static final String PROPERTIES = " {.mentionIds, .referenceIds, .referenceNote}";

	/** Reads the provenance properties of a relationship (or its projection). */
	public static Provenance from(MapAccessor relationship) {
		return new Provenance(GraphValues.strings(relationship, "mentionIds"),
				GraphValues.strings(relationship, "referenceIds"), GraphValues.string(relationship, "referenceNote"));
	}

	/** The references, each with the relationship's note. */
	public List<Reference> references() {
		return this.referenceIds.stream().map((id) -> new Reference(id, this.referenceNote)).toList();
	}

}

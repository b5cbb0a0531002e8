package org.conflictgraph.actor;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.source.SourcedNode;

/**
 * An actor node.
 */
public record Actor(String id, String name, EntityKind kind, List<String> aliases, @Nullable String description,
		@Nullable String country) implements SourcedNode {

	public static final String LABEL = "Actor";

	/**
	 * Cypher that projects the actor bound to {@code variable} on what this record reads,
	 * leaving out the bookkeeping lists ({@code reportIds}, {@code nameKeys},
	 * {@code aliasText}) that can be long.
	 */
	public static String projection(String variable) {
		return variable + " {.id, .name, .aliases, .description, .country, labels: labels(" + variable + ")}";
	}

	/** The actor of an {@code Actor} node or its {@link #projection(String)}. */
	public static Actor from(MapAccessor node) {
		EntityKind kind = EntityKind.fromLabels(LABEL, GraphValues.labels(node));
		if (kind == null) {
			throw new IllegalStateException("Actor " + node.get("id") + " has no kind label");
		}
		return new Actor(GraphValues.requiredString(node, "id"), GraphValues.requiredString(node, "name"), kind,
				GraphValues.strings(node, "aliases"), GraphValues.string(node, "description"),
				GraphValues.string(node, "country"));
	}

}

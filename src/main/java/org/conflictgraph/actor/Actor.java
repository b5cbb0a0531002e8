package org.conflictgraph.actor;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Node;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.source.SourcedNode;

/**
 * An actor node.
 */
public record Actor(String id, String name, EntityKind kind, List<String> aliases, @Nullable String description,
		@Nullable String country) implements SourcedNode {

	public static final String LABEL = "Actor";

	/** The actor of an {@code Actor} node. */
	public static Actor from(Node node) {
		EntityKind kind = EntityKind.fromLabels(LABEL, node.labels());
		if (kind == null) {
			throw new IllegalStateException("Actor " + node.get("id") + " has no kind label");
		}
		return new Actor(GraphValues.requiredString(node, "id"), GraphValues.requiredString(node, "name"), kind,
				GraphValues.strings(node, "aliases"), GraphValues.string(node, "description"),
				GraphValues.string(node, "country"));
	}

}

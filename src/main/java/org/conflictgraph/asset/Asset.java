package org.conflictgraph.asset;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Node;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.source.SourcedNode;

/**
 * An asset node.
 */
public record Asset(String id, String name, EntityKind kind, List<String> aliases, @Nullable String description,
		@Nullable String model, @Nullable Integer quantity) implements SourcedNode {

	public static final String LABEL = "Asset";

	/** The asset of an {@code Asset} node. */
	public static Asset from(Node node) {
		EntityKind kind = EntityKind.fromLabels(LABEL, node.labels());
		if (kind == null) {
			throw new IllegalStateException("Asset " + node.get("id") + " has no kind label");
		}
		return new Asset(GraphValues.requiredString(node, "id"), GraphValues.requiredString(node, "name"), kind,
				GraphValues.strings(node, "aliases"), GraphValues.string(node, "description"),
				GraphValues.string(node, "model"), GraphValues.integer(node, "quantity"));
	}

}

package org.conflictgraph.claim;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Node;

import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.source.SourcedNode;

/**
 * A claim node.
 */
public record Claim(String id, String kind, Stance stance, String statement, @Nullable LocalDate date,
		Figures figures) implements SourcedNode {

	public static Claim from(Node node) {
		return new Claim(GraphValues.requiredString(node, "id"), GraphValues.requiredString(node, "kind"),
				Stance.valueOf(GraphValues.requiredString(node, "stance")),
				GraphValues.requiredString(node, "statement"), GraphValues.date(node, "date"), Figures.from(node));
	}

}

package org.conflictgraph.claim;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.source.SourcedNode;

/**
 * A claim node.
 *
 * @param figures the plain numbers, as older clients read them
 * @param quantities the same figures with their qualifiers, subjects and breakdowns
 */
public record Claim(String id, String kind, Stance stance, String statement, @Nullable LocalDate date, Figures figures,
		List<Figure> quantities) implements SourcedNode {

	/** The properties this record is read from. */
	public static final List<String> PROPERTIES = properties();

	private static List<String> properties() {
		List<String> properties = new java.util.ArrayList<>(List.of("id", "kind", "stance", "statement", "date"));
		for (String measure : Vocabulary.FIGURES) {
			properties.addAll(Figure.properties(measure));
		}
		return List.copyOf(properties);
	}

	/**
	 * Cypher that projects the claim bound to {@code variable} on what this record reads,
	 * leaving out the bookkeeping lists.
	 */
	public static String projection(String variable) {
		return variable + " {" + String.join(", ", PROPERTIES.stream().map((name) -> "." + name).toList()) + "}";
	}

	/** The claim of a {@code Claim} node or its {@link #projection(String)}. */
	public static Claim from(MapAccessor node) {
		return new Claim(GraphValues.requiredString(node, "id"), GraphValues.requiredString(node, "kind"),
				Stance.valueOf(GraphValues.requiredString(node, "stance")),
				GraphValues.requiredString(node, "statement"), GraphValues.date(node, "date"), Figures.from(node),
				Figure.all(node));
	}

}

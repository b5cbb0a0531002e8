package org.conflictgraph.export;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.graph.KindColours;

/**
 * The explorer's legend colours ({@link KindColours}, which the explorer gets through
 * {@code /js/vocabulary.js}) and a shape per base label, for Gephi's viz attributes.
 */
final class KindStyle {

	/** GEXF viz shapes (disc, square, triangle, diamond) by base label. */
	static final Map<String, String> SHAPES = Map.of("Actor", "disc", "Place", "triangle", "Asset", "diamond", "Event",
			"square", "Claim", "square", "Source", "square", "Mention", "disc");

	private KindStyle() {
	}

	/** The colour of the most specific kind, as red, green, blue. */
	static int[] rgb(@Nullable String kind) {
		String hex = KindColours.ofLabel(kind);
		return new int[] { Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
				Integer.parseInt(hex.substring(5, 7), 16) };
	}

	static String shape(@Nullable String base) {
		return (base != null) ? SHAPES.getOrDefault(base, "disc") : "disc";
	}

}

package org.conflictgraph.export;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The explorer's legend colours and a shape per base label, for Gephi's viz attributes.
 * KindStyleTests keeps the colours equal to the explorer's (static/js/kinds.js).
 */
final class KindStyle {

	static final Map<String, String> COLOURS = Map.ofEntries(Map.entry("ArmedGroup", "#c62828"),
			Map.entry("MilitaryForce", "#7b1f1f"), Map.entry("GovernmentBody", "#6a3d9a"),
			Map.entry("Person", "#c2185b"), Map.entry("MediaOutlet", "#616161"), Map.entry("State", "#e65100"),
			Map.entry("Country", "#1b5e20"), Map.entry("Region", "#2e7d32"), Map.entry("District", "#558b2f"),
			Map.entry("Settlement", "#00838f"), Map.entry("Facility", "#00695c"), Map.entry("Aircraft", "#1565c0"),
			Map.entry("Vehicle", "#6d4c41"), Map.entry("Drone", "#3949ab"), Map.entry("Missile", "#283593"),
			Map.entry("Infrastructure", "#827717"), Map.entry("Event", "#ef8f00"), Map.entry("Claim", "#455a64"),
			Map.entry("Source", "#5d4037"), Map.entry("Mention", "#8d6e63"));

	/** GEXF viz shapes (disc, square, triangle, diamond) by base label. */
	static final Map<String, String> SHAPES = Map.of("Actor", "disc", "Place", "triangle", "Asset", "diamond", "Event",
			"square", "Claim", "square", "Source", "square", "Mention", "disc");

	private static final String GREY = "#9e9e9e";

	private KindStyle() {
	}

	/** The colour of the most specific kind, as red, green, blue. */
	static int[] rgb(@Nullable String kind) {
		String hex = (kind != null) ? COLOURS.getOrDefault(kind, GREY) : GREY;
		return new int[] { Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
				Integer.parseInt(hex.substring(5, 7), 16) };
	}

	static String shape(@Nullable String base) {
		return (base != null) ? SHAPES.getOrDefault(base, "disc") : "disc";
	}

}

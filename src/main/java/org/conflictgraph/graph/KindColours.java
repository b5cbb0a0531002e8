package org.conflictgraph.graph;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The colour of each kind of node, the one source for the explorer's legend (served in
 * {@code /js/vocabulary.js}) and the exports' colours (GEXF {@code viz:color}). A display
 * fact, kept beside the vocabulary so that every leaf kind has one.
 */
public final class KindColours {

	/** The colour of a node whose kind is unknown. */
	public static final String UNKNOWN = "#9e9e9e";

	private static final Map<NodeKind, String> COLOURS = new EnumMap<>(NodeKind.class);

	static {
		COLOURS.put(NodeKind.ARMED_GROUP, "#c62828");
		COLOURS.put(NodeKind.MILITARY_FORCE, "#7b1f1f");
		COLOURS.put(NodeKind.GOVERNMENT_BODY, "#6a3d9a");
		COLOURS.put(NodeKind.PERSON, "#c2185b");
		COLOURS.put(NodeKind.MEDIA_OUTLET, "#616161");
		COLOURS.put(NodeKind.STATE, "#e65100");
		COLOURS.put(NodeKind.COUNTRY, "#1b5e20");
		COLOURS.put(NodeKind.REGION, "#2e7d32");
		COLOURS.put(NodeKind.DISTRICT, "#558b2f");
		COLOURS.put(NodeKind.SETTLEMENT, "#00838f");
		COLOURS.put(NodeKind.FACILITY, "#00695c");
		COLOURS.put(NodeKind.AIRCRAFT, "#1565c0");
		COLOURS.put(NodeKind.VEHICLE, "#6d4c41");
		COLOURS.put(NodeKind.DRONE, "#3949ab");
		COLOURS.put(NodeKind.MISSILE, "#283593");
		COLOURS.put(NodeKind.INFRASTRUCTURE, "#827717");
		COLOURS.put(NodeKind.EVENT, "#ef8f00");
		COLOURS.put(NodeKind.CLAIM, "#455a64");
		COLOURS.put(NodeKind.SOURCE, "#5d4037");
		COLOURS.put(NodeKind.MENTION, "#8d6e63");
	}

	private KindColours() {
	}

	/** The colour of a kind as {@code #rrggbb}; grey for a base label that has kinds. */
	public static String of(NodeKind kind) {
		return COLOURS.getOrDefault(kind, UNKNOWN);
	}

	/** The colour of a kind given by its label ({@code ArmedGroup}); grey if unknown. */
	public static String ofLabel(@Nullable String label) {
		for (NodeKind kind : NodeKind.values()) {
			if (kind.label().equals(label)) {
				return of(kind);
			}
		}
		return UNKNOWN;
	}

}

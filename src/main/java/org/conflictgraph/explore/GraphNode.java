package org.conflictgraph.explore;

import java.util.List;
import java.util.Map;

/**
 * A node as graph front ends want it: our stable id, its kinds (the labels without the
 * technical {@code Node} label, base label first), a display label and its properties.
 *
 * @param id the stable id of ours, e.g. {@code armed-group:siberian-battalion}
 * @param kinds the labels, e.g. {@code [Actor, ArmedGroup]}
 * @param label the name, title, statement or quote, whichever the node has
 * @param properties the stored properties except the id, search helpers and the full text
 * of sources; dates as ISO strings, points as latitude/longitude
 */
public record GraphNode(String id, List<String> kinds, String label, Map<String, Object> properties) {

	public boolean hasKind(String kind) {
		return this.kinds.contains(kind);
	}

}

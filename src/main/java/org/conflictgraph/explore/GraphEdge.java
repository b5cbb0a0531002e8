package org.conflictgraph.explore;

import java.util.List;
import java.util.Map;

/**
 * A relationship as graph front ends want it, in its stored direction.
 *
 * @param id the relationship's stable {@code id} property, or for a relationship without
 * one the id the model would give it ({@code TYPE:source->target}); never a Neo4j
 * internal id
 * @param type the relationship type
 * @param source the id of the start node
 * @param target the id of the end node
 * @param properties the stored properties except the id; dates as ISO strings
 */
public record GraphEdge(String id, String type, String source, String target, Map<String, Object> properties) {

	/** The mentions that support this relationship, in stored order. */
	public List<String> mentionIds() {
		return GraphValues.strings(this.properties.get("mentionIds"));
	}

}

package org.conflictgraph.explore;

import java.util.List;

/**
 * One path, as its nodes and relationships in walking order and as steps.
 *
 * @param nodes the nodes from the start to the end
 * @param edges the relationships between consecutive nodes
 * @param steps one step per hop, with the direction it is walked in
 */
record GraphPath(List<GraphNode> nodes, List<GraphEdge> edges, List<PathStep> steps) {

	public int length() {
		return this.edges.size();
	}

}

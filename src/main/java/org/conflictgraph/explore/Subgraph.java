package org.conflictgraph.explore;

import java.util.List;

/**
 * A bounded piece of the graph.
 *
 * @param nodes the nodes, the start node first
 * @param edges the relationships between them
 * @param truncated whether a cap left out nodes or relationships within the requested
 * depth
 * @param truncatedNodeIds the nodes that have more relationships than were followed, so a
 * front end can offer to expand them
 */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated, List<String> truncatedNodeIds) {

}

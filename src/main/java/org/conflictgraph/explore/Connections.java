package org.conflictgraph.explore;

import java.util.List;

/**
 * A small subgraph that connects a set of nodes (an approximate Steiner tree).
 *
 * @param nodes the given nodes and the nodes between them
 * @param edges the relationships of the tree
 * @param groups the given ids grouped by what could be connected: one group when all are
 * connected within the hop limit
 */
record Connections(List<GraphNode> nodes, List<GraphEdge> edges, List<List<String>> groups) {

}

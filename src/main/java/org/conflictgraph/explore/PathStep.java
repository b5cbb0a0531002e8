package org.conflictgraph.explore;

/**
 * One hop of a path.
 *
 * @param from the node the hop leaves
 * @param edge the relationship it follows
 * @param to the node it reaches
 * @param forward true when the relationship points from {@code from} to {@code to}, false
 * when the hop walks it backwards
 */
record PathStep(GraphNode from, GraphEdge edge, GraphNode to, boolean forward) {

}

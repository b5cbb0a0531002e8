package org.conflictgraph.explore;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The shortest paths between two nodes.
 *
 * @param paths all shortest paths up to the limit, ordered by the ids along them
 * @param length the number of hops of each of them; null when there is none
 * @param truncated whether there are more shortest paths than the limit
 */
record PathSearch(List<GraphPath> paths, @Nullable Integer length, boolean truncated) {

}

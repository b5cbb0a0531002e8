/**
 * Investigators' tools: the neighbourhood of a node, shortest paths and connecting
 * subgraphs with their evidence, and network metrics on the actor network. Everything is
 * returned as plain nodes and edges with our stable ids, ready for graph front ends.
 */
@NullMarked
package org.conflictgraph.explore;

import org.jspecify.annotations.NullMarked;

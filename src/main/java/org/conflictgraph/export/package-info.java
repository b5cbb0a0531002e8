/**
 * Downloads of the graph, or of a part of it, for graph tools: GraphML, GEXF,
 * Cytoscape.js JSON and CSV (nodes and edges, as Gephi and Neo4j's LOAD CSV read them).
 * Large exports stream from a Cypher result straight into the response.
 */
@NullMarked
package org.conflictgraph.export;

import org.jspecify.annotations.NullMarked;

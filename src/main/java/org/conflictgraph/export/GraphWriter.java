package org.conflictgraph.export;

import java.io.IOException;

import org.conflictgraph.explore.GraphNode;

/**
 * Writes one format as elements arrive: all nodes first, then all edges.
 */
interface GraphWriter {

	void begin() throws IOException;

	void node(GraphNode node) throws IOException;

	/** Called once, after the last node and before the first edge. */
	void beginEdges() throws IOException;

	void edge(ExportEdge edge) throws IOException;

	/** Completes the document and flushes; does not close the stream. */
	void end() throws IOException;

}

package org.conflictgraph.export;

import org.springframework.http.MediaType;

/**
 * The download formats, with their content types and file names.
 */
enum ExportFormat {

	/** GraphML 1.0 (yEd, Gephi, Cytoscape, NetworkX, Neo4j APOC). */
	GRAPHML("application/graphml+xml", "graphml"),

	/** GEXF 1.2 (Gephi). */
	GEXF("application/gexf+xml", "gexf"),

	/** Cytoscape.js elements, the .cyjs file Cytoscape desktop reads. */
	CYTOSCAPE("application/json", "cyjs"),

	/** nodes.csv alone. */
	NODES_CSV("text/csv;charset=UTF-8", "csv"),

	/** edges.csv alone. */
	EDGES_CSV("text/csv;charset=UTF-8", "csv"),

	/** nodes.csv and edges.csv in one zip. */
	CSV_ZIP("application/zip", "zip");

	private final MediaType mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.extension = extension;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/** The file name of a download; {@code base} names the selection. */
	String fileName(String base) {
		return switch (this) {
			case NODES_CSV -> base.equals("conflict-graph") ? "nodes.csv" : base + "-nodes.csv";
			case EDGES_CSV -> base.equals("conflict-graph") ? "edges.csv" : base + "-edges.csv";
			case CSV_ZIP -> base + "-csv.zip";
			default -> base + "." + this.extension;
		};
	}

	boolean needsNodes() {
		return this != EDGES_CSV;
	}

	boolean needsEdges() {
		return this != NODES_CSV;
	}

}

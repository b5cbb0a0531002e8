package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.conflictgraph.explore.GraphNode;

/**
 * nodes.csv and edges.csv in one zip, each entry written as its rows arrive.
 */
class CsvZipWriter implements GraphWriter {

	private final ZipOutputStream zip;

	private final Writer out;

	CsvZipWriter(OutputStream out) {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		this.out = new OutputStreamWriter(this.zip, StandardCharsets.UTF_8);
	}

	@Override
	public void begin() throws IOException {
		this.zip.putNextEntry(new ZipEntry("nodes.csv"));
		CsvWriter.nodeHeader(this.out);
	}

	@Override
	public void node(GraphNode node) throws IOException {
		CsvWriter.node(this.out, node);
	}

	@Override
	public void beginEdges() throws IOException {
		this.out.flush();
		this.zip.closeEntry();
		this.zip.putNextEntry(new ZipEntry("edges.csv"));
		CsvWriter.edgeHeader(this.out);
	}

	@Override
	public void edge(ExportEdge edge) throws IOException {
		CsvWriter.edge(this.out, edge);
	}

	@Override
	public void end() throws IOException {
		this.out.flush();
		this.zip.closeEntry();
		this.zip.finish();
	}

}

package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.explore.GraphNode;
import org.conflictgraph.export.ExportColumns.Column;

/**
 * RFC 4180 CSV, one line per element, headers as Gephi's spreadsheet import expects them:
 * nodes {@code Id,Label,...}; edges {@code Id,Source,Target,Type,Label,...} where
 * {@code Type} is {@code Directed} (Gephi's meaning) and {@code Label} the relationship
 * type. Neo4j's {@code LOAD CSV WITH HEADERS} reads the same files. List values are
 * joined with {@code ;}.
 */
final class CsvWriter {

	private CsvWriter() {
	}

	/** nodes.csv or edges.csv alone. */
	static GraphWriter of(OutputStream out, boolean nodes) {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		return nodes ? new NodesOnly(writer) : new EdgesOnly(writer);
	}

	static void nodeHeader(Writer out) throws IOException {
		List<String> header = new ArrayList<>(List.of("Id", "Label"));
		ExportColumns.NODE.stream().map(Column::name).filter((name) -> !name.equals("label")).forEach(header::add);
		line(out, header);
	}

	static void node(Writer out, GraphNode node) throws IOException {
		List<@Nullable String> values = new ArrayList<>();
		values.add(node.id());
		values.add(node.label());
		for (Column<GraphNode> column : ExportColumns.NODE) {
			if (!column.name().equals("label")) {
				values.add(text(column.value(node)));
			}
		}
		line(out, values);
	}

	static void edgeHeader(Writer out) throws IOException {
		List<String> header = new ArrayList<>(List.of("Id", "Source", "Target", "Type", "Label"));
		ExportColumns.EDGE.stream().map(Column::name).filter((name) -> !name.equals("label")).forEach(header::add);
		line(out, header);
	}

	static void edge(Writer out, ExportEdge edge) throws IOException {
		List<@Nullable String> values = new ArrayList<>();
		values.add(edge.edge().id());
		values.add(edge.edge().source());
		values.add(edge.edge().target());
		values.add("Directed");
		values.add(edge.edge().type());
		for (Column<ExportEdge> column : ExportColumns.EDGE) {
			if (!column.name().equals("label")) {
				values.add(text(column.value(edge)));
			}
		}
		line(out, values);
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

	private static void line(Writer out, List<? extends @Nullable String> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			String value = values.get(i);
			if (value != null) {
				out.write(escape(value));
			}
		}
		out.write("\r\n");
	}

	/** Quotes a field when it holds a comma, quote, line break or edge spaces. */
	static String escape(String value) {
		boolean quote = value.isEmpty() ? false
				: value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
						|| value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0))
						|| Character.isWhitespace(value.charAt(value.length() - 1));
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	private static final class NodesOnly implements GraphWriter {

		private final Writer out;

		NodesOnly(Writer out) {
			this.out = out;
		}

		@Override
		public void begin() throws IOException {
			nodeHeader(this.out);
		}

		@Override
		public void node(GraphNode node) throws IOException {
			CsvWriter.node(this.out, node);
		}

		@Override
		public void beginEdges() {
		}

		@Override
		public void edge(ExportEdge edge) {
		}

		@Override
		public void end() throws IOException {
			this.out.flush();
		}

	}

	private static final class EdgesOnly implements GraphWriter {

		private final Writer out;

		EdgesOnly(Writer out) {
			this.out = out;
		}

		@Override
		public void begin() {
		}

		@Override
		public void node(GraphNode node) {
		}

		@Override
		public void beginEdges() throws IOException {
			edgeHeader(this.out);
		}

		@Override
		public void edge(ExportEdge edge) throws IOException {
			CsvWriter.edge(this.out, edge);
		}

		@Override
		public void end() throws IOException {
			this.out.flush();
		}

	}

}

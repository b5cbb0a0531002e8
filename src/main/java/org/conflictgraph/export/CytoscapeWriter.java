package org.conflictgraph.export;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.explore.GraphNode;
import org.conflictgraph.export.ExportColumns.Column;

/**
 * Cytoscape.js elements JSON as Cytoscape desktop's .cyjs files hold it:
 * {@code {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}}. Node
 * data carries {@code id}; edge data {@code id}, {@code source}, {@code target} and
 * {@code interaction} (Cytoscape desktop's name for the edge type). Written with a
 * streaming generator.
 */
class CytoscapeWriter implements GraphWriter {

	private final JsonGenerator json;

	CytoscapeWriter(JsonMapper mapper, OutputStream out) {
		this.json = mapper.createGenerator(out);
	}

	@Override
	public void begin() {
		this.json.writeStartObject();
		this.json.writeStringProperty("format_version", "1.0");
		this.json.writeStringProperty("generated_by", "conflict-graph");
		this.json.writeStringProperty("target_cytoscapejs_version", "~3");
		this.json.writeObjectPropertyStart("data");
		this.json.writeStringProperty("name", "conflict-graph");
		this.json.writeEndObject();
		this.json.writeObjectPropertyStart("elements");
		this.json.writeArrayPropertyStart("nodes");
	}

	@Override
	public void node(GraphNode node) {
		this.json.writeStartObject();
		this.json.writeObjectPropertyStart("data");
		this.json.writeStringProperty("id", node.id());
		values(ExportColumns.NODE, node, (name) -> name.equals("labels") ? node.kinds()
				: (node.properties().get(name) instanceof List<?> list) ? list : null);
		this.json.writeEndObject();
		this.json.writeEndObject();
	}

	@Override
	public void beginEdges() {
		this.json.writeEndArray();
		this.json.writeArrayPropertyStart("edges");
	}

	@Override
	public void edge(ExportEdge edge) {
		this.json.writeStartObject();
		this.json.writeObjectPropertyStart("data");
		this.json.writeStringProperty("id", edge.edge().id());
		this.json.writeStringProperty("source", edge.edge().source());
		this.json.writeStringProperty("target", edge.edge().target());
		this.json.writeStringProperty("interaction", edge.edge().type());
		values(ExportColumns.EDGE, edge, (name) -> name.equals("evidence") ? edge.quotes()
				: (edge.edge().properties().get(name) instanceof List<?> list) ? list : null);
		this.json.writeEndObject();
		this.json.writeEndObject();
	}

	/**
	 * The columns' values; list values (aliases, labels, ids, quotes) stay JSON arrays,
	 * which Cytoscape reads as list columns.
	 */
	private <T> void values(List<Column<T>> columns, T element, Function<String, @Nullable List<?>> lists) {
		for (Column<T> column : columns) {
			Object value = column.value(element);
			if (value == null) {
				continue;
			}
			this.json.writeName(column.name());
			List<?> list = lists.apply(column.name());
			if (list != null) {
				this.json.writeStartArray();
				for (Object item : list) {
					this.json.writeString(String.valueOf(item));
				}
				this.json.writeEndArray();
			}
			else if (value instanceof Long number) {
				this.json.writeNumber(number);
			}
			else if (value instanceof Double number) {
				this.json.writeNumber(number);
			}
			else if (value instanceof Boolean bool) {
				this.json.writeBoolean(bool);
			}
			else {
				this.json.writeString(String.valueOf(value));
			}
		}
	}

	@Override
	public void end() {
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.writeEndObject();
		this.json.flush();
	}

}

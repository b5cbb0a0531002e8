package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.conflictgraph.explore.GraphNode;
import org.conflictgraph.export.ExportColumns.Column;

/**
 * GraphML 1.0: a {@code key} per attribute (node keys {@code n_<name>}, edge keys
 * {@code e_<name>}), then one directed {@code graph}. Nodes carry our id as their GraphML
 * id (the model's ids are valid XML name tokens). GraphML edge ids must be name tokens
 * too, which ours ({@code TYPE:from->to#key}) are not, so edges leave the optional
 * GraphML id out and carry our id in the {@code id} attribute ({@code e_id}).
 */
class GraphMlWriter extends XmlGraphWriter {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	private static final String EDGE_ID_KEY = "e_id";

	GraphMlWriter(OutputStream out) throws IOException {
		super(out);
	}

	@Override
	void writeBegin() throws XMLStreamException {
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeStartElement("graphml");
		this.xml.writeDefaultNamespace(NAMESPACE);
		this.xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
		this.xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
				NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
		keys("node", "n_", ExportColumns.NODE);
		this.xml.writeEmptyElement("key");
		attribute("id", EDGE_ID_KEY);
		attribute("for", "edge");
		attribute("attr.name", "id");
		attribute("attr.type", "string");
		keys("edge", "e_", ExportColumns.EDGE);
		this.xml.writeStartElement("graph");
		attribute("id", "conflict-graph");
		attribute("edgedefault", "directed");
	}

	private <T> void keys(String domain, String prefix, List<Column<T>> columns) throws XMLStreamException {
		for (Column<T> column : columns) {
			this.xml.writeEmptyElement("key");
			attribute("id", prefix + column.name());
			attribute("for", domain);
			attribute("attr.name", column.name());
			attribute("attr.type", column.type().graphMl);
		}
	}

	@Override
	void writeNode(GraphNode node) throws XMLStreamException {
		this.xml.writeStartElement("node");
		attribute("id", node.id());
		data("n_", ExportColumns.NODE, node);
		this.xml.writeEndElement();
	}

	@Override
	void writeBeginEdges() {
		// GraphML allows nodes and edges in any order.
	}

	@Override
	void writeEdge(ExportEdge edge) throws XMLStreamException {
		this.xml.writeStartElement("edge");
		attribute("source", edge.edge().source());
		attribute("target", edge.edge().target());
		this.xml.writeStartElement("data");
		attribute("key", EDGE_ID_KEY);
		text(edge.edge().id());
		this.xml.writeEndElement();
		data("e_", ExportColumns.EDGE, edge);
		this.xml.writeEndElement();
	}

	private <T> void data(String prefix, List<Column<T>> columns, T element) throws XMLStreamException {
		for (Column<T> column : columns) {
			Object value = column.value(element);
			if (value != null) {
				this.xml.writeStartElement("data");
				attribute("key", prefix + column.name());
				text(String.valueOf(value));
				this.xml.writeEndElement();
			}
		}
	}

	@Override
	void writeEnd() throws XMLStreamException {
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

}

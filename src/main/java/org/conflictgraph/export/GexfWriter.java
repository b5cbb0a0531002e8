package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.explore.GraphNode;
import org.conflictgraph.export.ExportColumns.Column;

/**
 * GEXF 1.2 (Gephi's format): attribute declarations, then {@code nodes}, then
 * {@code edges}; the edge label is the relationship type.
 */
class GexfWriter extends XmlGraphWriter {

	static final String NAMESPACE = "http://www.gexf.net/1.2draft";

	/**
	 * The viz namespace of GEXF 1.2draft, where Gephi, networkx and graphology look for
	 * {@code viz:color} and {@code viz:shape}. No {@code viz:position}: the service has
	 * no layout to offer, and Gephi lays the graph out itself.
	 */
	static final String VIZ = "http://www.gexf.net/1.2draft/viz";

	GexfWriter(OutputStream out) throws IOException {
		super(out);
	}

	@Override
	void writeBegin() throws XMLStreamException {
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeStartElement("gexf");
		this.xml.writeDefaultNamespace(NAMESPACE);
		this.xml.writeNamespace("viz", VIZ);
		attribute("version", "1.2");
		this.xml.writeStartElement("meta");
		attribute("lastmodifieddate", LocalDate.now().toString());
		this.xml.writeStartElement("creator");
		text("conflict-graph");
		this.xml.writeEndElement();
		this.xml.writeStartElement("description");
		text("Conflict knowledge graph with provenance");
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		this.xml.writeStartElement("graph");
		// Dynamic, so that Gephi's timeline plays: events and claims exist from their
		// date on; everything else has no time and is always there.
		attribute("mode", "dynamic");
		attribute("timeformat", "date");
		attribute("defaultedgetype", "directed");
		attributes("node", ExportColumns.NODE);
		attributes("edge", ExportColumns.EDGE);
		this.xml.writeStartElement("nodes");
	}

	private <T> void attributes(String domain, List<Column<T>> columns) throws XMLStreamException {
		this.xml.writeStartElement("attributes");
		attribute("class", domain);
		for (Column<T> column : columns) {
			if (column.name().equals("label")) {
				continue;
			}
			this.xml.writeEmptyElement("attribute");
			attribute("id", column.name());
			attribute("title", column.name());
			attribute("type", column.type().gexf);
		}
		this.xml.writeEndElement();
	}

	@Override
	void writeNode(GraphNode node) throws XMLStreamException {
		this.xml.writeStartElement("node");
		attribute("id", node.id());
		attribute("label", node.label());
		String start = start(node.hasKind("Event") || node.hasKind("Claim") ? node.properties().get("date") : null);
		if (start != null) {
			attribute("start", start);
		}
		values(ExportColumns.NODE, node);
		String kind = node.kinds().isEmpty() ? null : node.kinds().get(node.kinds().size() - 1);
		int[] rgb = KindStyle.rgb(kind);
		this.xml.writeEmptyElement("viz", "color", VIZ);
		attribute("r", String.valueOf(rgb[0]));
		attribute("g", String.valueOf(rgb[1]));
		attribute("b", String.valueOf(rgb[2]));
		this.xml.writeEmptyElement("viz", "shape", VIZ);
		attribute("value", KindStyle.shape(node.kinds().isEmpty() ? null : node.kinds().get(0)));
		this.xml.writeEndElement();
	}

	@Override
	void writeBeginEdges() throws XMLStreamException {
		this.xml.writeEndElement();
		this.xml.writeStartElement("edges");
	}

	@Override
	void writeEdge(ExportEdge edge) throws XMLStreamException {
		this.xml.writeStartElement("edge");
		attribute("id", edge.edge().id());
		attribute("source", edge.edge().source());
		attribute("target", edge.edge().target());
		attribute("label", edge.edge().type());
		String start = start(edge.date());
		if (start != null) {
			attribute("start", start);
		}
		values(ExportColumns.EDGE, edge);
		this.xml.writeEndElement();
	}

	private <T> void values(List<Column<T>> columns, T element) throws XMLStreamException {
		boolean open = false;
		for (Column<T> column : columns) {
			Object value = column.name().equals("label") ? null : column.value(element);
			if (value != null) {
				if (!open) {
					this.xml.writeStartElement("attvalues");
					open = true;
				}
				this.xml.writeEmptyElement("attvalue");
				attribute("for", column.name());
				attribute("value", String.valueOf(value));
			}
		}
		if (open) {
			this.xml.writeEndElement();
		}
	}

	/** An ISO date as GEXF time (timeformat date), or null. */
	private static @Nullable String start(@Nullable Object date) {
		if (date == null) {
			return null;
		}
		String text = String.valueOf(date);
		return text.matches("\\d{4}-\\d{2}-\\d{2}") ? text : null;
	}

	@Override
	void writeEnd() throws XMLStreamException {
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

}

package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.conflictgraph.explore.GraphNode;

/**
 * Shared plumbing of the XML formats: a StAX writer on the response stream, so memory
 * stays flat however large the graph.
 */
abstract class XmlGraphWriter implements GraphWriter {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	protected final XMLStreamWriter xml;

	XmlGraphWriter(OutputStream out) throws IOException {
		try {
			this.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	@Override
	public final void begin() throws IOException {
		run(this::writeBegin);
	}

	@Override
	public final void node(GraphNode node) throws IOException {
		run(() -> writeNode(node));
	}

	@Override
	public final void beginEdges() throws IOException {
		run(this::writeBeginEdges);
	}

	@Override
	public final void edge(ExportEdge edge) throws IOException {
		run(() -> writeEdge(edge));
	}

	@Override
	public final void end() throws IOException {
		run(() -> {
			writeEnd();
			this.xml.writeEndDocument();
			this.xml.flush();
		});
	}

	abstract void writeBegin() throws XMLStreamException;

	abstract void writeNode(GraphNode node) throws XMLStreamException;

	abstract void writeBeginEdges() throws XMLStreamException;

	abstract void writeEdge(ExportEdge edge) throws XMLStreamException;

	abstract void writeEnd() throws XMLStreamException;

	void attribute(String name, String value) throws XMLStreamException {
		this.xml.writeAttribute(name, XmlText.clean(value));
	}

	void text(String value) throws XMLStreamException {
		this.xml.writeCharacters(XmlText.clean(value));
	}

	private static void run(XmlAction action) throws IOException {
		try {
			action.run();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	@FunctionalInterface
	private interface XmlAction {

		void run() throws XMLStreamException;

	}

}

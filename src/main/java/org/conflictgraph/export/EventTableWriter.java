package org.conflictgraph.export;

import java.io.IOException;

/** Writes one event-table format as events arrive. */
interface EventTableWriter {

	void begin() throws IOException;

	void event(EventRow event) throws IOException;

	/** Completes the document and flushes; does not close the stream. */
	void end() throws IOException;

}

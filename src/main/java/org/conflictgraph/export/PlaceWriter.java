package org.conflictgraph.export;

import java.io.IOException;

import org.conflictgraph.export.EventRow.PlaceRow;

/** Writes places as they arrive. */
interface PlaceWriter {

	void begin() throws IOException;

	void place(PlaceRow place) throws IOException;

	/** Completes the document and flushes; does not close the stream. */
	void end() throws IOException;

}

/**
 * Writing reports into the graph: the report document, its validation, entity resolution,
 * the transactional and idempotent writer, and the seed article loaded at startup.
 */
@NullMarked
package org.conflictgraph.ingest;

import org.jspecify.annotations.NullMarked;

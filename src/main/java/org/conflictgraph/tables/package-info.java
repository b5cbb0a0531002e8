/**
 * Import of event tables (ACLED-style CSV): each row becomes a report, with the row's
 * notes as the source text, and goes through the ingest pipeline like any report.
 */
@NullMarked
package org.conflictgraph.tables;

import org.jspecify.annotations.NullMarked;

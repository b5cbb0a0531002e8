/**
 * The audit trail: every change of the graph through the API, the command line or the
 * seed loader leaves an {@code :AuditRecord} naming who (the API key's name), what, which
 * ids and when, written in the same transaction as the change.
 */
@NullMarked
package org.conflictgraph.audit;

import org.jspecify.annotations.NullMarked;

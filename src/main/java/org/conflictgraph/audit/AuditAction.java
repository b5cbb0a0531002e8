package org.conflictgraph.audit;

/**
 * The kinds of change the audit trail records.
 */
public enum AuditAction {

	/** A report was written (through GraphQL, the bulk endpoint, the CLI or the seed). */
	INGEST_REPORT,

	/** An alias was added to an entity. */
	ADD_ALIAS,

	/** One entity was merged into another. */
	MERGE_ENTITIES,

	/** A source and the facts only it supported were removed. */
	RETRACT_SOURCE

}

package org.conflictgraph.claim;

/** Whether a claim asserts or denies its statement. */
public enum Stance {

	ASSERTS, DENIES

}

package org.conflictgraph.claim;

/** The {@code ClaimGrouping} enum. */
enum ClaimGrouping {

	CLAIMANT, REGION, PLACE, KIND, EVENT

}

package org.conflictgraph.claim;

/** The {@code ClaimSort} enum. */
enum ClaimSort {

	DATE_DESC, DATE_ASC

}

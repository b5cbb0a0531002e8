package org.conflictgraph.source;

/** The {@code SourceSort} enum. */
enum SourceSort {

	PUBLISHED_DESC, PUBLISHED_ASC

}

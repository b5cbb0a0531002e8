package org.conflictgraph.search;

/** What a statement search matched: a claim's statement or a mention's quote. */
enum StatementField {

	STATEMENT, QUOTE

}

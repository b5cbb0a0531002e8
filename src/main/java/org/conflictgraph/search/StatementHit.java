package org.conflictgraph.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.claim.Claim;
import org.conflictgraph.source.Mention;

/**
 * A claim statement or a quote that matches a search: which one, and where in it the
 * words of the search occur.
 */
record StatementHit(StatementField field, @Nullable Claim claim, @Nullable Mention mention, String text,
		List<TextSpan> matches, double score) {

	static StatementHit ofClaim(Claim claim, String statement, List<TextSpan> matches, double score) {
		return new StatementHit(StatementField.STATEMENT, claim, null, statement, matches, score);
	}

	static StatementHit ofMention(Mention mention, List<TextSpan> matches, double score) {
		return new StatementHit(StatementField.QUOTE, null, mention, mention.quote(), matches, score);
	}

}

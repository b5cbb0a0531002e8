package org.conflictgraph.export;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.export.EventRow.ClaimFigures;

/**
 * The deaths figures of one event as the conflict-data tables want them, from the claims
 * about it. Claims are never summed: each figure stays one claimant's, and the tables get
 * the most conservative (lowest) asserted figure, with who claimed what in the notes. The
 * one place that reads claim figures for the exports.
 *
 * @param claims the asserting claims that state a deaths figure, lowest first
 */
record Fatalities(List<ClaimFigures> claims) {

	static Fatalities of(EventRow event) {
		return new Fatalities(event.claims()
			.stream()
			.filter((claim) -> claim.killed() != null && !"DENIES".equals(claim.stance()))
			.sorted(Comparator.comparing(ClaimFigures::killed).thenComparing(ClaimFigures::id))
			.toList());
	}

	boolean reported() {
		return !this.claims.isEmpty();
	}

	/** The lowest figure, null when no claim states one. */
	@Nullable Long low() {
		return this.claims.isEmpty() ? null : this.claims.get(0).killed();
	}

	/** The highest figure, null when no claim states one. */
	@Nullable Long high() {
		return this.claims.isEmpty() ? null : this.claims.get(this.claims.size() - 1).killed();
	}

	/** Who claimed the lowest figure. */
	@Nullable String lowClaimant() {
		return this.claims.isEmpty() ? null : this.claims.get(0).claimant();
	}

	/** "Fatalities: 60 according to X; 70 according to Y", or null without figures. */
	@Nullable String note() {
		if (this.claims.isEmpty()) {
			return null;
		}
		return "Fatalities: " + this.claims.stream()
			.map((claim) -> claim.killed() + " according to "
					+ (claim.claimant() != null ? claim.claimant() : "an unnamed claimant"))
			.collect(Collectors.joining("; "));
	}

}

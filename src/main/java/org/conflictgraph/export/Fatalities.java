package org.conflictgraph.export;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.claim.Figure;
import org.conflictgraph.export.EventRow.ClaimFigures;

/**
 * The deaths figures of one event as the conflict-data tables want them, from the claims
 * about it, with their qualifiers. Claims are never summed: each figure stays one
 * claimant's. The most conservative claim is the one whose figure can be lowest (its
 * {@code low}, or its estimate when it has no lower bound, see {@link Figure}); ACLED's
 * column takes it, UCDP's low / best / high are read from it and from the others. The one
 * place that reads claim figures for the exports; docs/clients.md has the rule.
 *
 * @param claims the asserting claims that state a deaths figure, most conservative first
 */
record Fatalities(List<ClaimFigures> claims) {

	static Fatalities of(EventRow event) {
		return new Fatalities(event.claims()
			.stream()
			.filter((claim) -> claim.killed() != null && !"DENIES".equals(claim.stance()))
			.sorted(Comparator.comparingLong((ClaimFigures claim) -> killed(claim).conservative())
				.thenComparing(ClaimFigures::id))
			.toList());
	}

	boolean reported() {
		return !this.claims.isEmpty();
	}

	/**
	 * The most conservative figure across claimants (ACLED's fatalities, UCDP's low): the
	 * lowest lower bound, null when no claim states deaths.
	 */
	@Nullable Long low() {
		return this.claims.isEmpty() ? null : killed(this.claims.get(0)).conservative();
	}

	/**
	 * The estimate of the most conservative claim (UCDP's best), null when it gives only
	 * an upper bound or no claim states deaths.
	 */
	@Nullable Long best() {
		return this.claims.isEmpty() ? null : killed(this.claims.get(0)).best();
	}

	/**
	 * The highest upper bound across claimants (UCDP's high); null when one of the claims
	 * is open upwards ("at least", "more than", "about") or none states deaths.
	 */
	@Nullable Long upperBound() {
		if (this.claims.isEmpty()) {
			return null;
		}
		long high = 0;
		for (ClaimFigures claim : this.claims) {
			Long bound = killed(claim).high();
			if (bound == null) {
				return null;
			}
			high = Math.max(high, bound);
		}
		return high;
	}

	/** The highest number any claimant gives, whatever its qualifier. */
	@Nullable Long high() {
		return this.claims.stream().map((claim) -> killed(claim).value()).max(Long::compare).orElse(null);
	}

	/** Who claimed the most conservative figure. */
	@Nullable String lowClaimant() {
		return this.claims.isEmpty() ? null : this.claims.get(0).claimant();
	}

	/**
	 * "Fatalities: at least 3 according to X; 70 according to Y", most conservative
	 * first, or null without figures.
	 */
	@Nullable String note() {
		if (this.claims.isEmpty()) {
			return null;
		}
		return "Fatalities: " + this.claims.stream()
			.map((claim) -> words(killed(claim)) + " according to "
					+ (claim.claimant() != null ? claim.claimant() : "an unnamed claimant"))
			.collect(Collectors.joining("; "));
	}

	/** "at least 3", "more than 4500", "60". */
	static String words(Figure figure) {
		String qualifier = switch (figure.qualifier()) {
			case "EXACT" -> "";
			default -> figure.qualifier().toLowerCase(Locale.ROOT).replace('_', ' ') + " ";
		};
		return qualifier + figure.value();
	}

	private static Figure killed(ClaimFigures claim) {
		Figure killed = claim.killed();
		if (killed == null) {
			throw new IllegalStateException("Only claims with a deaths figure are kept");
		}
		return killed;
	}

}

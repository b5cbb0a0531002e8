package org.conflictgraph.claim;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One measure summed over the claims of one claimant, with a qualifier that stays as
 * honest as its parts (docs/api.md, "Figures"): exact parts give an {@code EXACT} sum;
 * exact parts with lower bounds give {@code AT_LEAST} ({@code MORE_THAN} when one part is
 * one), with upper bounds {@code UP_TO}, with estimates {@code ABOUT}; lower and upper
 * bounds together, or an estimate with a bound, give {@code MIXED}.
 *
 * @param claims how many claims state this measure
 * @param low the sum of the parts' lower bounds, null when one part has none
 * @param best the sum of the parts' estimates, null when one part has none
 * @param high the sum of the parts' upper bounds, null when one part has none
 */
record FigureTotal(String measure, long value, String qualifier, int claims, @Nullable Long low, @Nullable Long best,
		@Nullable Long high) {

	/** Sums the figures of one measure; they must all be of that measure. */
	static FigureTotal of(String measure, List<Figure> figures) {
		long value = 0;
		Long low = 0L;
		Long best = 0L;
		Long high = 0L;
		for (Figure figure : figures) {
			value += figure.value();
			low = plus(low, figure.low());
			best = plus(best, figure.best());
			high = plus(high, figure.high());
		}
		return new FigureTotal(measure, value, qualifier(figures.stream().map(Figure::qualifier).toList()),
				figures.size(), low, best, high);
	}

	/** The qualifier of a sum of figures with these qualifiers. */
	static String qualifier(List<String> qualifiers) {
		boolean lower = false;
		boolean moreThan = false;
		boolean upper = false;
		boolean about = false;
		for (String qualifier : qualifiers) {
			switch (qualifier) {
				case "AT_LEAST" -> lower = true;
				case "MORE_THAN" -> {
					lower = true;
					moreThan = true;
				}
				case "UP_TO" -> upper = true;
				case "ABOUT" -> about = true;
				default -> {
				}
			}
		}
		int directions = (lower ? 1 : 0) + (upper ? 1 : 0) + (about ? 1 : 0);
		if (directions > 1) {
			return "MIXED";
		}
		if (lower) {
			return moreThan ? "MORE_THAN" : "AT_LEAST";
		}
		if (upper) {
			return "UP_TO";
		}
		return about ? "ABOUT" : "EXACT";
	}

	private static @Nullable Long plus(@Nullable Long sum, @Nullable Long part) {
		return (sum == null || part == null) ? null : sum + part;
	}

}

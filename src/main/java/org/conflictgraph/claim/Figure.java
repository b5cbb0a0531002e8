package org.conflictgraph.claim;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.shared.GraphValues;

/**
 * One figure of a claim with its qualifier ("at least three people"), and the range it
 * stands for in UCDP's low / best / high terms, so that a figure is never read as more
 * exact than the text gives it. The rule (docs/api.md, "Figures"): {@code EXACT v} is v /
 * v / v; {@code AT_LEAST v} is v / v / none; {@code MORE_THAN v} is v+1 / v+1 / none;
 * {@code ABOUT v} is none / v / none; {@code UP_TO v} is 0 / none / v.
 *
 * @param measure one of {@link Vocabulary#FIGURES}
 * @param qualifier one of {@link Vocabulary#FIGURE_QUALIFIERS}
 * @param subject what is counted, where the text says
 * @param breakdown the parts the text names
 * @param low the least the figure can be, null when the text gives no lower bound
 * @param best the figure to read as the estimate, null when the text gives only a bound
 * from above
 * @param high the most the figure can be, null when the text gives no upper bound
 */
public record Figure(String measure, long value, String qualifier, @Nullable String subject, List<FigurePart> breakdown,
		@Nullable Long low, @Nullable Long best, @Nullable Long high) {

	/** A figure with the range its qualifier gives it. */
	public static Figure of(String measure, long value, String qualifier, @Nullable String subject,
			List<FigurePart> breakdown) {
		return switch (qualifier) {
			case "AT_LEAST" -> new Figure(measure, value, qualifier, subject, breakdown, value, value, null);
			case "MORE_THAN" -> new Figure(measure, value, qualifier, subject, breakdown, value + 1, value + 1, null);
			case "ABOUT" -> new Figure(measure, value, qualifier, subject, breakdown, null, value, null);
			case "UP_TO" -> new Figure(measure, value, qualifier, subject, breakdown, 0L, null, value);
			default -> new Figure(measure, value, "EXACT", subject, breakdown, value, value, value);
		};
	}

	/**
	 * The figure to compare when looking for the most conservative one: its lower bound,
	 * or its estimate when the text gives no lower bound ({@code ABOUT}).
	 */
	public long conservative() {
		return (this.low != null) ? this.low : (this.best != null) ? this.best : 0;
	}

	/**
	 * The figures of a claim node or its projection, in the order of the vocabulary. A
	 * figure stored before qualifiers existed reads as {@code EXACT}.
	 */
	static List<Figure> all(MapAccessor node) {
		List<Figure> figures = new ArrayList<>();
		for (String measure : Vocabulary.FIGURES) {
			Figure figure = read(node, measure);
			if (figure != null) {
				figures.add(figure);
			}
		}
		return List.copyOf(figures);
	}

	/** The figure of one measure of a claim node or its projection, or null. */
	public static @Nullable Figure read(MapAccessor node, String measure) {
		Long value = number(node.get(measure));
		if (value == null) {
			return null;
		}
		String qualifier = GraphValues.string(node, measure + "Qualifier");
		List<FigurePart> parts = new ArrayList<>();
		Value subjects = node.get(measure + "BreakdownSubjects");
		Value values = node.get(measure + "BreakdownValues");
		Value qualifiers = node.get(measure + "BreakdownQualifiers");
		if (!subjects.isNull() && !values.isNull()) {
			for (int i = 0; i < Math.min(subjects.size(), values.size()); i++) {
				String partQualifier = (!qualifiers.isNull() && i < qualifiers.size()) ? qualifiers.get(i).asString()
						: "EXACT";
				parts.add(new FigurePart(subjects.get(i).asString(), values.get(i).asLong(), partQualifier));
			}
		}
		return of(measure, value, (qualifier != null) ? qualifier : "EXACT",
				GraphValues.string(node, measure + "Subject"), List.copyOf(parts));
	}

	/** The properties a figure of this measure is stored in on a claim node. */
	static List<String> properties(String measure) {
		return List.of(measure, measure + "Qualifier", measure + "Subject", measure + "BreakdownSubjects",
				measure + "BreakdownValues", measure + "BreakdownQualifiers");
	}

	private static @Nullable Long number(Value value) {
		return value.isNull() ? null : value.asLong();
	}

	/** A part of a figure the text names: "two women", "including 10 children". */
	public record FigurePart(String subject, long value, String qualifier) {
	}

}

package org.conflictgraph.claim;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictgraph.graph.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented rules (docs/api.md, "Figures") that turn a qualified figure into low /
 * best / high and qualify a sum of figures.
 */
class FigureRulesTests {

	@Test
	void eachQualifierGivesItsLowBestAndHigh() {
		assertThat(range("EXACT", 3)).containsExactly(3L, 3L, 3L);
		assertThat(range("AT_LEAST", 3)).containsExactly(3L, 3L, null);
		assertThat(range("MORE_THAN", 4500)).containsExactly(4501L, 4501L, null);
		assertThat(range("ABOUT", 50)).containsExactly(null, 50L, null);
		assertThat(range("UP_TO", 20)).containsExactly(0L, null, 20L);
	}

	@Test
	void theMostConservativeReadingIsTheLowerBoundElseTheEstimate() {
		assertThat(figure("AT_LEAST", 3).conservative()).isEqualTo(3);
		assertThat(figure("MORE_THAN", 3).conservative()).isEqualTo(4);
		assertThat(figure("ABOUT", 50).conservative()).isEqualTo(50);
		assertThat(figure("UP_TO", 20).conservative()).isZero();
	}

	@Test
	void aSumIsAsExactAsItsLeastExactPartAndSaysWhenDirectionsMix() {
		assertThat(FigureTotal.qualifier(List.of("EXACT", "EXACT"))).isEqualTo("EXACT");
		assertThat(FigureTotal.qualifier(List.of("EXACT", "AT_LEAST"))).isEqualTo("AT_LEAST");
		assertThat(FigureTotal.qualifier(List.of("AT_LEAST", "MORE_THAN", "EXACT"))).isEqualTo("MORE_THAN");
		assertThat(FigureTotal.qualifier(List.of("EXACT", "ABOUT"))).isEqualTo("ABOUT");
		assertThat(FigureTotal.qualifier(List.of("UP_TO", "EXACT"))).isEqualTo("UP_TO");
		assertThat(FigureTotal.qualifier(List.of("AT_LEAST", "UP_TO"))).isEqualTo("MIXED");
		assertThat(FigureTotal.qualifier(List.of("ABOUT", "AT_LEAST"))).isEqualTo("MIXED");
	}

	@Test
	void aTotalSumsTheBoundsAndLosesABoundThatOnePartLacks() {
		FigureTotal total = FigureTotal.of("killed", List.of(figure("AT_LEAST", 3), figure("EXACT", 0)));
		assertThat(total).isEqualTo(new FigureTotal("killed", 3, "AT_LEAST", 2, 3L, 3L, null));
		FigureTotal exact = FigureTotal.of("killed", List.of(figure("EXACT", 3), figure("EXACT", 4)));
		assertThat(exact).isEqualTo(new FigureTotal("killed", 7, "EXACT", 2, 7L, 7L, 7L));
	}

	@Test
	void thePlainFiguresAreOneComponentPerMeasureOfTheVocabulary() {
		assertThat(Arrays.stream(Figures.class.getRecordComponents()).map((c) -> c.getName()))
			.containsExactlyElementsOf(Vocabulary.FIGURES);
	}

	private static List<Long> range(String qualifier, long value) {
		Figure figure = figure(qualifier, value);
		return Arrays.asList(figure.low(), figure.best(), figure.high());
	}

	private static Figure figure(String qualifier, long value) {
		return Figure.of("killed", value, qualifier, null, List.of());
	}

}

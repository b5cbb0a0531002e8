package org.conflictgraph.draft;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality command scores a drafted figure as right only with the curated measure,
 * value and qualifier.
 */
class DraftScorerTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aFigureMatchesOnlyWithTheSameValueAndQualifier() {
		JsonNode atLeastThree = this.json.readTree("{\"value\": 3, \"qualifier\": \"AT_LEAST\"}");
		assertThat(
				DraftScorer.sameFigure(atLeastThree, this.json.readTree("{\"value\": 3, \"qualifier\": \"AT_LEAST\"}")))
			.isTrue();
		assertThat(DraftScorer.sameFigure(atLeastThree, this.json.readTree("3"))).isFalse();
		assertThat(
				DraftScorer.sameFigure(atLeastThree, this.json.readTree("{\"value\": 4, \"qualifier\": \"AT_LEAST\"}")))
			.isFalse();
		// a plain number is an exact figure
		assertThat(DraftScorer.sameFigure(this.json.readTree("{\"value\": 40, \"qualifier\": \"EXACT\"}"),
				this.json.readTree("40")))
			.isTrue();
	}

}

package org.conflictgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.conflictgraph.TestReports;
import org.conflictgraph.ingest.Report.FigureDescription;
import org.conflictgraph.ingest.Report.FigurePart;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim's figures in the report format: a plain number still means an exact figure, an
 * object carries its qualifier, subject and breakdown, and a wrong figure is reported
 * with its path and a reason a person understands (schema and validator together, as the
 * pipeline reports them).
 */
class FigureValidationTests {

	private final ReportReader reader = new ReportReader();

	@Test
	void aPlainNumberIsAnExactFigureAndAnObjectKeepsItsQualifierSubjectAndBreakdown() {
		Report report = this.reader.read(TestReports.bytes("reports/test/contested-deaths.json"));
		assertThat(report.claims().get(0).figures()).containsEntry("killed",
				new FigureDescription(5L, "AT_LEAST", "people", List.of(new FigurePart("children", 2L, null))));
		FigureDescription plain = report.claims().get(1).figures().get("killed");
		assertThat(plain).isEqualTo(FigureDescription.exactly(12));
		assertThat(plain.qualifierOrExact()).isEqualTo("EXACT");
		assertThat(ReportValidator.validate(report).problems()).isEmpty();
	}

	@Test
	void anUnknownQualifierIsAProblemThatListsTheQualifiers() {
		assertThat(problems((killed) -> killed.put("qualifier", "ROUGHLY")))
			.contains("$.claims[0].figures.killed.qualifier Unknown qualifier 'ROUGHLY'; use one of [EXACT, AT_LEAST,"
					+ " MORE_THAN, ABOUT, UP_TO]");
	}

	@Test
	void aNegativeFigureOrPartIsAProblem() {
		assertThat(problems((killed) -> killed.put("value", -5))).contains(
				"$.claims[0].figures.killed A figure is a whole number, zero or more, or an object with such a value");
		assertThat(problems((killed) -> ((ObjectNode) killed.get("breakdown").get(0)).put("value", -2))).contains(
				"$.claims[0].figures.killed.breakdown[0].value A part of a figure is a whole number, zero or more");
	}

	@Test
	void aPartLargerThanAnExactOrUpperBoundFigureIsAProblemButNotOfALowerBound() {
		Consumer<ObjectNode> exact = (killed) -> {
			killed.put("qualifier", "EXACT");
			((ObjectNode) killed.get("breakdown").get(0)).put("value", 7);
		};
		assertThat(problems(exact)).contains("$.claims[0].figures.killed.breakdown[0].value The part 'children' (7)"
				+ " is larger than the figure it is part of (EXACT 5)");
		assertThat(problems((killed) -> {
			killed.put("qualifier", "UP_TO");
			((ObjectNode) killed.get("breakdown").get(0)).put("value", 7);
		})).contains("$.claims[0].figures.killed.breakdown[0].value The part 'children' (7)"
				+ " is larger than the figure it is part of (UP_TO 5)");
		// "at least 5 killed, including 7 children" is odd wording but not a
		// contradiction.
		assertThat(problems((killed) -> ((ObjectNode) killed.get("breakdown").get(0)).put("value", 7))).isEmpty();
	}

	@Test
	void anUnknownMeasureIsAProblemThatListsTheMeasures() {
		ObjectNode tree = contested();
		ObjectNode figures = (ObjectNode) tree.get("claims").get(1).get("figures");
		figures.put("wounded", 3);
		assertThat(problems(tree)).contains("$.claims[1].figures.wounded Unknown figure 'wounded'; use one of [killed,"
				+ " injured, hospitalized, rescued, destroyed, intercepted, damaged, affected, onBoard]");
	}

	@Test
	void aBlankSubjectIsAProblem() {
		assertThat(problems((killed) -> killed.put("subject", " ")))
			.anySatisfy((problem) -> assertThat(problem).startsWith("$.claims[0].figures.killed.subject A subject"));
	}

	private List<String> problems(Consumer<ObjectNode> killedOfTheFirstClaim) {
		ObjectNode tree = contested();
		killedOfTheFirstClaim.accept((ObjectNode) tree.get("claims").get(0).get("figures").get("killed"));
		return problems(tree);
	}

	/** The problems of the schema and the validator, as the pipeline reports them. */
	private List<String> problems(JsonNode tree) {
		ReportReader.Parsed parsed = this.reader.parse(tree);
		List<String> problems = new ArrayList<>();
		parsed.problems().forEach((p) -> problems.add(p.path() + " " + p.message()));
		if (parsed.report() != null) {
			ReportValidator.validate(parsed.report())
				.problems()
				.forEach((p) -> problems.add(p.path() + " " + p.message()));
		}
		return problems;
	}

	private ObjectNode contested() {
		return (ObjectNode) this.reader.mapper().readTree(TestReports.bytes("reports/test/contested-deaths.json"));
	}

}

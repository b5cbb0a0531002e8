package org.conflictgraph.curation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.TestReports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code duplicateCandidates} lists likely duplicates with scores and merges nothing.
 */
@IntegrationTest
class DuplicateCandidatesIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void createLikelyDuplicates() {
		// Created directly, as two imports of old data could leave them: the pipeline
		// itself would resolve the first pair.
		this.neo4j.query("""
				UNWIND $rows AS row
				MERGE (n:Node {id: row.id})
				SET n:$(row.labels), n.name = row.name, n.aliases = [], n.aliasText = '',
				    n.nameKeys = row.keys, n.nameKeyText = reduce(s = '', k IN row.keys | s + ' ' + k)""")
			.bind(List.of(
					row("settlement:test-nekhoteyevka", List.of("Place", "Settlement"), "Nekhoteyevka", "nehoteevka"),
					row("armed-group:test-free-russia-legion", List.of("Actor", "ArmedGroup"), "Free Russian Legion",
							"freerussianlegion"),
					row("region:test-nekhoteevka", List.of("Place", "Region"), "Nekhoteevka", "nehoteevka")))
			.to("rows")
			.run();
	}

	@AfterEach
	void removeThem() {
		this.neo4j.query("""
				MATCH (n:Node) WHERE n.id IN ['settlement:test-nekhoteyevka', 'armed-group:test-free-russia-legion',
				                             'region:test-nekhoteevka']
				DETACH DELETE n""").run();
	}

	@Test
	void sameNameKeysAndAlikeNamesAreListedWithTheirScores() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		List<Map<String, Object>> candidates = candidates(Map.of("minScore", 0.8, "first", 500));
		assertThat(candidates).anySatisfy((candidate) -> {
			assertThat(ids(candidate)).isEqualTo("settlement:nekhoteevka settlement:test-nekhoteyevka");
			assertThat(candidate.get("score")).isEqualTo(1.0);
			assertThat((String) candidate.get("reason")).contains("same name key");
		});
		assertThat(candidates).anySatisfy((candidate) -> {
			assertThat(ids(candidate))
				.isEqualTo("armed-group:freedom-of-russia-legion armed-group:test-free-russia-legion");
			assertThat((Double) candidate.get("score")).isBetween(0.85, 0.99);
			assertThat(TestReports.strings(candidate.get("names"))).containsExactly("Free Russia Legion",
					"Free Russian Legion");
		});
		// A region and a village of one name are less likely one.
		assertThat(candidates).anySatisfy((candidate) -> {
			assertThat(ids(candidate)).isEqualTo("region:test-nekhoteevka settlement:nekhoteevka");
			assertThat((Double) candidate.get("score")).isEqualTo(DuplicateFinder.OTHER_KIND);
		});
		assertThat(candidates).extracting((candidate) -> (Double) candidate.get("score"))
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		// The descriptive drone names of the seed differ in their distinctive word.
		assertThat(candidates).noneSatisfy((candidate) -> assertThat(ids(candidate)).startsWith("drone:"));
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	@Test
	void kindsAndScoresNarrowTheList() {
		List<Map<String, Object>> settlements = candidates(Map.of("kinds", List.of("Settlement"), "minScore", 0.99));
		assertThat(settlements).isNotEmpty()
			.allSatisfy((candidate) -> assertThat(candidate.get("score")).isEqualTo(1.0))
			.noneSatisfy((candidate) -> assertThat(ids(candidate)).contains("region:"));
		assertThat(candidates(Map.of("kinds", List.of("Actor"), "first", 1))).hasSize(1);
	}

	@Test
	void unknownKindsAndBadBoundsAreRejected() {
		for (Map<String, Object> variables : List.of(Map.<String, Object>of("kinds", List.of("Node) DETACH DELETE (n")),
				Map.<String, Object>of("minScore", 1.5), Map.<String, Object>of("first", 0))) {
			var request = this.graphQl.documentName("duplicateCandidates");
			for (var variable : variables.entrySet()) {
				request = request.variable(variable.getKey(), variable.getValue());
			}
			request.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		}
	}

	private List<Map<String, Object>> candidates(Map<String, Object> variables) {
		var request = this.graphQl.documentName("duplicateCandidates");
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute().path("duplicateCandidates").entityList(Object.class).get().stream().map((item) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> map = (Map<String, Object>) item;
			return map;
		}).toList();
	}

	@SuppressWarnings("unchecked")
	private static String ids(Map<String, Object> candidate) {
		return ((Map<String, Object>) candidate.get("a")).get("id") + " "
				+ ((Map<String, Object>) candidate.get("b")).get("id");
	}

	private static Map<String, Object> row(String id, List<String> labels, String name, String key) {
		return Map.of("id", id, "labels", labels, "name", name, "keys", List.of(key));
	}

}

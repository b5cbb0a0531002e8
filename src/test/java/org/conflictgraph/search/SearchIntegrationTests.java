package org.conflictgraph.search;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.conflictgraph.ApiFixture;
import org.conflictgraph.GraphQlTests;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictgraph.ApiFixture.*;

@IntegrationTest
@ExtendWith(ApiFixture.class)
class SearchIntegrationTests {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	QueryCounter counter;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void anAbbreviationFindsItsGroup() {
		assertThat(topHit("VVC")).isEqualTo(VVC);
	}

	@Test
	void anAliasFindsItsGroup() {
		assertThat(topHit("Free Hills Legion")).isEqualTo(LEGION);
		assertThat(topHit("legion of the free hills")).isEqualTo(LEGION);
	}

	@Test
	void transliterationVariantsFindTheirPlace() {
		// An alias of the village.
		assertThat(topHit("Zolotoyevka")).isEqualTo(ZOLOTOEVKA);
		// Not an alias: one letter away from 'Krasnoye' and 'Krasnoe'.
		assertThat(topHit("Krasnoje")).isEqualTo(KRASNOE);
	}

	@Test
	void eventTitlesAreSearchedToo() {
		assertThat(topHit("missile strike Dubki")).isEqualTo(DUBKI_STRIKE);
	}

	@Test
	void kindsNarrowTheResults() {
		List<String> kinds = search("Upper Oblast", List.of("REGION", "EVENT"), null).path("search[*].entity.kind")
			.entityList(String.class)
			.get();
		assertThat(kinds).contains("REGION", "EVENT").containsOnly("REGION", "EVENT");
		search("Upper Oblast", List.of("REGION"), null).path("search[*].entity.id")
			.entityList(String.class)
			.contains(UPPER_OBLAST)
			.doesNotContain(BIRCH_DISTRICT);
	}

	@Test
	void aMinimumScoreDropsWeakMatches() {
		List<Double> scores = search("Valley Volunteer Corps", null, null).path("search[*].score")
			.entityList(Double.class)
			.get();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		double best = scores.get(0);
		List<Double> strong = search("Valley Volunteer Corps", null, best).path("search[*].score")
			.entityList(Double.class)
			.get();
		assertThat(strong).isNotEmpty().allSatisfy((score) -> assertThat(score).isGreaterThanOrEqualTo(best));
		assertThat(strong.size()).isLessThan(scores.size());
	}

	@Test
	void aSearchForIdsNamesAndKindsReadsOnlyWhatTheirRecordsNeed() {
		this.counter.reset();
		assertThat(topHit("VVC")).isEqualTo(VVC);
		assertThat(this.counter.statements()).singleElement()
			.asString()
			.contains("RETURN node {.id, .name, .title, .date, .type, .status, labels: labels(node)} AS node, score")
			.doesNotContain(".description");
	}

	@Test
	void aSearchThatSelectsMoreFieldsGetsTheirValues() {
		this.counter.reset();
		GraphQlTester.Response response = this.graphQl.documentName("searchWithDetails")
			.variable("text", "VVC")
			.execute();
		response.path("search[0].entity.id").entity(String.class).isEqualTo(VVC);
		response.path("search[0].entity.aliases").entityList(String.class).contains("VVC");
		response.path("search[0].entity.description")
			.entity(String.class)
			.isEqualTo("Armed group, a unit of the Northern Armed Forces.");
		response.path("search[0].entity.country").entity(String.class).isEqualTo("XA");
		assertThat(this.counter.statements()).singleElement().asString().contains(".description", ".country");
	}

	@Test
	void querySyntaxInTheTextIsTakenLiterally() {
		for (String text : List.of("VVC) OR (\"", "AND", "title:*", "\\", "Zolotoevka~ [x TO y]")) {
			search(text, null, null).errors().verify();
		}
	}

	@Test
	void textWithoutWordsIsABadRequest() {
		assertThat(GraphQlTests.singleError(this.graphQl.documentName("search").variable("text", "   "),
				ErrorType.BAD_REQUEST))
			.isEqualTo("Search text needs at least one word");
	}

	@Test
	void anyNodeByIdWithItsType() {
		assertThat(typeOf(VVC)).isEqualTo("Actor");
		assertThat(typeOf(ZOLOTOEVKA)).isEqualTo("Place");
		assertThat(typeOf(APC)).isEqualTo("Asset");
		assertThat(typeOf(RAID_KRASNOE)).isEqualTo("Event");
		assertThat(typeOf("claim:test-api-vvc-destroyed-apc")).isEqualTo("Claim");
		assertThat(typeOf(ARTICLE)).isEqualTo("Source");
		GraphQlTester.Response mention = this.graphQl.documentName("node")
			.variable("id", "mention:test-api-daily-courier-2031-05-07:0-44")
			.execute();
		mention.path("node.__typename").entity(String.class).isEqualTo("Mention");
		mention.path("node.quote").entity(String.class).isEqualTo("Fighters of the Valley Volunteer Corps (VVC)");
		mention.path("node.source.id").entity(String.class).isEqualTo(ARTICLE);
		mention.path("node.supports[*].id").entityList(String.class).containsExactly(VVC);
	}

	@Test
	void unknownNodeIsNotFound() {
		assertThat(GraphQlTests.singleError(this.graphQl.documentName("node").variable("id", "nothing:here"),
				ErrorType.NOT_FOUND))
			.isEqualTo("No node with id 'nothing:here'");
	}

	private String topHit(String text) {
		return search(text, null, null).path("search[0].entity.id").entity(String.class).get();
	}

	private String typeOf(String id) {
		return this.graphQl.documentName("node")
			.variable("id", id)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response search(String text, List<String> kinds, Double minScore) {
		return this.graphQl.documentName("search")
			.variable("text", text)
			.variable("kinds", kinds)
			.variable("minScore", minScore)
			.variable("first", 50)
			.execute();
	}

}

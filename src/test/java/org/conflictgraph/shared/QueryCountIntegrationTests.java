package org.conflictgraph.shared;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.conflictgraph.ApiFixture;
import org.conflictgraph.GraphQlTests;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested lists are fetched in batches: one query per field and level for the whole page,
 * so the number of statements a request sends does not depend on how many rows it
 * returns.
 */
@IntegrationTest
@ExtendWith(ApiFixture.class)
class QueryCountIntegrationTests {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	QueryCounter counter;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		// The first request of a shape plans a dozen new statements; on a machine shared
		// by many builds that alone can take more than the usual minute.
		this.graphQl = GraphQlTests.patient(this.tester)
			.mutate()
			.responseTimeout(Duration.ofMinutes(3))
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(3)))
			.build();
	}

	@Test
	void queriesPerRequestDoNotGrowWithTheRowsReturned() {
		int twoRows = statementsFor(2);
		int twentyRows = statementsFor(20);
		assertThat(twentyRows).isEqualTo(twoRows);
		// The page, its count, and one batch per nested field and level.
		assertThat(twoRows).isBetween(10, 30);
	}

	@Test
	void eachOfTheFiveBenchmarkNeedsCostsOneReadTransaction() {
		assertThat(transactionsFor("nestedEvents", Map.of("source", ApiFixture.ARTICLE, "first", 20), "events"))
			.isEqualTo(1);
		assertThat(transactionsFor("actorProfile", Map.of("id", ApiFixture.VVC), "actor")).isEqualTo(1);
		assertThat(transactionsFor("search", Map.of("text", "Zolotoevka"), "search")).isEqualTo(1);
		assertThat(transactionsFor("timeline", Map.of("actor", ApiFixture.VVC, "first", 20), "timeline")).isEqualTo(1);
		assertThat(transactionsFor("eventCounts", Map.of("groupBy", "TYPE"), "eventCounts")).isEqualTo(1);
	}

	@Test
	void eachOfTheFiveBenchmarkNeedsSendsOneStatement() {
		// The documents of ApiBenchmark: the nested list and the profile are compiled
		// into
		// one statement each; the ids a filter names are only checked for an empty
		// answer.
		Map<String, Object> region = Map.of("region", ApiFixture.UPPER_OBLAST, "from", "2031-01-01", "to",
				"2031-12-31");
		assertThat(statementsFor("benchmarkEvents", region, "events")).isEqualTo(1);
		assertThat(statementsFor("benchmarkActorProfile", Map.of("id", ApiFixture.VVC), "actor")).isEqualTo(1);
		assertThat(statementsFor("search", Map.of("text", "Zolotoevka"), "search")).isEqualTo(1);
		assertThat(statementsFor("benchmarkTimeline", Map.of("actor", ApiFixture.VVC), "timeline")).isEqualTo(1);
		assertThat(statementsFor("eventCounts",
				Map.of("groupBy", "TYPE", "filter", Map.of("place", ApiFixture.UPPER_OBLAST)), "eventCounts"))
			.isEqualTo(1);
	}

	@Test
	void anIdThatNamesNothingIsStillNotFoundWhereTheCheckWaitsForAnEmptyAnswer() {
		String region = "region:test-api-no-such-oblast";
		assertThat(GraphQlTests.singleError(
				this.graphQl.documentName("benchmarkEvents")
					.variables(Map.of("region", region, "from", "2031-01-01", "to", "2031-12-31")),
				ErrorType.NOT_FOUND))
			.startsWith("filter.place: no place with id '" + region + "'.");
		assertThat(
				GraphQlTests.singleError(
						this.graphQl.documentName("eventCounts")
							.variables(Map.of("groupBy", "TYPE", "filter", Map.of("place", region))),
						ErrorType.NOT_FOUND))
			.startsWith("filter.place: no place with id '" + region + "'.");
		// An actor's id is no place: its label is checked too.
		assertThat(GraphQlTests.singleError(
				this.graphQl.documentName("benchmarkTimeline").variable("actor", ApiFixture.UPPER_OBLAST),
				ErrorType.NOT_FOUND))
			.startsWith("actor: no actor with id '" + ApiFixture.UPPER_OBLAST + "'.");
	}

	@Test
	void aRequestWithManyBatchLevelsStillSendsManyStatementsInItsOneTransaction() {
		this.counter.reset();
		this.graphQl.documentName("nestedEvents")
			.variable("source", ApiFixture.ARTICLE)
			.variable("first", 20)
			.execute()
			.path("events.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(1);
		assertThat(this.counter.count()).isGreaterThan(1);
		assertThat(this.counter.transactions()).isEqualTo(1);
	}

	@Test
	void anErrorInsideTheRequestsReadTransactionIsStillAnErrorOfTheField() {
		// The neighbourhood's reader is transactional itself: its NotFoundException marks
		// the request's transaction rollback-only, which must not turn into a failed
		// request.
		String message = GraphQlTests.singleError(this.graphQl.documentName("exploreNeighborhood")
			.variable("id", "armed-group:no-such-group")
			.variable("depth", 1), ErrorType.NOT_FOUND);
		assertThat(message).contains("armed-group:no-such-group");
	}

	private int transactionsFor(String document, Map<String, Object> variables, String root) {
		this.counter.reset();
		this.graphQl.documentName(document).variables(variables).execute().path(root).hasValue();
		return this.counter.transactions();
	}

	private int statementsFor(String document, Map<String, Object> variables, String root) {
		this.counter.reset();
		this.graphQl.documentName(document).variables(variables).execute().path(root).hasValue();
		return this.counter.count();
	}

	private int statementsFor(int first) {
		this.counter.reset();
		this.graphQl.documentName("nestedEvents")
			.variable("source", ApiFixture.ARTICLE)
			.variable("first", first)
			.execute()
			.path("events.edges")
			.entityList(Object.class)
			.hasSize(first)
			.path("events.edges[*].node.participants[*].actor.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty())
			.path("events.edges[*].node.places[*].place.ancestors[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty())
			.path("events.edges[*].node.claims[*].claimant.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty());
		return this.counter.count();
	}

}

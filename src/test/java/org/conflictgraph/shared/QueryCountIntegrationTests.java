package org.conflictgraph.shared;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.conflictgraph.ApiFixture;
import org.conflictgraph.GraphQlTests;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
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
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void queriesPerRequestDoNotGrowWithTheRowsReturned() {
		int twoRows = statementsFor(2);
		int twentyRows = statementsFor(20);
		assertThat(twentyRows).isEqualTo(twoRows);
		// The page, its count, and one batch per nested field and level.
		assertThat(twoRows).isBetween(10, 30);
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

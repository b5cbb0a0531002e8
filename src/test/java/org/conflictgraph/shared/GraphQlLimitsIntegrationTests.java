package org.conflictgraph.shared;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.conflictgraph.GraphQlTests;
import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on depth, cost and page size, with their default settings (15, 50000, 100).
 */
@IntegrationTest
class GraphQlLimitsIntegrationTests {

	@Autowired
	HttpGraphQlTester tester;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void aQueryNestedTooDeeplyIsRefusedBeforeItRuns() {
		String nested = "id";
		for (int i = 0; i < 8; i++) {
			nested = "partOf { group { " + nested + " } }";
		}
		String message = GraphQlTests.singleError(
				this.graphQl.document("{ actor(id: \"armed-group:russian-volunteer-corps\") { " + nested + " } }"),
				ErrorType.BAD_REQUEST);
		assertThat(message).isEqualTo("The query nests fields 18 levels deep; this service allows at most 15 "
				+ "(conflictgraph.graphql.max-depth). Select fewer nested levels, or split the query.");
	}

	@Test
	void aQueryThatWouldCostTooMuchIsRefusedBeforeItRuns() {
		String message = GraphQlTests.singleError(this.graphQl.document("""
				{ events(first: 100) { nodes { participants { actor {
				    claims(first: 100) { evidence(first: 100) { quote } } } } } } }"""), ErrorType.BAD_REQUEST);
		assertThat(message).startsWith("The query would cost 5051201; this service allows at most 50000 "
				+ "(conflictgraph.graphql.max-complexity).");
	}

	@Test
	void aPageLargerThanTheLimitIsABadRequest() {
		assertThat(GraphQlTests.singleError(this.graphQl.document("{ events(first: 101) { totalCount } }"),
				ErrorType.BAD_REQUEST))
			.isEqualTo(
					"first must be at most 100 (the maximum page size), was 101; page through the results with after");
		assertThat(GraphQlTests.singleError(this.graphQl.document("{ places(first: -1) { totalCount } }"),
				ErrorType.BAD_REQUEST))
			.isEqualTo("first must not be negative, was -1");
		assertThat(GraphQlTests.singleError(
				this.graphQl
					.document("{ actor(id: \"armed-group:russian-volunteer-corps\") { claims(first: 500) { id } } }"),
				ErrorType.BAD_REQUEST))
			.startsWith("first must be at most 100");
	}

	@Test
	void graphiqlCanIntrospectTheSchema() {
		this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY)
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

}

package org.conflictgraph.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code conflictgraph.security.require-key-for-reads=true} queries need a key too;
 * health stays open for load balancers. A context of its own, closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "conflictgraph.security.require-key-for-reads=true", "conflictgraph.seed.enabled=false" })
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
@DirtiesContext
class ReadKeyIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void aQueryWithoutAKeyIsUnauthorized() {
		this.graphQl.documentName("nodeCounts")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
				assertThat(error.getMessage()).contains("reads too");
			}));
	}

	@Test
	void readerAndEditorKeysMayRead() {
		for (String key : new String[] { TestKeys.READER, TestKeys.EDITOR }) {
			this.graphQl.mutate()
				.header("X-API-Key", key)
				.build()
				.documentName("nodeCounts")
				.execute()
				.path("graphStatus.neo4jVersion")
				.entity(String.class)
				.satisfies((version) -> assertThat(version).startsWith("5."));
		}
	}

	@Test
	void aWrongKeyIsUnauthorized() {
		this.graphQl.mutate()
			.header("X-API-Key", TestKeys.WRONG)
			.build()
			.documentName("nodeCounts")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting(ResponseError::getErrorType)
				.containsExactly(ErrorType.UNAUTHORIZED));
	}

	@Test
	void everyExportNeedsAKeyToo() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		for (String path : new String[] { "/export/graph.graphml", "/export/nodes.csv", "/export/edges.csv",
				"/export/graph.gexf", "/export/graph.cyjs", "/export/graph-csv.zip?provenance=true",
				"/api/no-such-endpoint" }) {
			client.get().uri(path).exchange().expectStatus().isUnauthorized();
			client.get()
				.uri(path)
				.header("X-API-Key", TestKeys.WRONG)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAUTHORIZED");
		}
		for (String path : new String[] { "/export/graph.graphml", "/export/nodes.csv",
				"/export/graph-csv.zip?provenance=true" }) {
			client.get().uri(path).header("X-API-Key", TestKeys.READER).exchange().expectStatus().isOk();
		}
	}

	@Test
	void queriesOverGetNeedAKeyAndAreCachedPrivately() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		client.get()
			.uri("/graphql?query={q}", "{ graphStatus { neo4jVersion } }")
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED");
		client.get()
			.uri("/graphql?query={q}", "{ graphStatus { neo4jVersion } }")
			.header("X-API-Key", TestKeys.READER)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "private, max-age=60");
	}

	@Test
	void healthStaysOpen() {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk();
	}

}

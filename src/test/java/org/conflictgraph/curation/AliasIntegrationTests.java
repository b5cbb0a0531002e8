package org.conflictgraph.curation;

import java.time.Duration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.TestReports;
import org.conflictgraph.ingest.IngestResult;
import org.conflictgraph.ingest.ReportIngester;
import org.conflictgraph.security.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code addAlias}: a new name resolves later reports to the node; a name another node
 * has is refused.
 */
@IntegrationTest
class AliasIntegrationTests {

	static final String NODE = "settlement:test-alias-village";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ReportIngester ingester;

	@Autowired
	CurationController controller;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void createAVillage() {
		this.neo4j.query("""
				MERGE (n:Node {id: $id})
				SET n:Place:Settlement, n.name = 'Test Alias Village', n.aliases = [], n.aliasText = '',
				    n.nameKeys = ['testaliasvillage'], n.nameKeyText = 'testaliasvillage'""").bind(NODE).to("id").run();
	}

	@AfterEach
	void removeIt() {
		this.neo4j.query("MATCH (n:Node {id: $id}) DETACH DELETE n").bind(NODE).to("id").run();
		TestReports.scrub(this.neo4j, List.of("source:test-alias-report"));
	}

	@Test
	void aNewAliasResolvesALaterReportToTheNode() {
		addAlias(NODE, "Tyestovoye Selo").path("addAlias.aliases")
			.entityList(String.class)
			.containsExactly("Tyestovoye Selo")
			.path("addAlias.added")
			.entity(Boolean.class)
			.isEqualTo(true);
		String report = """
				{ "formatVersion": 1,
				  "source": { "id": "source:test-alias-report", "kind": "NewsArticle", "title": "t",
				    "published": "2024-03-20", "language": "en", "text": "Drones struck Testovoe Selo overnight." },
				  "entities": [ { "id": "settlement:test-testovoe-selo", "kind": "Settlement", "name": "Testovoe Selo",
				    "evidence": [ { "quote": "Testovoe Selo" } ] } ],
				  "events": [], "claims": [], "relations": [] }""";
		IngestResult result = this.ingester.ingest(report.getBytes(StandardCharsets.UTF_8), false);
		assertThat(result.resolved()).containsEntry("settlement:test-testovoe-selo", NODE);
	}

	@Test
	void addingAnAliasTwiceChangesNothing() {
		addAlias(NODE, "Second Name").path("addAlias.added").entity(Boolean.class).isEqualTo(true);
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		addAlias(NODE, " Second Name ").path("addAlias.added")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("addAlias.auditId")
			.valueIsNull();
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	@Test
	void aNameOfAnotherNodeIsRefusedWithAHintToMerge() {
		addAlias(NODE, "Nekhoteyevka").errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("settlement:nekhoteevka", "mergeEntities");
			}));
	}

	@Test
	void eventsUnknownIdsAndEmptyNamesAreRefused() {
		addAlias("event:2024-03-12-cross-border-raids-into-russia", "The raid").errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		addAlias("settlement:test-nowhere", "Nowhere").errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
		addAlias(NODE, " - ").errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	@Test
	void theMutationsRefuseCallersWithoutAKeyEvenWhenCalledDirectly() {
		// The second line behind the GraphQL access check: method security.
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.controller.addAlias(NODE, "Direct"));
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.controller.retractSource("source:cnn-2024-03-12-cross-border-raids", false));
	}

	private GraphQlTester.Response addAlias(String id, String alias) {
		return this.graphQl.mutate()
			.header("X-API-Key", TestKeys.EDITOR)
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.build()
			.documentName("addAlias")
			.variable("id", id)
			.variable("alias", alias)
			.execute();
	}

}

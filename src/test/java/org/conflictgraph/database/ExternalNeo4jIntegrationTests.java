package org.conflictgraph.database;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.Transaction;
import org.neo4j.harness.Neo4j;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service pointed at a Neo4j it did not start, by URI, as with a standalone server, a
 * cluster or Aura.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalNeo4jIntegrationTests {

	private Neo4j neo4j;

	private ConfigurableApplicationContext service;

	@BeforeAll
	void startNeo4jAndTheService(@TempDir Path workingDirectory) {
		this.neo4j = ServiceProcess.standaloneNeo4j(workingDirectory).build();
		this.service = ServiceProcess.external(this.neo4j.boltURI().toString());
	}

	@AfterAll
	void stopBoth() {
		if (this.service != null) {
			this.service.close();
		}
		if (this.neo4j != null) {
			this.neo4j.close();
		}
	}

	@Test
	void embeddedServerIsNotStarted() {
		assertThat(this.service.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();
		assertThat(this.service.getBean(DatabaseLocation.class))
			.isEqualTo(new DatabaseLocation(false, this.neo4j.boltURI().toString(), null));
	}

	@Test
	void graphStatusReportsTheExternalDatabase() {
		var graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + ServiceProcess.httpPort(this.service) + "/graphql")
			.build());
		graphQl.document("{ graphStatus { embedded schemaVersion } }")
			.execute()
			.path("graphStatus.embedded")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("graphStatus.schemaVersion")
			.entity(String.class)
			.isEqualTo(latestVersion());
	}

	@Test
	void migrationsRanOnTheExternalServer() {
		// Read straight from the harness's database, not through the service.
		try (Transaction tx = this.neo4j.defaultDatabaseService().beginTx()) {
			List<Object> versions = tx
				.execute("MATCH (m:__Neo4jMigration) RETURN m.version AS version ORDER BY version")
				.columnAs("version")
				.stream()
				.toList();
			assertThat(versions).containsExactlyElementsOf(MigrationFiles.versionsWithBaseline());
			List<Object> constraints = tx.execute("SHOW CONSTRAINTS YIELD name RETURN name")
				.columnAs("name")
				.stream()
				.toList();
			assertThat(constraints).contains("node_id", "event_id", "rel_attacked_id");
			List<Object> indexes = tx.execute("SHOW INDEXES YIELD name, type RETURN name + ':' + type AS index")
				.columnAs("index")
				.stream()
				.toList();
			assertThat(indexes).contains("entity_search:FULLTEXT", "event_date:RANGE", "place_location:POINT");
		}
	}

	private static String latestVersion() {
		List<String> versions = MigrationFiles.versionsWithBaseline();
		return versions.get(versions.size() - 2);
	}

}

package org.conflictgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write path's statements carry {@code CYPHER replan=skip}, so the plan Neo4j makes
 * when a bulk import starts on an empty graph is the one the whole import keeps. Planned
 * here on an empty database with the model's schema (constraints and indexes of
 * {@code cypher/migrations}), it must start from unique ids, never from an index whose
 * hits grow with the graph.
 */
class WritePlanIntegrationTests {

	@TempDir
	Path directory;

	DatabaseManagementService service;

	GraphDatabaseService database;

	@BeforeEach
	void startAnEmptyDatabaseWithTheSchema() throws IOException {
		this.service = new DatabaseManagementServiceBuilder(this.directory)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
			.build();
		this.database = this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		for (String statement : schemaStatements()) {
			try (Transaction tx = this.database.beginTx()) {
				tx.execute(statement);
				tx.commit();
			}
		}
		try (Transaction tx = this.database.beginTx()) {
			tx.schema().awaitIndexesOnline(1, java.util.concurrent.TimeUnit.MINUTES);
		}
	}

	@AfterEach
	void stop() {
		this.service.shutdown();
	}

	@Test
	void theDerivedAttackedEdgesStartFromTheEventsNotFromEveryAttackerOfTheGraph() {
		String plan = plan(AttackedEdges.DERIVE, Map.of("eventIds", List.of("event:test")));
		assertThat(plan).as(plan)
			.contains("NodeUniqueIndexSeek")
			.doesNotContain("DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek", "Scan");
	}

	private String plan(String cypher, Map<String, Object> parameters) {
		try (Transaction tx = this.database.beginTx()) {
			StringBuilder text = new StringBuilder();
			describe(tx.execute("EXPLAIN " + cypher, parameters).getExecutionPlanDescription(), 0, text);
			return text.toString();
		}
	}

	private static void describe(ExecutionPlanDescription plan, int depth, StringBuilder text) {
		text.append("  ".repeat(depth)).append(plan.getName()).append(' ').append(plan.getArguments().get("Details"));
		text.append('\n');
		plan.getChildren().forEach((child) -> describe(child, depth + 1, text));
	}

	private static List<String> schemaStatements() throws IOException {
		List<String> statements = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("cypher/migrations"))) {
			for (Path file : files.sorted().toList()) {
				for (String statement : Files.readString(file).split(";")) {
					String cypher = statement.lines()
						.filter((line) -> !line.strip().startsWith("//"))
						.reduce("", (a, b) -> a + "\n" + b)
						.strip();
					if (cypher.startsWith("CREATE CONSTRAINT") || cypher.matches("(?s)CREATE (\\w+ )?INDEX.*")) {
						statements.add(cypher);
					}
				}
			}
		}
		return statements;
	}

}

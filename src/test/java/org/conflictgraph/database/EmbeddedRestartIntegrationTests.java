package org.conflictgraph.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database across a stop and a start on the same directory, as a user meets
 * it when running the service twice.
 */
class EmbeddedRestartIntegrationTests {

	private static final String MIGRATION_CHAIN = """
			MATCH (m:__Neo4jMigration)
			OPTIONAL MATCH (:__Neo4jMigration)-[r:MIGRATED_TO]->(m)
			RETURN m.version AS version, m.checksum AS checksum, toString(r.at) AS installedOn
			ORDER BY version""";

	@TempDir
	Path dataDirectory;

	@Test
	void migrationsAreAppliedOnceAndNotAgainAfterARestart() {
		List<Map<String, Object>> chainAfterFirstStart;
		try (ConfigurableApplicationContext first = ServiceProcess.embedded(this.dataDirectory)) {
			chainAfterFirstStart = migrationChain(first);
		}
		assertThat(chainAfterFirstStart).extracting((row) -> row.get("version"))
			.containsExactlyElementsOf(MigrationFiles.versionsWithBaseline());
		assertThat(chainAfterFirstStart).filteredOn((row) -> !"BASELINE".equals(row.get("version")))
			.allSatisfy((row) -> assertThat(row.get("installedOn")).isNotNull());

		try (ConfigurableApplicationContext second = ServiceProcess.embedded(this.dataDirectory)) {
			// Same nodes, same installation timestamps: nothing was applied a second
			// time.
			assertThat(migrationChain(second)).isEqualTo(chainAfterFirstStart);
			assertThat(ServiceProcess.read(second, "MATCH ()-[r:MIGRATED_TO]->() RETURN count(r) AS applied")
				.get(0)
				.get("applied")
				.asLong()).isEqualTo(chainAfterFirstStart.size() - 1);
		}
	}

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt() {
		try (ConfigurableApplicationContext first = ServiceProcess.embedded(this.dataDirectory)) {
			ServiceProcess.write(first, "CREATE (:Node:Actor:ArmedGroup {id: $id, name: $name})",
					Map.of("id", "armed-group:restart-probe", "name", "Restart Probe"));
		}
		try (ConfigurableApplicationContext second = ServiceProcess.embedded(this.dataDirectory)) {
			var rows = ServiceProcess.read(second,
					"MATCH (a:Actor {id: 'armed-group:restart-probe'}) RETURN a.name AS name, labels(a) AS labels");
			assertThat(rows).hasSize(1);
			assertThat(rows.get(0).get("name").asString()).isEqualTo("Restart Probe");
			assertThat(rows.get(0).get("labels").asList()).containsExactlyInAnyOrder("Node", "Actor", "ArmedGroup");
		}
	}

	private static List<Map<String, Object>> migrationChain(ConfigurableApplicationContext context) {
		return ServiceProcess.read(context, MIGRATION_CHAIN).stream().map((row) -> row.asMap()).toList();
	}

}

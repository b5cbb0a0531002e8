package org.conflictgraph.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up check of the schema: skipped while the migration files are the ones last
 * applied, run by neo4j-migrations again as soon as they differ.
 */
class SchemaMigrationsIntegrationTests {

	private static final String CHAIN = "MATCH (m:__Neo4jMigration) RETURN count(m) AS nodes";

	private static final String DIGEST = "MATCH (s:SchemaState {id: 'migrations'}) RETURN s.digest AS digest";

	@TempDir
	Path dataDirectory;

	@Test
	void unchangedMigrationFilesAreNotCheckedAgainAndChangedOnesAre() {
		try (ConfigurableApplicationContext service = ServiceProcess.embedded(this.dataDirectory)) {
			Driver driver = service.getBean(Driver.class);
			String digest = ServiceProcess.read(service, DIGEST).get(0).get("digest").asString();
			assertThat(digest).hasSize(64);

			// Without neo4j-migrations' records, its check would apply every file again.
			ServiceProcess.write(service, "MATCH (m:__Neo4jMigration) DETACH DELETE m", Map.of());
			apply(driver);
			assertThat(count(service)).as("files unchanged: neo4j-migrations not run").isZero();

			// Files that differ from the recorded digest (here: a recorded digest of
			// other
			// files) are checked and applied by neo4j-migrations.
			ServiceProcess.write(service, "MATCH (s:SchemaState {id: 'migrations'}) SET s.digest = 'other files'",
					Map.of());
			apply(driver);
			assertThat(count(service)).isEqualTo(MigrationFiles.versionsWithBaseline().size());
			assertThat(ServiceProcess.read(service, DIGEST)).extracting((row) -> row.get("digest").asString())
				.isEqualTo(List.of(digest));
		}
	}

	private static void apply(Driver driver) {
		SchemaMigrations.applyInBackground(driver, "test", CompletableFuture.completedFuture(null)).awaitApplied();
	}

	private static long count(ConfigurableApplicationContext service) {
		return ServiceProcess.read(service, CHAIN).get(0).get("nodes").asLong();
	}

}

package org.conflictgraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A first start on an empty data directory with the build's initial data (the training
 * run's database files): the graph is the one the template holds, and a directory that
 * already holds a graph is never touched.
 */
class InitialDataIntegrationTests {

	private static final String SEED_SOURCES = "MATCH (s:Source {id: 'source:cnn-2024-03-12-cross-border-raids'}) RETURN count(s) AS n";

	@TempDir
	Path directory;

	@Test
	void aFirstStartBeginsWithTheGraphOfTheInitialDataAndLaterStartsKeepTheirOwn() {
		Path made = this.directory.resolve("training");
		try (ConfigurableApplicationContext training = ServiceProcess.embedded(made)) {
			ServiceProcess.write(training, "CREATE (:Node:Actor:ArmedGroup {id: $id, name: $name})",
					Map.of("id", "armed-group:template-probe", "name", "Template Probe"));
		}
		Path template = this.directory.resolve("initial-data");
		InitialData.keep(made, template);
		assertThat(template.resolve("logs")).doesNotExist();

		Path fresh = this.directory.resolve("fresh");
		String useTemplate = "--conflictgraph.embedded.initial-data=" + template;
		try (ConfigurableApplicationContext first = ServiceProcess.embedded(fresh, useTemplate)) {
			assertThat(count(first, "MATCH (a:Actor {id: 'armed-group:template-probe'}) RETURN count(a) AS n"))
				.isEqualTo(1);
			assertThat(count(first, SEED_SOURCES)).isEqualTo(1);
			ServiceProcess.write(first, "MATCH (a:Actor {id: 'armed-group:template-probe'}) DETACH DELETE a", Map.of());
		}
		// The second start finds a graph of its own and does not copy again.
		try (ConfigurableApplicationContext second = ServiceProcess.embedded(fresh, useTemplate)) {
			assertThat(count(second, "MATCH (a:Actor {id: 'armed-group:template-probe'}) RETURN count(a) AS n"))
				.isZero();
			assertThat(count(second, SEED_SOURCES)).isEqualTo(1);
		}
	}

	@Test
	void aDataDirectoryThatHoldsAnythingIsLeftAlone() throws IOException {
		Path template = templateWith("store");
		Path data = Files.createDirectories(this.directory.resolve("data-dir"));
		Files.writeString(data.resolve("mine"), "keep me");

		assertThat(InitialData.fill(data, template)).isFalse();
		assertThat(data.resolve("data")).doesNotExist();
		assertThat(data.resolve("mine")).hasContent("keep me");
	}

	@Test
	void aCopyThatDiedHalfWayIsMadeAgain() throws IOException {
		Path template = templateWith("store");
		Path data = this.directory.resolve("data-dir");
		Path partial = Files.createDirectories(data.resolve(".initial-data.partial"));
		Files.writeString(partial.resolve("half"), "from a copy that died");

		assertThat(InitialData.fill(data, template)).isTrue();
		assertThat(data.resolve("data/store")).hasContent("store");
		assertThat(data.resolve(".initial-data.partial")).doesNotExist();
	}

	@Test
	void anInitialDataDirectoryWithoutDatabaseFilesIsRefusedWithItsPath() {
		Path data = this.directory.resolve("data-dir");
		assertThatIllegalStateException().isThrownBy(() -> InitialData.fill(data, this.directory.resolve("empty")))
			.withMessageContaining("holds no Neo4j 'data' directory")
			.withMessageContaining("conflictgraph.embedded.initial-data");
	}

	private Path templateWith(String file) throws IOException {
		Path template = this.directory.resolve("template");
		Files.createDirectories(template.resolve("data"));
		Files.writeString(template.resolve("data").resolve(file), file);
		return template;
	}

	private static long count(ConfigurableApplicationContext context, String cypher) {
		return ServiceProcess.read(context, cypher).get(0).get("n").asLong();
	}

}

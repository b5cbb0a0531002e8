package org.conflictgraph.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings of the service that the embedded Neo4j must run with.
 */
class EmbeddedNeo4jSettingsIntegrationTests {

	private static final String RETENTION = """
			SHOW SETTINGS YIELD name, value
			WHERE name = 'db.tx_log.rotation.retention_policy'
			RETURN value""";

	@TempDir
	Path dataDirectory;

	@Test
	void theTransactionLogRetentionIsTheConfiguredOne() {
		try (ConfigurableApplicationContext service = ServiceProcess.embedded(this.dataDirectory,
				"--conflictgraph.embedded.transaction-log-retention=1 files")) {
			assertThat(ServiceProcess.read(service, RETENTION).get(0).get("value").asString()).isEqualTo("1 files");
		}
	}

}

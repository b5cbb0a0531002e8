package org.conflictgraph.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Bad configuration stops the service at startup with one readable failure report that
 * names what is wrong, instead of a stack trace or a service that hangs.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIntegrationTests {

	/**
	 * Not a performance bound: a generous limit that only a hang (a retry loop, a lock
	 * wait) would exceed.
	 */
	private static final Duration FAIL_FAST = Duration.ofSeconds(60);

	private static final String REPORT_HEADING = "APPLICATION FAILED TO START";

	@TempDir
	Path dataDirectory;

	@Test
	void unreachableDatabaseIsNamedInOneMessage(CapturedOutput output) throws IOException {
		String uri = "bolt://localhost:" + closedPort();
		assertTimeoutPreemptively(FAIL_FAST,
				() -> assertThatException().isThrownBy(() -> ServiceProcess.external(uri).close()));
		String report = failureReport(output);
		assertThat(report).contains("Description:").contains("Cannot reach Neo4j at " + uri + " (");
		assertThat(report).contains("Action:").contains("NEO4J_URI");
	}

	@Test
	void rejectedCredentialsAreNamedInOneMessage(CapturedOutput output, @TempDir Path neo4jDirectory) {
		try (Neo4j neo4j = ServiceProcess.standaloneNeo4j(neo4jDirectory)
			.withConfig(GraphDatabaseSettings.auth_enabled, true)
			.build()) {
			String uri = neo4j.boltURI().toString();
			assertTimeoutPreemptively(FAIL_FAST, () -> assertThatException().isThrownBy(
					() -> ServiceProcess.external(uri, "--spring.neo4j.authentication.password=wrong").close()));
			String report = failureReport(output);
			assertThat(report).contains("Neo4j at " + uri + " rejected the credentials (")
				.containsIgnoringCase("unauthorized")
				.contains("NEO4J_PASSWORD");
		}
	}

	@Test
	void lockedDataDirectoryIsNamedInOneMessage(CapturedOutput output) {
		try (ConfigurableApplicationContext first = ServiceProcess.embedded(this.dataDirectory)) {
			assertTimeoutPreemptively(FAIL_FAST,
					() -> assertThatException().isThrownBy(() -> ServiceProcess.embedded(this.dataDirectory).close()));
			String report = failureReport(output);
			assertThat(report).contains("Description:")
				.contains("The Neo4j data directory " + this.dataDirectory.toAbsolutePath().normalize()
						+ " is in use by another process.");
			assertThat(report).contains("Action:").contains("CONFLICTGRAPH_EMBEDDED_DATA_DIRECTORY");
			// The instance that holds the directory carries on.
			assertThat(ServiceProcess.read(first, "RETURN 1 AS one").get(0).get("one").asInt()).isEqualTo(1);
		}
	}

	/**
	 * The part of the output from Spring Boot's failure report on: exactly one report,
	 * and no stack trace in it.
	 */
	private static String failureReport(CapturedOutput output) {
		String all = output.getAll();
		int start = all.indexOf(REPORT_HEADING);
		assertThat(start).as("a failure report in the output").isNotNegative();
		assertThat(all.indexOf(REPORT_HEADING, start + 1)).as("a second failure report").isNegative();
		String report = all.substring(start);
		assertThat(report).doesNotContainPattern("(?m)^\\s+at [a-z]");
		return report;
	}

	/** A localhost port that nothing listens on. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}

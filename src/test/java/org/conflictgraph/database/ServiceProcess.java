package org.conflictgraph.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

import org.conflictgraph.ConflictGraphApplication;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole service as {@code java -jar} would, with its own arguments, so a test
 * can stop it, start it again on the same directory or watch it fail. Ports are always
 * free ones; the shared {@code @IntegrationTest} context is not touched.
 */
public final class ServiceProcess {

	private ServiceProcess() {
	}

	/** The service on the embedded database in {@code dataDirectory}. */
	public static ConfigurableApplicationContext embedded(Path dataDirectory, String... extraArguments) {
		List<String> arguments = new ArrayList<>(
				List.of("--spring.neo4j.uri=embedded", "--conflictgraph.embedded.data-directory=" + dataDirectory,
						"--conflictgraph.embedded.bolt-port=0", "--conflictgraph.embedded.page-cache=32MB"));
		arguments.addAll(List.of(extraArguments));
		return start(arguments.toArray(String[]::new));
	}

	/** The service on the database at {@code uri}. */
	static ConfigurableApplicationContext external(String uri, String... extraArguments) {
		List<String> arguments = new ArrayList<>(List.of("--spring.neo4j.uri=" + uri));
		arguments.addAll(List.of(extraArguments));
		return start(arguments.toArray(String[]::new));
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
		all.addAll(List.of(arguments));
		return ConflictGraphApplication.service().run(all.toArray(String[]::new));
	}

	/**
	 * A Neo4j of its own for a test, started by neo4j-harness with the settings the
	 * embedded server needs on this stack (see {@link EmbeddedNeo4jServer}).
	 */
	static Neo4jBuilder standaloneNeo4j(Path workingDirectory) {
		return Neo4jBuilders.newInProcessBuilder(workingDirectory)
			.withDisabledServer()
			.withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.withConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));
	}

	static int httpPort(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** Runs a read query through the service's own driver. */
	static List<Record> read(ConfigurableApplicationContext context, String cypher) {
		Driver driver = context.getBean(Driver.class);
		try (var session = driver.session(SessionConfig.defaultConfig())) {
			return session.executeRead((tx) -> tx.run(cypher).list());
		}
	}

	/** Runs a write query through the service's own driver. */
	static void write(ConfigurableApplicationContext context, String cypher, Map<String, Object> parameters) {
		Driver driver = context.getBean(Driver.class);
		try (var session = driver.session(SessionConfig.defaultConfig())) {
			session.executeWriteWithoutResult((tx) -> tx.run(cypher, parameters).consume());
		}
	}

}

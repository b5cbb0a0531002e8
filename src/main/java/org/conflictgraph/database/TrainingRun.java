package org.conflictgraph.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The training run of the fast start (docs/startup.md): with
 * {@code conflictgraph.training-run=true} the service, once ready (migrations applied,
 * seed loaded), answers one GraphQL request to itself and exits, so that a JVM started
 * with {@code -XX:ArchiveClassesAtExit} writes a class-data sharing archive of everything
 * a start and a first request load. Started with that archive, the JVM loads those
 * classes from it instead of from the jars. With
 * {@code conflictgraph.training-run.keep-data-in} it keeps its database files (the schema
 * and the seed graph) there after shutting the database down, as the initial data of
 * fresh starts ({@link InitialData}).
 */
@Component
@ConditionalOnBooleanProperty(TrainingRun.PROPERTY)
@Order(Ordered.LOWEST_PRECEDENCE)
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

	static final String PROPERTY = "conflictgraph.training-run";

	/** Where to keep the run's database files as the initial data of fresh starts. */
	static final String KEEP_DATA_PROPERTY = "conflictgraph.training-run.keep-data-in";

	private static final Log logger = LogFactory.getLog(TrainingRun.class);

	private static final String REQUEST = """
			{"query": "{ graphStatus { neo4jVersion } events(first: 5) { nodes { id title } } \
			search(text: \\"Belgorod\\", first: 5) { score } }"}""";

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			URI graphql = URI.create("http://localhost:" + web.getWebServer().getPort() + "/graphql");
			try {
				HttpResponse<String> response = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(graphql)
						.header("Content-Type", "application/json")
						.timeout(Duration.ofSeconds(60))
						.POST(HttpRequest.BodyPublishers.ofString(REQUEST))
						.build(), HttpResponse.BodyHandlers.ofString());
				logger.info("Training run: first request answered " + response.statusCode());
			}
			catch (java.io.IOException ex) {
				logger.warn("Training run: the first request failed: " + ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		logger.info("Training run done, exiting");
		ConfigurableApplicationContext context = event.getApplicationContext();
		EmbeddedNeo4jServer server = context.getBeanProvider(EmbeddedNeo4jServer.class).getIfAvailable();
		String keepDataIn = context.getEnvironment().getProperty(KEEP_DATA_PROPERTY);
		// Closing the context shuts the database down, so its files are complete and
		// consistent to copy.
		int exitCode = SpringApplication.exit(context);
		if (server != null && keepDataIn != null && exitCode == 0) {
			InitialData.keep(server.dataDirectory(), Path.of(keepDataIn));
			logger.info("Training run: kept the database files in " + keepDataIn);
		}
		System.exit(exitCode);
	}

}

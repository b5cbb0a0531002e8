package org.conflictgraph.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.harness.Neo4j;

import org.conflictgraph.ingest.SyntheticReports;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances on one Neo4j (started by neo4j-harness), as behind a load
 * balancer: both ingest overlapping reports at the same time, through their HTTP API.
 * Every report ends up exactly once, every entity name once, because the write lock lives
 * in the database, not in either instance; and either instance answers reads about what
 * the other wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIntegrationTests {

	private static final String EDITOR = "test-editor-key-0123456789";

	private Neo4j neo4j;

	private final List<ConfigurableApplicationContext> services = new ArrayList<>();

	@BeforeAll
	void startNeo4jAndTwoServices(@TempDir Path workingDirectory) {
		this.neo4j = ServiceProcess.standaloneNeo4j(workingDirectory).build();
		for (int i = 0; i < 2; i++) {
			this.services.add(ServiceProcess.external(this.neo4j.boltURI().toString(), "--spring.profiles.active=test",
					"--conflictgraph.seed.enabled=false"));
		}
	}

	@AfterAll
	void stopAll() {
		this.services.forEach(ConfigurableApplicationContext::close);
		if (this.neo4j != null) {
			this.neo4j.close();
		}
	}

	@Test
	@Order(1)
	void overlappingConcurrentIngestsThroughTwoInstancesCreateNoDuplicate() throws Exception {
		// Instance 0 gets reports 0..29, instance 1 reports 15..44: 15 reports go to
		// both.
		List<List<String>> batches = List.of(SyntheticReports.generate(0, 30), SyntheticReports.generate(15, 30));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int instance = 0; instance < 2; instance++) {
				int port = ServiceProcess.httpPort(this.services.get(instance));
				List<String> reports = batches.get(instance);
				// Two clients per instance, each with half of the instance's reports.
				for (int half = 0; half < 2; half++) {
					String body = String.join("\n", reports.subList(half * 15, half * 15 + 15)) + "\n";
					statuses.add(pool.submit(
							() -> http
								.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports"))
									.header("Content-Type", "application/x-ndjson")
									.header("X-API-Key", EDITOR)
									.timeout(Duration.ofMinutes(5))
									.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
									.build(), HttpResponse.BodyHandlers.ofString())
								.statusCode()));
				}
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		ConfigurableApplicationContext one = this.services.get(0);
		List<Record> sources = ServiceProcess.read(one,
				"""
						MATCH (s:Source) WHERE s.id STARTS WITH 'source:test-synthetic-' AND s.id <> 'source:test-synthetic-gazetteer'
						RETURN count(s) AS sources, count(DISTINCT s.id) AS distinctSources""");
		assertThat(sources.get(0).get("sources").asInt()).isEqualTo(45);
		assertThat(sources.get(0).get("distinctSources").asInt()).isEqualTo(45);
		List<Record> duplicates = ServiceProcess.read(one, """
				MATCH (n:Node) WHERE n.name STARTS WITH 'Synthetic'
				WITH labels(n) AS labels, n.name AS name, count(*) AS copies WHERE copies > 1
				RETURN collect(name) AS names""");
		assertThat(duplicates.get(0).get("names").asList()).isEmpty();
		// Either instance reads what the other wrote.
		for (ConfigurableApplicationContext service : this.services) {
			String answer = http
				.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + ServiceProcess.httpPort(service) + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"query\":\"{ node(id: \\\"" + SyntheticReports.sourceId(44) + "\\\") { id } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(answer).contains(SyntheticReports.sourceId(44));
		}
	}

	/** Runs last: it stops the database. */
	@Test
	@Order(2)
	void withTheDatabaseDownQueriesAre503UnavailableAndHealthIsDown() throws Exception {
		this.neo4j.close();
		this.neo4j = null;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		int port = ServiceProcess.httpPort(this.services.get(0));
		HttpResponse<String> query = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofMinutes(2))
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ events(first: 1) { totalCount } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(query.statusCode()).as(query.body()).isEqualTo(503);
		assertThat(query.body()).contains("\"classification\":\"UNAVAILABLE\"").doesNotContain("Exception");
		HttpResponse<String> health = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.timeout(Duration.ofMinutes(2))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN").doesNotContain("Exception", "bolt://", "neo4j://");
	}

}

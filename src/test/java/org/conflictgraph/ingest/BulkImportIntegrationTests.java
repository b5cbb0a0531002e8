package org.conflictgraph.ingest;

import java.time.Duration;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.conflictgraph.ConflictGraphApplication;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.TestReports;
import org.conflictgraph.database.DatabaseLocation;
import org.conflictgraph.security.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many reports at once, through {@code POST /api/reports} and the command line: bad
 * reports fail alone, batches do not leave half a report, names resolve across reports.
 */
@IntegrationTest
class BulkImportIntegrationTests {

	static final int SYNTHETIC = 60;

	/**
	 * A new actor stating its part in a new event twice, with and without a key, under
	 * the same role.
	 */
	static final String CREATES = "reports/test/bulk-creates.json";

	static final String EXTENDS = "reports/test/bulk-extends.json";

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	BulkImporter importer;

	@Autowired
	DatabaseLocation database;

	@LocalServerPort
	int port;

	WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofMinutes(2))
			.build();
	}

	@AfterEach
	void removeTheReports() {
		List<String> sources = new ArrayList<>(
				List.of("source:test-belgorod-incursion-2023", "source:test-merge-report", "source:test-bulk-bad",
						"source:test-synthetic-gazetteer", "source:test-bulk-creates", "source:test-bulk-extends"));
		for (int r = 0; r < SYNTHETIC; r++) {
			sources.add(SyntheticReports.sourceId(r));
		}
		TestReports.scrub(this.neo4j, sources);
	}

	@Test
	void anArrayWithABadReportWritesTheOthersAndReportsTheBadOne() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		String bad = TestReports.text(TestReports.MERGE)
			.replace("\"source:test-merge-report\"", "\"source:test-bulk-bad\"")
			.replace("\"quote\": \"Nova Tavolzhanka\"", "\"quote\": \"Nova Tavolzhanka!\"");
		String body = "[" + TestReports.text(TestReports.INCURSION) + "," + bad + ","
				+ TestReports.text(TestReports.MERGE) + "]";
		post(MediaType.APPLICATION_JSON, body, "").expectStatus()
			.isEqualTo(HttpStatus.MULTI_STATUS)
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(3)
			.jsonPath("$.ingested")
			.isEqualTo(2)
			.jsonPath("$.reports[1].origin")
			.isEqualTo("request[1]")
			.jsonPath("$.reports[1].sourceId")
			.isEqualTo("source:test-bulk-bad")
			.jsonPath("$.reports[1].problems[0].path")
			.isEqualTo("$.entities[1].evidence[0].quote")
			.jsonPath("$.reports[2].auditId")
			.value((id) -> assertThat((String) id).startsWith("audit:"));
		Map<String, Long> after = GraphCounts.of(this.neo4j);
		assertThat(after.get("node Source")).isEqualTo(before.get("node Source") + 2);
		assertThat(this.neo4j.query("MATCH (n:Node) WHERE n.id STARTS WITH 'mention:test-bulk-bad' RETURN count(n)")
			.fetchAs(Long.class)
			.one()).contains(0L);
	}

	@Test
	void aBatchWithAReportTheGraphCannotResolveFallsBackToOneReportPerTransaction() {
		// Passes every check without the database, fails on resolution: its batch is
		// rolled back and written again report by report.
		String unresolvable = TestReports.text(TestReports.MERGE)
			.replace("\"source:test-merge-report\"", "\"source:test-bulk-bad\"")
			.replace("\"to\": \"region:belgorod-oblast\"", "\"to\": \"region:test-nowhere-oblast\"");
		String body = String.join("\n", TestReports.text(TestReports.INCURSION).replace("\n", " "),
				unresolvable.replace("\n", " "), TestReports.text(TestReports.MERGE).replace("\n", " "));
		post(MediaType.parseMediaType("application/x-ndjson"), body, "?batchSize=10").expectStatus()
			.isEqualTo(HttpStatus.MULTI_STATUS)
			.expectBody()
			.jsonPath("$.reports[*].status")
			.isEqualTo(List.of("INGESTED", "FAILED", "INGESTED"))
			.jsonPath("$.reports[1].problems[0].message")
			.value((message) -> assertThat((String) message).contains("region:test-nowhere-oblast"));
	}

	@Test
	void aDryRunWritesNothing() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		post(MediaType.APPLICATION_JSON, TestReports.text(TestReports.INCURSION), "?dryRun=true").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.dryRun")
			.isEqualTo(true)
			.jsonPath("$.nodesCreated")
			.value((created) -> assertThat((Integer) created).isPositive());
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	@Test
	void syntheticReportsResolveToOneNodePerNameInBatches() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		String body = String.join("\n", SyntheticReports.generate(0, SYNTHETIC));
		post(MediaType.parseMediaType("application/x-ndjson"), body, "?batchSize=7").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ingested")
			.isEqualTo(SYNTHETIC)
			.jsonPath("$.factsPerSecond")
			.value((rate) -> assertThat(((Number) rate).doubleValue()).isPositive());
		Map<String, Long> after = GraphCounts.of(this.neo4j);
		long groups = this.neo4j.query("""
				MATCH (g:ArmedGroup) WHERE g.name STARTS WITH 'Synthetic Brigade' RETURN count(DISTINCT g.name)""")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(after.get("node ArmedGroup") - before.get("node ArmedGroup")).isEqualTo(groups);
		assertThat(after.get("node Source") - before.get("node Source")).isEqualTo(SYNTHETIC + 1);
		// Importing the same reports again changes nothing.
		post(MediaType.parseMediaType("application/x-ndjson"), body, "").expectStatus().isOk();
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(after);
	}

	@Test
	void aRelationshipStatedTwiceOnNewNodesAndAgainLaterInTheBatchIsOneRelationshipWithAllItsEvidence() {
		// The second report names the first one's new actor and states its relationship
		// to the new event once more, without the key.
		String body = TestReports.text(CREATES).replace("\n", " ") + "\n"
				+ TestReports.text(EXTENDS).replace("\n", " ");
		post(MediaType.parseMediaType("application/x-ndjson"), body, "").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ingested")
			.isEqualTo(2);
		Map<String, Object> row = this.neo4j
			.query("""
					MATCH (:ArmedGroup {name: 'Test Brigade Alpha'})-[r:PARTICIPATED_IN]->(:Event {id: 'event:test-testovka-assault'})
					RETURN count(r) AS relationships, collect(r.reportIds)[0] AS reports,
					       size(collect(r.mentionIds)[0]) AS mentions""")
			.fetch()
			.one()
			.orElseThrow();
		assertThat(row).containsEntry("relationships", 1L)
			.containsEntry("reports", List.of("source:test-bulk-creates", "source:test-bulk-extends"))
			.containsEntry("mentions", 3L);
		assertThat(this.neo4j
			.query("MATCH (m:Mention {sourceId: 'source:test-bulk-creates'})-[:IN_SOURCE]->(:Source) "
					+ "RETURN count(m)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow()).isEqualTo(6L);
	}

	@Test
	void theCommandLineImportsIntoTheDatabaseNeo4jUriPointsAt(@TempDir Path directory) throws Exception {
		Path good = Files.writeString(directory.resolve("incursion.json"), TestReports.text(TestReports.INCURSION));
		Path lines = Files.writeString(directory.resolve("more.ndjson"),
				TestReports.text(TestReports.MERGE).replace("\n", " ") + "\n{ not json\n");
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = IngestCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), ConflictGraphApplication.class, "--seed",
				"--batch-size=2", "--spring.neo4j.uri=" + this.database.boltUri(), directory.toString());
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("FAILED " + lines + ":2", "not valid JSON");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("4 report(s): 3 written, 1 failed", "facts/s");
		// The first line comes before the database starts, so the command is not silent.
		assertThat(out.toString(StandardCharsets.UTF_8))
			.startsWith("ingest: importing 2 file(s) and the seed reports; starting the database...");
		// The seed was already there; the two test reports are new.
		Map<String, Long> after = GraphCounts.of(this.neo4j);
		assertThat(after.get("node Source")).isEqualTo(before.get("node Source") + 2);
		assertThat(this.neo4j.query("""
				MATCH (a:AuditRecord {channel: 'cli'}) WHERE 'source:test-merge-report' IN a.targetIds
				RETURN a.actor""").fetchAs(String.class).all()).singleElement()
			.satisfies((actor) -> assertThat(actor).startsWith("cli:"));
		assertThat(good).exists();
	}

	@Test
	void theCommandLineExplainsItsUsage() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
		assertThat(IngestCommand.execute(stream, stream, ConflictGraphApplication.class)).isEqualTo(2);
		assertThat(IngestCommand.execute(stream, stream, ConflictGraphApplication.class, "--bogus", "x.json"))
			.isEqualTo(2);
		assertThat(IngestCommand.execute(stream, stream, ConflictGraphApplication.class, "/no/such/file.json"))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage:", "Unknown option --bogus",
				"No such file or directory: /no/such/file.json");
	}

	private WebTestClient.ResponseSpec post(MediaType type, String body, String query) {
		return this.http.post()
			.uri("/api/reports" + query)
			.header("X-API-Key", TestKeys.EDITOR)
			.contentType(type)
			.bodyValue(body)
			.exchange();
	}

}

package org.conflictgraph.ingest;

import java.time.Duration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.TestReports;
import org.conflictgraph.security.TestKeys;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bad input keeps the graph intact: each case gets a clear error or a correct result, and
 * node and relationship counts show that nothing was half-written or duplicated.
 */
@IntegrationTest
class BadInputIntegrationTests {

	static final String INJECTION = "x'}) MATCH (n) DETACH DELETE n //\" `) RETURN 1; $(id) \\u0027";

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	ReportIngester ingester;

	@Autowired
	Neo4jClient neo4j;

	@LocalServerPort
	int port;

	WebTestClient http;

	Map<String, Long> before;

	@BeforeEach
	void countTheGraph() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofMinutes(2))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
		this.before = GraphCounts.of(this.neo4j);
	}

	@AfterEach
	void removeWhatWasWritten() {
		List<String> sources = new ArrayList<>(List.of("source:test-bad-input", "source:test-injection"));
		for (int i = 0; i < 12; i++) {
			sources.add("source:test-concurrent-" + i);
		}
		TestReports.scrub(this.neo4j, sources);
	}

	@Test
	void invalidJsonIsRejectedWithItsPosition() {
		assertRejected("{ \"formatVersion\": 1, \"source\": ", "$", "not valid JSON");
		post(MediaType.APPLICATION_JSON, "[ { \"formatVersion\": 1 }, { oops").expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.reports[0].status")
			.isEqualTo("FAILED")
			.jsonPath("$.reports[1].problems[0].message")
			.value((message) -> assertThat((String) message).contains("not valid JSON", "line 1"));
		assertUnchanged();
	}

	@Test
	void unknownReferencesAndQuotesNotInTheTextAreRejectedTogether() {
		String report = TestReports.text(TestReports.INCURSION)
			.replace("\"to\": \"settlement:test-graivoron\"", "\"to\": \"settlement:test-atlantis\"")
			.replace("\"claimant\": \"Russian defense ministry\"", "\"claimant\": \"Ministry of Truth\"")
			.replace("\"quote\": \"Glotovo\"", "\"quote\": \"Glotovo village\"");
		assertThatExceptionOfType(ReportRejectedException.class)
			.isThrownBy(() -> this.ingester.ingest(report.getBytes(StandardCharsets.UTF_8), false))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::toString)
				.anySatisfy((problem) -> assertThat(problem).startsWith("$.relations[3].to")
					.contains("settlement:test-atlantis", "neither defined in this report nor a node"))
				.anySatisfy((problem) -> assertThat(problem).startsWith("$.claims[2].claimant")
					.contains("Ministry of Truth"))
				.anySatisfy((problem) -> assertThat(problem).startsWith("$.entities[6].evidence[0].quote")
					.contains("does not occur verbatim")));
		assertUnchanged();
	}

	@Test
	void anOversizedReportIsRejectedBeforeItIsRead() {
		String text = "x".repeat(6 * 1024 * 1024);
		String report = minimal("source:test-bad-input", text, "Test Place", "x");
		assertRejected(report, "$", "more than the limit of 5.0 MB (conflictgraph.ingest.max-report-bytes)");
		// Through GraphQL the whole request is bounded.
		this.http.post()
			.uri("/graphql")
			.header("X-API-Key", TestKeys.EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"mutation($r: JSON!) { ingestReport(report: $r) { sourceId } }\", "
					+ "\"variables\": {\"r\": " + report + "}}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		// In a bulk import the oversized report fails alone.
		String good = minimal("source:test-bad-input", "A small text.", "Test Small Place", "small");
		post(MediaType.parseMediaType("application/x-ndjson"), report + "\n" + good + "\n").expectStatus()
			.isEqualTo(HttpStatus.MULTI_STATUS)
			.expectBody()
			.jsonPath("$.reports[0].problems[0].message")
			.value((message) -> assertThat((String) message).contains("more than the limit"))
			.jsonPath("$.reports[1].status")
			.isEqualTo("INGESTED");
		assertThat(GraphCounts.of(this.neo4j).get("node Settlement")).isEqualTo(this.before.get("node Settlement") + 1);
	}

	@Test
	void cypherInjectionInNamesQuotesAndPropertiesIsStoredLiterally() throws Exception {
		String text = "Reported: " + INJECTION + " and more.";
		ObjectNode report = (ObjectNode) json.readTree(minimal("source:test-injection", text, INJECTION, INJECTION));
		ObjectNode entity = (ObjectNode) report.get("entities").get(0);
		entity.putArray("aliases").add(INJECTION + " alias");
		entity.put("description", INJECTION);
		((ObjectNode) entity.get("properties")).put(INJECTION, INJECTION);
		IngestResult result = this.ingester.ingest(json.writeValueAsBytes(report), false);
		assertThat(result.createdNodeIds()).containsExactly("settlement:test-injection-place");

		Map<String, Object> stored = this.neo4j.query("""
				MATCH (n:Node {id: 'settlement:test-injection-place'})-[:EVIDENCED_BY]->(m:Mention)
				RETURN n.name AS name, n.aliases AS aliases, n.description AS description, n[$key] AS property,
				       m.quote AS quote""").bind(INJECTION).to("key").fetch().one().orElseThrow();
		assertThat(stored).containsEntry("name", INJECTION)
			.containsEntry("description", INJECTION)
			.containsEntry("property", INJECTION)
			.containsEntry("quote", INJECTION);
		assertThat(TestReports.strings(stored.get("aliases"))).containsExactly(INJECTION + " alias");
		// Only the report's own nodes were added: a source, a mention, a place.
		Map<String, Long> after = GraphCounts.of(this.neo4j);
		assertThat(after.get("node Node")).isEqualTo(this.before.get("node Node") + 3);
	}

	@Test
	void cypherInjectionInIdsAndTypesIsRejected() throws Exception {
		String report = minimal("source:test-injection", "Some text.", "Some Place", "Some")
			.replace("\"settlement:test-injection-place\"", "\"settlement:x'}) DETACH DELETE (n\"");
		assertRejected(report, "$.entities[0].id", "");
		ObjectNode relation = (ObjectNode) json
			.readTree(minimal("source:test-injection", "Some text.", "Some Place", "Some"));
		ObjectNode located = relation.putArray("relations").addObject();
		located.put("type", "LOCATED_IN]->() DETACH DELETE (x");
		located.put("from", "settlement:test-injection-place");
		located.put("to", "region:belgorod-oblast");
		located.putArray("evidence").addObject().put("quote", "Some");
		assertRejected(json.writeValueAsString(relation), "$.relations[0].type", "");
		assertUnchanged();
	}

	@Test
	void controlCharactersAreRejectedButTabsAndLineBreaksAreFine() {
		assertRejected(minimal("source:test-bad-input", "A bell \u0007 rings.", "Test Place", "bell"), "$.source.text",
				"control character U+0007");
		assertRejected(minimal("source:test-bad-input", "Plain text.", "Test\u0000Place", "Plain"),
				"$.entities[0].name", "control character U+0000");
		assertUnchanged();
		IngestResult result = this.ingester
			.ingest(minimal("source:test-bad-input", "Line one.\n\tLine two.", "Test Tab Place", "Line one.\n\tLine")
				.getBytes(StandardCharsets.UTF_8), false);
		assertThat(result.nodesCreated()).isEqualTo(3);
	}

	@Test
	void concurrentIngestsOfOverlappingReportsLeaveNoDuplicates() throws Exception {
		// Twelve reports on four threads. All name one new village by one id, one new
		// group under twelve different ids by the same name, and one new event under
		// twelve
		// ids (same type, day, place and participant): entity and event resolution must
		// make
		// each one node even when the reports race, resolved before the write lock.
		List<byte[]> reports = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			reports.add(concurrent(i).getBytes(StandardCharsets.UTF_8));
		}
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<IngestResult>> results = new ArrayList<>();
			for (int i = 0; i < reports.size(); i++) {
				byte[] report = reports.get(i);
				boolean alone = i % 2 == 0;
				// Half as the GraphQL mutation writes (combined with other single reports
				// waiting at the same time), half alone.
				results.add(threads.submit(() -> alone ? this.ingester.ingest(report, false) : this.ingester
					.ingest(report, new ReportIngester.WriteOptions(false, false, java.util.Set.of()), null)));
			}
			for (Future<IngestResult> result : results) {
				assertThat(result.get().sourceId()).startsWith("source:test-concurrent-");
			}
		}
		finally {
			threads.shutdown();
			// No write of this test may run on into the next one.
			threads.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
		}
		assertThat(this.neo4j.query("""
				MATCH (n:Node) WHERE $key IN n.nameKeys OR n.id = 'settlement:test-concurrency-village'
				RETURN n.id ORDER BY n.id""")
			.bind(Names.key("Test Concurrency Group"))
			.to("key")
			.fetchAs(String.class)
			.all()).hasSize(2);
		Map<String, Long> after = GraphCounts.of(this.neo4j);
		assertThat(after.get("node Source")).isEqualTo(this.before.get("node Source") + 12);
		assertThat(after.get("node ArmedGroup")).isEqualTo(this.before.get("node ArmedGroup") + 1);
		assertThat(after.get("node Settlement")).isEqualTo(this.before.get("node Settlement") + 1);
		assertThat(after.get("node Event")).isEqualTo(this.before.get("node Event") + 1);
		assertThat(this.neo4j.query("""
				MATCH (:Actor)-[r:PARTICIPATED_IN]->(e:Event) WHERE e.id STARTS WITH 'event:test-concurrency-hold-'
				RETURN count(r)""").fetchAs(Long.class).one()).contains(1L);
		for (byte[] report : reports) {
			this.ingester.ingest(report, false);
		}
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(after);
	}

	private static String concurrent(int i) {
		return """
				{ "formatVersion": 1,
				  "source": { "id": "source:test-concurrent-%d", "kind": "NewsArticle", "title": "t%d",
				    "published": "2024-03-20", "language": "en",
				    "text": "The Test Concurrency Group said it held Test Concurrency Village, report %d." },
				  "entities": [
				    { "id": "armed-group:test-concurrency-group-%d", "kind": "ArmedGroup", "name": "Test Concurrency Group",
				      "evidence": [ { "quote": "The Test Concurrency Group" } ] },
				    { "id": "settlement:test-concurrency-village", "kind": "Settlement", "name": "Test Concurrency Village",
				      "evidence": [ { "quote": "Test Concurrency Village" } ] } ],
				  "events": [ { "id": "event:test-concurrency-hold-%d", "title": "Village held", "date": "2024-03-19",
				    "datePrecision": "DAY", "type": "Strategic developments", "subType": "Headquarters or base established",
				    "status": "CLAIMED", "evidence": [ { "quote": "held Test Concurrency Village" } ] } ],
				  "claims": [],
				  "relations": [ { "type": "LOCATED_IN", "from": "armed-group:test-concurrency-group-%d",
				    "to": "settlement:test-concurrency-village", "evidence": [ { "quote": "held Test Concurrency Village" } ] },
				    { "type": "PARTICIPATED_IN", "from": "armed-group:test-concurrency-group-%d",
				      "to": "event:test-concurrency-hold-%d", "properties": { "role": "attacker" },
				      "evidence": [ { "quote": "The Test Concurrency Group said it held" } ] },
				    { "type": "OCCURRED_IN", "from": "event:test-concurrency-hold-%d",
				      "to": "settlement:test-concurrency-village", "properties": { "precision": "in" },
				      "evidence": [ { "quote": "held Test Concurrency Village" } ] },
				    { "type": "LOCATED_IN", "from": "settlement:test-concurrency-village", "to": "region:belgorod-oblast",
				      "reference": { "source": "source:geonames" } } ] }"""
			.formatted(i, i, i, i, i, i, i, i, i);
	}

	/** A report with one place whose evidence is the given quote. */
	static String minimal(String sourceId, String text, String name, String quote) {
		ObjectNode report = json.createObjectNode();
		report.put("formatVersion", 1);
		ObjectNode source = report.putObject("source");
		source.put("id", sourceId);
		source.put("kind", "NewsArticle");
		source.put("title", "Test report");
		source.put("published", "2024-03-20");
		source.put("language", "en");
		source.put("text", text);
		ObjectNode entity = report.putArray("entities").addObject();
		entity.put("id", sourceId.equals("source:test-injection") ? "settlement:test-injection-place"
				: "settlement:test-" + name.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", ""));
		entity.put("kind", "Settlement");
		entity.put("name", name);
		entity.putObject("properties");
		entity.putArray("evidence").addObject().put("quote", quote);
		report.putArray("events");
		report.putArray("claims");
		report.putArray("relations");
		return json.writeValueAsString(report);
	}

	private void assertRejected(String report, String path, String message) {
		assertThatExceptionOfType(ReportRejectedException.class)
			.isThrownBy(() -> this.ingester.ingest(report.getBytes(StandardCharsets.UTF_8), false))
			.satisfies((ex) -> assertThat(ex.getProblems())
				.anySatisfy((problem) -> assertThat(problem.path() + " " + problem.message()).startsWith(path)
					.contains(message)));
		assertUnchanged();
	}

	private void assertUnchanged() {
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(this.before);
	}

	private WebTestClient.ResponseSpec post(MediaType type, String body) {
		return this.http.post()
			.uri("/api/reports")
			.header("X-API-Key", TestKeys.EDITOR)
			.contentType(type)
			.bodyValue(body)
			.exchange();
	}

}

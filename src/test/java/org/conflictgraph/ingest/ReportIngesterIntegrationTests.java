package org.conflictgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pipeline against a real Neo4j: idempotent, all-or-nothing, and resolving the same
 * actor and place across reports.
 */
@IntegrationTest
class ReportIngesterIntegrationTests {

	static final String SEED = "reports/seed/cnn-2024-03-12-cross-border-raids.json";

	static final String SECOND = "reports/test/second-report.json";

	@Autowired
	ReportIngester ingester;

	@Autowired
	ReportReader reader;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTheSecondReport() {
		this.neo4j.query("""
				MATCH (n:Node) WHERE n.id STARTS WITH 'event:test-' OR n.id STARTS WITH 'claim:test-'
				   OR n.id STARTS WITH 'mention:test-' OR n.id = 'source:test-second-report'
				   OR n.id STARTS WITH 'armed-group:test-'
				DETACH DELETE n""").run();
		this.neo4j.query("""
				MATCH ()-[r]->() WHERE any(id IN coalesce(r.sourceIds, []) WHERE id = 'source:test-second-report')
				DELETE r""").run();
	}

	@Test
	void ingestingTheSeedAgainChangesNothing() throws IOException {
		Map<String, Object> before = counts();
		IngestResult result = this.ingester.ingest(read(SEED), false);
		assertThat(result.nodesCreated()).isZero();
		assertThat(result.relationshipsCreated()).isZero();
		assertThat(result.createdNodeIds()).isEmpty();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aBrokenReportIsRejectedWithEveryProblemAndWritesNothing() throws IOException {
		Map<String, Object> before = counts();
		String broken = new String(read(SECOND), StandardCharsets.UTF_8).replace("\"2023-05-22\"", "\"2023-02-30\"")
			.replace("\"quote\": \"The Legion said in a statement", "\"quote\": \"The Legion said in a leaflet")
			.replace("\"claimant\": \"Freedom for Russia Legion\"", "\"claimant\": \"armed-group:no-such-group\"")
			.replace("\"id\": \"claim:test-legion-claims-the-incursion\"",
					"\"id\": \"event:test-may-2023-belgorod-incursion\"");
		assertThatExceptionOfType(ReportRejectedException.class)
			.isThrownBy(() -> this.ingester.ingest(broken.getBytes(StandardCharsets.UTF_8), false))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::path)
				.contains("$.events[0].date", "$.claims[0].evidence[0].quote", "$.claims[0].claimant",
						"$.claims[0].id"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aReportThatBreaksTheSchemaGetsThePathOfEachProblem() {
		String json = """
				{ "formatVersion": 1, "source": { "id": "source:x", "kind": "Blog", "text": "t" },
				  "entities": [ { "id": "armed-group:x", "kind": "ArmedGroup" } ] }""";
		assertThatExceptionOfType(ReportRejectedException.class)
			.isThrownBy(() -> this.ingester.ingest(json.getBytes(StandardCharsets.UTF_8), false))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::path)
				.anySatisfy((path) -> assertThat(path).startsWith("$.source"))
				.anySatisfy((path) -> assertThat(path).startsWith("$.entities[0]")));
	}

	@Test
	void invalidJsonIsRejectedWithItsPosition() {
		assertThatExceptionOfType(ReportRejectedException.class)
			.isThrownBy(() -> this.ingester.ingest("{ \"formatVersion\": 1,".getBytes(StandardCharsets.UTF_8), false))
			.withMessageContaining("not valid JSON");
	}

	@Test
	void aSecondReportResolvesToTheExistingActorsAndPlaces() throws IOException {
		Map<String, Object> before = counts();
		IngestResult result = this.ingester.ingest(read(SECOND), false);
		assertThat(result.resolved()).containsEntry("Freedom for Russia Legion", "armed-group:freedom-of-russia-legion")
			.containsEntry("Belgorod Oblast", "region:belgorod-oblast")
			.containsEntry("armed-group:test-russian-volunteer-corps", "armed-group:russian-volunteer-corps");
		List<Map<String, Object>> rows = List.copyOf(this.neo4j.query("""
				MATCH (c:Claim {id: 'claim:test-legion-claims-the-incursion'})-[:CLAIMED_BY]->(a:Actor)
				MATCH (e:Event {id: 'event:test-may-2023-belgorod-incursion'})-[:OCCURRED_IN]->(p:Place)
				MATCH (rdk:Actor {id: 'armed-group:russian-volunteer-corps'})
				RETURN a.id AS claimant, p.id AS place""").fetch().all());
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.get("claimant")).isEqualTo("armed-group:freedom-of-russia-legion");
			assertThat(row.get("place")).isEqualTo("region:belgorod-oblast");
		});
		Map<String, Object> after = counts();
		assertThat((Long) after.get("actors")).isEqualTo(before.get("actors"));
		assertThat((Long) after.get("places")).isEqualTo(before.get("places"));
	}

	@Test
	void aDryRunReportsWhatWouldBeWrittenAndWritesNothing() throws IOException {
		Map<String, Object> before = counts();
		IngestResult result = this.ingester.ingest(read(SECOND), true);
		assertThat(result.dryRun()).isTrue();
		assertThat(result.nodesCreated()).isPositive();
		assertThat(result.createdNodeIds()).contains("event:test-may-2023-belgorod-incursion");
		assertThat(result.matchedNodeIds()).contains("armed-group:freedom-of-russia-legion");
		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Object> counts() {
		return this.neo4j.query("""
				MATCH (n) WITH count(n) AS nodes, count{ (:Actor) } AS actors, count{ (:Place) } AS places
				RETURN nodes, actors, places, count{ ()-[]->() } AS relationships""").fetch().one().orElseThrow();
	}

	private static byte[] read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}

}

package org.conflictgraph.ingest;

import java.time.Duration;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.TestReports;
import org.conflictgraph.security.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ingestReport} over real HTTP: a second report about the same actors, written in
 * our own words (the May 2023 incursion into Belgorod region), resolves to the existing
 * actor and place nodes; dry runs and rejected reports write nothing.
 */
@IntegrationTest
class IngestMutationIntegrationTests {

	static final String SOURCE = "source:test-belgorod-incursion-2023";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTheReport() {
		TestReports.scrub(this.neo4j, List.of(SOURCE));
	}

	@Test
	void aSecondReportResolvesToTheExistingActorsAndPlaces() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		StringBuilder auditId = new StringBuilder();
		List<Map<String, Object>> resolved = editor().documentName("ingestReport")
			.variable("report", TestReports.map(TestReports.INCURSION))
			.execute()
			.path("ingestReport.sourceId")
			.entity(String.class)
			.isEqualTo(SOURCE)
			.path("ingestReport.auditId")
			.entity(String.class)
			.satisfies((id) -> auditId.append(id))
			.path("ingestReport.resolved")
			.entityList(Object.class)
			.get()
			.stream()
			.map((item) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> map = (Map<String, Object>) item;
				return map;
			})
			.toList();
		assertThat(resolved).extracting((row) -> row.get("reference") + " -> " + row.get("id"))
			.contains("armed-group:test-incursion-legion -> armed-group:freedom-of-russia-legion",
					"armed-group:test-incursion-rdk -> armed-group:russian-volunteer-corps",
					"person:test-incursion-gladkov -> person:vyacheslav-gladkov",
					"region:test-incursion-belgorod -> region:belgorod-oblast",
					"Freedom of Russia Legion -> armed-group:freedom-of-russia-legion",
					"Russian defense ministry -> government-body:russian-defence-ministry");

		Map<String, Long> after = GraphCounts.of(this.neo4j);
		assertThat(after.get("node Actor")).isEqualTo(before.get("node Actor"));
		assertThat(after.get("node Place")).isEqualTo(before.get("node Place") + 3);
		assertThat(after.get("node Event")).isEqualTo(before.get("node Event") + 3);
		assertThat(after.get("node Claim")).isEqualTo(before.get("node Claim") + 4);

		List<String> claimants = this.neo4j.query("""
				MATCH (c:Claim)-[:CLAIMED_BY]->(a:Actor)
				WHERE c.id IN ['claim:test-legion-claims-the-raid', 'claim:test-rdk-claims-the-raid',
				               'claim:test-ministry-claims-70-attackers-killed', 'claim:test-kyiv-denies-involvement']
				RETURN a.id AS id ORDER BY id""").fetchAs(String.class).all().stream().toList();
		assertThat(claimants).containsExactly("armed-group:freedom-of-russia-legion",
				"armed-group:russian-volunteer-corps", "government-body:russian-defence-ministry", "state:ukraine");
		assertThat(this.neo4j.query("""
				MATCH (:Event {id: 'event:test-2023-05-22-belgorod-incursion'})-[:PART_OF]->(parent:Event)
				MATCH (:Settlement {id: 'settlement:test-graivoron'})-[:LOCATED_IN]->(region:Region)
				RETURN parent.id + ' ' + region.id""").fetchAs(String.class).one())
			.contains("event:2023-05-incursion-into-belgorod-oblast region:belgorod-oblast");
		// The governor's position is one relationship, now supported by both sources.
		assertThat(this.neo4j
			.query("""
					MATCH (:Person {id: 'person:vyacheslav-gladkov'})-[r:HOLDS_POSITION]->(:Region {id: 'region:belgorod-oblast'})
					UNWIND r.sourceIds AS source
					RETURN source""")
			.fetchAs(String.class)
			.all()).contains(SOURCE, "source:cnn-2024-03-12-cross-border-raids");
		assertThat(this.neo4j.query("""
				MATCH (a:AuditRecord {id: $id})
				RETURN a.action + ' ' + a.actor + ' ' + a.channel + ' ' + a.targetIds[0]""")
			.bind(auditId.toString())
			.to("id")
			.fetchAs(String.class)
			.one()).contains("INGEST_REPORT test-editor graphql " + SOURCE);
	}

	@Test
	void ingestingTheSameReportTwiceChangesNothing() {
		ingest(false);
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		ingest(false).path("ingestReport.nodesCreated")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("ingestReport.relationshipsCreated")
			.entity(Integer.class)
			.isEqualTo(0);
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	@Test
	void aDryRunSaysWhatWouldBeCreatedAndWritesNothing() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		long records = auditRecords();
		ingest(true).path("ingestReport.dryRun")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("ingestReport.createdNodeIds")
			.entityList(String.class)
			.contains("settlement:test-graivoron", "event:test-2023-05-22-belgorod-incursion")
			.path("ingestReport.matchedNodeIds")
			.entityList(String.class)
			.contains("armed-group:freedom-of-russia-legion", "region:belgorod-oblast")
			.path("ingestReport.auditId")
			.valueIsNull();
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
		assertThat(auditRecords()).isEqualTo(records);
	}

	@Test
	void aRejectedReportListsEveryProblemAndWritesNothing() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		long records = auditRecords();
		String broken = TestReports.text(TestReports.INCURSION)
			.replace("\"the town of Graivoron\"", "\"the city of Graivoron\"")
			.replace("\"claimant\": \"state:ukraine\"", "\"claimant\": \"state:atlantis\"")
			.replace("\"2023-05-23\"", "\"2023-05-32\"");
		editor().documentName("ingestReport")
			.variable("report", tools.jackson.databind.json.JsonMapper.builder().build().readValue(broken, Map.class))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("rejected", "nothing was written");
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> problems = (List<Map<String, Object>>) error.getExtensions().get("problems");
				assertThat(problems).extracting((problem) -> problem.get("path"))
					.contains("$.entities[4].evidence[0].quote", "$.claims[3].claimant", "$.claims[2].date");
				assertThat(problems).allSatisfy((problem) -> assertThat(problem.get("message")).isNotNull());
			}));
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
		assertThat(auditRecords()).isEqualTo(records);
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response ingest(boolean dryRun) {
		return editor().documentName("ingestReport")
			.variable("report", TestReports.map(TestReports.INCURSION))
			.variable("dryRun", dryRun)
			.execute();
	}

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate()
			.header("X-API-Key", TestKeys.EDITOR)
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.build();
	}

	private long auditRecords() {
		return this.neo4j.query("MATCH (a:AuditRecord) WHERE $source IN a.targetIds RETURN count(a)")
			.bind(SOURCE)
			.to("source")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

}

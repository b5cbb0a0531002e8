package org.conflictgraph.curation;

import java.time.Duration;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.TestReports;
import org.conflictgraph.ingest.ReportIngester;
import org.conflictgraph.security.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retractSource} round trips: ingest a report, retract it, and the graph is what
 * it was, down to the ids and support lists of the facts the report shared with the seed,
 * while facts only it stated are gone.
 */
@IntegrationTest
class RetractionIntegrationTests {

	static final String SECOND = "source:test-second-report";

	static final String INCURSION = "source:test-belgorod-incursion-2023";

	static final String RETRACT = "source:test-retract-report";

	static final String SEED_RAID = "event:2024-03-12-cross-border-raids-into-russia";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ReportIngester ingester;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTheReports() {
		TestReports.scrub(this.neo4j, List.of(SECOND, INCURSION, RETRACT, "source:test-retract-gazetteer"));
	}

	@Test
	void ingestingTheSecondReportAndRetractingItRestoresTheCounts() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		this.ingester.ingest(TestReports.bytes(TestReports.SECOND), false);
		assertThat(GraphCounts.of(this.neo4j)).isNotEqualTo(before);
		retract(SECOND).path("retractSource.removedNodeIds")
			.entityList(String.class)
			.contains("event:test-may-2023-belgorod-incursion", "claim:test-legion-claims-the-incursion")
			.path("retractSource.keptNodeIds")
			.entityList(String.class)
			.contains("armed-group:russian-volunteer-corps");
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	@Test
	void retractingAReportRemovesWhatOnlyItSupportedAndKeepsWhatTheSeedSupports() {
		Snapshot before = snapshot();
		this.ingester.ingest(TestReports.bytes(TestReports.RETRACT), false);
		// The report adds a target to a seed event: ATTACKED edges appear for it.
		assertThat(attackedOf(SEED_RAID))
			.anySatisfy((id) -> assertThat(id).endsWith("->military-force:test-border-guard-unit#" + SEED_RAID));
		assertThat(supportOf("LOCATED_IN:settlement:nekhoteevka->region:belgorod-oblast")).contains(RETRACT);

		retract(RETRACT).path("retractSource.removedNodeIds")
			.entityList(String.class)
			.contains("settlement:test-tyotkino", "district:test-retract-background-district",
					"military-force:test-border-guard-unit", "media-outlet:test-retract-outlet",
					"event:test-2024-03-12-raid-on-tyotkino", "claim:test-rvc-claims-tyotkino-raid")
			.path("retractSource.keptNodeIds")
			.entityList(String.class)
			.contains("armed-group:russian-volunteer-corps")
			.path("retractSource.updatedRelationshipIds")
			.entityList(String.class)
			.contains("LOCATED_IN:settlement:nekhoteevka->region:belgorod-oblast")
			.path("retractSource.removedReferenceSourceIds")
			.entityList(String.class)
			.containsExactly("source:test-retract-gazetteer");

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aPreviewSaysWhatWouldGoAndWritesNothing() {
		this.ingester.ingest(TestReports.bytes(TestReports.RETRACT), false);
		Snapshot ingested = snapshot();
		retract(RETRACT, true).path("retractSource.preview")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("retractSource.nodesRemoved")
			.entity(Integer.class)
			.satisfies((removed) -> assertThat(removed).isGreaterThan(10))
			.path("retractSource.auditId")
			.valueIsNull();
		assertThat(snapshot()).isEqualTo(ingested);
	}

	@Test
	void theIncursionReportIngestedThroughTheApiRetractsCleanly() {
		Snapshot before = snapshot();
		this.graphQl.mutate()
			.header("X-API-Key", TestKeys.EDITOR)
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.build()
			.documentName("ingestReport")
			.variable("report", TestReports.map(TestReports.INCURSION))
			.execute()
			.path("ingestReport.nodesCreated")
			.entity(Integer.class)
			.satisfies((created) -> assertThat(created).isPositive());
		retract(INCURSION).path("retractSource.auditId").entity(String.class).satisfies((id) -> {
			assertThat(this.neo4j.query("MATCH (a:AuditRecord {id: $id}) RETURN a.action + ' ' + a.actor")
				.bind(id)
				.to("id")
				.fetchAs(String.class)
				.one()).contains("RETRACT_SOURCE test-editor");
		});
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aFactAnotherReportRefersToSurvivesTheRetractionOfTheReportThatIntroducedIts() {
		// The incursion report introduces Graivoron; a second report, written here,
		// refers to it by id with evidence of its own.
		this.ingester.ingest(TestReports.bytes(TestReports.INCURSION), false);
		String other = """
				{ "formatVersion": 1,
				  "source": { "id": "source:test-retract-report", "kind": "NewsArticle", "title": "t",
				    "published": "2023-06-01", "language": "en", "text": "Graivoron was shelled again in June." },
				  "entities": [], "events": [], "claims": [],
				  "relations": [ { "type": "LOCATED_IN", "from": "settlement:test-graivoron", "to": "region:belgorod-oblast",
				    "key": "again", "evidence": [ { "quote": "Graivoron" } ] } ] }""";
		this.ingester.ingest(other.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
		retract(INCURSION).path("retractSource.keptNodeIds")
			.entityList(String.class)
			.contains("settlement:test-graivoron");
		assertThat(this.neo4j.query("""
				MATCH (:Settlement {id: 'settlement:test-graivoron'})-[r:LOCATED_IN]->() RETURN r.id""")
			.fetchAs(String.class)
			.all()).containsExactly("LOCATED_IN:settlement:test-graivoron->region:belgorod-oblast#again");
		// Retracting the second report leaves the village with nothing: it goes too.
		retract(RETRACT).path("retractSource.removedNodeIds")
			.entityList(String.class)
			.contains("settlement:test-graivoron");
		assertThat(this.neo4j.query("MATCH (n:Node {id: 'settlement:test-graivoron'}) RETURN count(n)")
			.fetchAs(Long.class)
			.one()).contains(0L);
	}

	@Test
	void anUnknownSourceIsNotFound() {
		retract("source:test-no-such-source").errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
	}

	private GraphQlTester.Response retract(String sourceId) {
		return retract(sourceId, false);
	}

	private GraphQlTester.Response retract(String sourceId, boolean preview) {
		return this.graphQl.mutate()
			.header("X-API-Key", TestKeys.EDITOR)
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.build()
			.documentName("retractSource")
			.variable("sourceId", sourceId)
			.variable("preview", preview)
			.execute();
	}

	private List<String> attackedOf(String eventId) {
		return List.copyOf(this.neo4j.query("MATCH ()-[r:ATTACKED {eventId: $id}]->() RETURN r.id ORDER BY r.id")
			.bind(eventId)
			.to("id")
			.fetchAs(String.class)
			.all());
	}

	private List<String> supportOf(String relationshipId) {
		return List.copyOf(this.neo4j.query("MATCH ()-[r {id: $id}]->() UNWIND r.sourceIds AS source RETURN source")
			.bind(relationshipId)
			.to("id")
			.fetchAs(String.class)
			.all());
	}

	/**
	 * Every node and relationship by id with the properties that carry support, and every
	 * entity's names: what a retraction must restore.
	 */
	private Snapshot snapshot() {
		Map<String, String> nodes = new TreeMap<>();
		this.neo4j.query("""
				MATCH (n:Node)
				RETURN n.id AS id, [l IN labels(n) | l] AS labels, n.aliases AS aliases, n.nameKeys AS keys,
				       n.reportIds AS reports""").fetch().all().forEach((row) -> {
			nodes.put((String) row.get("id"), sorted(row.get("labels")) + " " + row.get("aliases") + " "
					+ row.get("keys") + " " + sorted(row.get("reports")));
		});
		Map<String, String> relationships = new TreeMap<>();
		this.neo4j.query("""
				MATCH (a:Node)-[r]->(b:Node)
				RETURN type(r) + ' ' + coalesce(r.id, a.id + '->' + b.id) AS id, r.mentionIds AS mentions,
				       r.sourceIds AS sources, r.referenceIds AS references, r.reportIds AS reports""")
			.fetch()
			.all()
			.forEach(
					(row) -> relationships.merge((String) row.get("id"),
							sorted(row.get("mentions")) + " " + sorted(row.get("sources")) + " "
									+ sorted(row.get("references")) + " " + sorted(row.get("reports")),
							(x, y) -> x + y));
		return new Snapshot(GraphCounts.of(this.neo4j), nodes, relationships);
	}

	/** Support lists are sets: their order depends on the order of writes. */
	private static List<String> sorted(Object list) {
		return (list instanceof List<?> items) ? items.stream().map(String::valueOf).sorted().toList() : List.of();
	}

	record Snapshot(Map<String, Long> counts, Map<String, String> nodes, Map<String, String> relationships) {
	}

}

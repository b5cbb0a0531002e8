package org.conflictgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.TestReports;
import org.conflictgraph.security.TestKeys;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reports of other newsrooms about the seed's raids, in their spellings ("RVC", "Free
 * Russia Legion", "Russian Ministry of Defence", "Grayvoron" / "Graivoron"), resolve onto
 * the seed's nodes and onto each other: no duplicates; a report the graph already holds
 * writes nothing, not even an audit record; a merge sticks for later reports and for
 * lookups by the merged-away id. Merges and redirects cannot be undone exactly, so this
 * class runs on a graph of its own (its own application context and embedded Neo4j).
 */
@IntegrationTest
@TestPropertySource(properties = "conflictgraph.test.graph=cross-source")
class CrossSourceResolutionIntegrationTests {

	static final String MORNING = "reports/test/cross-source-morning-wire.json";

	static final String EVENING = "reports/test/cross-source-evening-post.json";

	static final List<String> SOURCES = List.of("source:test-xsrc-morning-wire", "source:test-xsrc-evening-post",
			"source:test-xsrc-siberia");

	/** Seed nodes the reports add names to; restored after each test. */
	static final List<String> SEED_NODES = List.of("armed-group:russian-volunteer-corps",
			"armed-group:freedom-of-russia-legion", "government-body:russian-defence-ministry",
			"region:belgorod-oblast");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ReportIngester ingester;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	HttpGraphQlTester graphQl;

	private List<Map<String, Object>> seedNames = List.of();

	@BeforeEach
	void rememberTheSeedNames() {
		this.seedNames = List.copyOf(this.neo4j.query("""
				UNWIND $ids AS id MATCH (n:Node {id: id})
				RETURN n.id AS id, n.aliases AS aliases, n.nameKeys AS nameKeys, n.aliasText AS aliasText,
				       n.nameKeyText AS nameKeyText""").bind(SEED_NODES).to("ids").fetch().all());
	}

	@AfterEach
	void removeTheReports() {
		TestReports.scrub(this.neo4j, SOURCES);
		this.neo4j.query("MATCH (r:Redirect) WHERE r.id CONTAINS ':test-xsrc-' DELETE r").run();
		this.neo4j.query("""
				UNWIND $rows AS row MATCH (n:Node {id: row.id})
				SET n.aliases = row.aliases, n.nameKeys = row.nameKeys, n.aliasText = row.aliasText,
				    n.nameKeyText = row.nameKeyText""").bind(this.seedNames).to("rows").run();
	}

	@Test
	void otherNewsroomsSpellingsResolveOntoTheSeedAndOntoEachOther() {
		IngestResult morning = this.ingester.ingest(TestReports.bytes(MORNING), false);
		assertThat(morning.resolved()).containsEntry("armed-group:rvc", "armed-group:russian-volunteer-corps")
			.containsEntry("armed-group:free-russia-legion", "armed-group:freedom-of-russia-legion")
			// A word-order variant of "Russian Defence Ministry".
			.containsEntry("government-body:russian-ministry-of-defence", "government-body:russian-defence-ministry")
			.containsEntry("Belgorod region", "region:belgorod-oblast");
		assertThat(morning.createdNodeIds()).contains("settlement:grayvoron")
			.doesNotContain("armed-group:rvc", "armed-group:free-russia-legion",
					"government-body:russian-ministry-of-defence");

		IngestResult evening = this.ingester.ingest(TestReports.bytes(EVENING), false);
		assertThat(evening.resolved()).containsEntry("settlement:graivoron", "settlement:grayvoron")
			.containsEntry("RVC", "armed-group:russian-volunteer-corps")
			.containsEntry("government-body:ministry-of-defence", "government-body:russian-defence-ministry");

		assertThat(count("""
				MATCH (n:Node) WHERE n.id IN ['armed-group:rvc', 'armed-group:free-russia-legion',
				  'government-body:russian-ministry-of-defence', 'government-body:ministry-of-defence',
				  'settlement:graivoron']
				RETURN count(n)""")).isZero();
		// No two entities of one base label share a name key.
		assertThat(count("""
				MATCH (n:Actor|Place) UNWIND n.nameKeys AS key
				WITH CASE WHEN n:Actor THEN 'Actor' ELSE 'Place' END AS base, key, count(DISTINCT n) AS nodes
				WHERE nodes > 1 RETURN count(*)""")).isZero();
		assertThat(TestReports
			.strings(one("MATCH (n:Node {id: 'armed-group:russian-volunteer-corps'}) RETURN n.aliases AS value")))
			.contains("RVC");
	}

	@Test
	void aNewEntityThatResemblesAnExistingOneIsReportedAndStrictModeRefusesIt() {
		Map<String, Object> report = siberiaReport();
		// "Siberia Battalion" has another name key than the seed's "Siberian Battalion".
		IngestResult dryRun = this.ingester.ingest(JSON.writeValueAsBytes(report), true);
		assertThat(dryRun.createdNodeIds()).contains("armed-group:siberia-battalion");
		assertThat(dryRun.nearMatches()).singleElement().satisfies((match) -> {
			assertThat(match.id()).isEqualTo("armed-group:siberia-battalion");
			assertThat(match.resembles()).isEqualTo("armed-group:siberian-battalion");
			assertThat(match.score()).isGreaterThanOrEqualTo(0.9).isLessThan(1.0);
		});

		Map<String, Long> before = GraphCounts.of(this.neo4j);
		editor().documentName("ingestReport")
			.variable("report", report)
			.variable("dryRun", false)
			.variable("strict", true)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("Siberia Battalion")
					.contains("armed-group:siberian-battalion")));
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);

		editor().documentName("ingestReport")
			.variable("report", report)
			.variable("dryRun", false)
			.variable("strict", true)
			.variable("confirmNew", List.of("armed-group:siberia-battalion"))
			.execute()
			.path("ingestReport.nearMatches[0].resembles")
			.entity(String.class)
			.isEqualTo("armed-group:siberian-battalion")
			.path("ingestReport.createdNodeIds")
			.entityList(String.class)
			.contains("armed-group:siberia-battalion");
	}

	@Test
	void aReportTheGraphAlreadyHoldsWritesNothingNotEvenAnAuditRecord() {
		ingestAsEditor(MORNING);
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		long audits = count("MATCH (a:AuditRecord) RETURN count(a)");
		ingestAsEditor(MORNING).path("ingestReport.auditId")
			.valueIsNull()
			.path("ingestReport.nodesCreated")
			.entity(Integer.class)
			.isEqualTo(0);
		assertThat(count("MATCH (a:AuditRecord) RETURN count(a)")).isEqualTo(audits);
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	@Test
	void aMergeSticksForLaterReportsAndForLookupsByTheMergedId() {
		this.ingester.ingest(TestReports.bytes(MORNING), false);
		this.ingester.ingest(TestReports.bytes(EVENING), false);
		String into = "event:test-xsrc-2024-03-12-attack-near-grayvoron";
		String from = "event:test-xsrc-graivoron-night-incursion";
		editor().documentName("mergeEntities")
			.variable("into", into)
			.variable("from", from)
			.execute()
			.path("mergeEntities.into")
			.entity(String.class)
			.isEqualTo(into);
		// RVC attacked in both events (once keyed #attacker, once not): one relationship
		// now.
		assertThat(count("""
				MATCH (:Node {id: 'armed-group:russian-volunteer-corps'})-[r:PARTICIPATED_IN {role: 'attacker'}]->
				      (:Node {id: $into}) RETURN count(r)""", Map.of("into", into))).isEqualTo(1);

		// The evening report again, corrected: its event id and its names write onto the
		// survivor.
		String corrected = TestReports.text(EVENING)
			.replace("Night incursion attempt at Graivoron", "Night incursion attempt at Graivoron (corrected)");
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		IngestResult again = this.ingester.ingest(corrected.getBytes(StandardCharsets.UTF_8), false);
		assertThat(again.createdNodeIds()).isEmpty();
		assertThat(again.resolved()).containsEntry(from, into);
		assertThat(count("MATCH (n:Node {id: $id}) RETURN count(n)", Map.of("id", from))).isZero();
		Map<String, Long> after = GraphCounts.of(this.neo4j);
		assertThat(after.get("node Node")).isEqualTo(before.get("node Node"));
		assertThat(count("""
				MATCH (:Node {id: 'armed-group:russian-volunteer-corps'})-[r:PARTICIPATED_IN {role: 'attacker'}]->
				      (:Node {id: $into}) RETURN count(r)""", Map.of("into", into))).isEqualTo(1);

		// node(id) with the merged-away id answers with the survivor and says so.
		this.graphQl.documentName("node")
			.variable("id", from)
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(into);
		Map<Object, Object> extensions = this.graphQl.documentName("node")
			.variable("id", from)
			.execute()
			.returnResponse()
			.getExtensions();
		assertThat(extensions).containsEntry("redirects", List.of(Map.of("from", from, "into", into)));
	}

	/**
	 * The morning report with one more group, "Siberia Battalion", in a sentence of its
	 * own.
	 */
	private static Map<String, Object> siberiaReport() {
		Map<String, Object> report = TestReports.map(MORNING);
		@SuppressWarnings("unchecked")
		Map<String, Object> source = new java.util.LinkedHashMap<>((Map<String, Object>) report.get("source"));
		source.put("id", "source:test-xsrc-siberia");
		source.remove("publisher");
		source.put("text", source.get("text") + " A Siberia Battalion unit was also named.");
		Map<String, Object> copy = new java.util.LinkedHashMap<>();
		copy.put("formatVersion", 1);
		copy.put("source", source);
		copy.put("entities", List.of(Map.of("id", "armed-group:siberia-battalion", "kind", "ArmedGroup", "name",
				"Siberia Battalion", "evidence", List.of(Map.of("quote", "Siberia Battalion")))));
		copy.put("events", List.of());
		copy.put("claims", List.of());
		copy.put("relations", List.of());
		return copy;
	}

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate().header("X-API-Key", TestKeys.EDITOR).build();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response ingestAsEditor(String path) {
		return editor().documentName("ingestReport")
			.variable("report", TestReports.map(path))
			.variable("dryRun", false)
			.execute();
	}

	private long count(String cypher) {
		return count(cypher, Map.of());
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return this.neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElseThrow();
	}

	private Object one(String cypher) {
		return this.neo4j.query(cypher).fetch().one().orElseThrow().get("value");
	}

}

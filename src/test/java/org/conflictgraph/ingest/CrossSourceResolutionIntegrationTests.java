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

	/** Another newsroom's report of the seed's raid, in its own words. */
	static final String DISPATCH = "reports/test/cross-source-border-dispatch.json";

	/**
	 * A report of fighting at Nekhoteyevka that agrees with three of the seed's events.
	 */
	static final String FRONTLINE = "reports/test/cross-source-frontline-notes.json";

	/** The seed's raid of 12 March 2024. */
	static final String RAID = "event:2024-03-12-cross-border-raids-into-russia";

	static final List<String> SOURCES = List.of("source:test-xsrc-morning-wire", "source:test-xsrc-evening-post",
			"source:test-xsrc-siberia", "source:test-xsrc-border-dispatch", "source:test-xsrc-frontline-notes");

	/** Seed nodes the reports add names to; restored after each test. */
	static final List<String> SEED_NODES = List.of("armed-group:russian-volunteer-corps",
			"armed-group:freedom-of-russia-legion", "government-body:russian-defence-ministry",
			"region:belgorod-oblast");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ReportIngester ingester;

	@Autowired
	BulkImporter importer;

	@Autowired
	ReportWriter writer;

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
		// The one node the reports create under an id without "test".
		this.neo4j.query("MATCH (n:Node {id: 'settlement:grayvoron'}) DETACH DELETE n").run();
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
					"government-body:russian-ministry-of-defence", "event:test-xsrc-2024-03-12-attack-near-grayvoron");
		// Its attack near Grayvoron (which lies in the Belgorod region) is the seed's
		// raid.
		assertThat(morning.resolved()).containsEntry("event:test-xsrc-2024-03-12-attack-near-grayvoron", RAID);

		IngestResult evening = this.ingester.ingest(TestReports.bytes(EVENING), false);
		assertThat(evening.resolved()).containsEntry("settlement:graivoron", "settlement:grayvoron")
			.containsEntry("RVC", "armed-group:russian-volunteer-corps")
			.containsEntry("government-body:ministry-of-defence", "government-body:russian-defence-ministry")
			.containsEntry("event:test-xsrc-graivoron-night-incursion", RAID);
		// The RVC attacked once in the raid, however many reports say so, keyed or not.
		assertThat(count("""
				MATCH (:Node {id: 'armed-group:russian-volunteer-corps'})-[r:PARTICIPATED_IN {role: 'attacker'}]->
				      (:Node {id: $raid}) RETURN count(r)""", Map.of("raid", RAID))).isEqualTo(1);

		assertThat(count("""
				MATCH (n:Node) WHERE n.id IN ['armed-group:rvc', 'armed-group:free-russia-legion',
				  'government-body:russian-ministry-of-defence', 'government-body:ministry-of-defence',
				  'settlement:graivoron', 'event:test-xsrc-2024-03-12-attack-near-grayvoron',
				  'event:test-xsrc-graivoron-night-incursion']
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
	void reportsOfOneBulkImportResolveOntoWhatEarlierBatchesCreate() throws Exception {
		// Batches of two: the evening report's batch is resolved while the morning
		// report's batch may still be being written, and must see what it creates.
		String body = String.join("\n", TestReports.text(MORNING).replace("\n", " "),
				TestReports.text(DISPATCH).replace("\n", " "), TestReports.text(EVENING).replace("\n", " "),
				TestReports.text(FRONTLINE).replace("\n", " "));
		ImportSummary summary;
		try (ReportStream reports = new ReportStream(
				new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "test",
				ReportStream.Format.NDJSON, this.importer.maxReportBytes(), JSON)) {
			summary = this.importer.run(reports, new BulkImporter.Options(false, 2, "test", "test"), (outcome) -> {
			});
		}
		assertThat(summary.reports()).extracting(ImportSummary.Outcome::ingested).containsOnly(true);
		assertThat(summary.reports().get(2).resolved()).containsEntry("settlement:graivoron", "settlement:grayvoron")
			.containsEntry("event:test-xsrc-graivoron-night-incursion", RAID);
		assertThat(
				count("MATCH (n:Node) WHERE n.id IN ['settlement:graivoron', 'settlement:grayvoron'] RETURN count(n)"))
			.isEqualTo(1);
		assertThat(count("""
				MATCH (:Node {id: 'armed-group:russian-volunteer-corps'})-[r:PARTICIPATED_IN {role: 'attacker'}]->
				      (:Node {id: $raid}) RETURN count(r)""", Map.of("raid", RAID))).isEqualTo(1);
		assertThat(count("""
				MATCH (n:Actor|Place) UNWIND n.nameKeys AS key
				WITH CASE WHEN n:Actor THEN 'Actor' ELSE 'Place' END AS base, key, count(DISTINCT n) AS nodes
				WHERE nodes > 1 RETURN count(*)""")).isZero();
	}

	@Test
	void aBatchResolvedBeforeThePreviousBatchIsWrittenSeesWhatThatBatchCreates() {
		ReportIngester.Prepared morning = this.ingester.prepare(TestReports.bytes(MORNING));
		ReportIngester.Prepared evening = this.ingester.prepare(TestReports.bytes(EVENING));
		List<Problem> problems = new java.util.ArrayList<>();
		Resolver first = Resolver.of(Resolver.Lookups.read(this.writer, List.of(morning)));
		first.resolve(morning, problems);
		// Nothing of the morning report is written: the graph does not know Grayvoron.
		Resolver.Lookups graph = Resolver.Lookups.read(this.writer, List.of(evening));
		List<Problem> unresolved = new java.util.ArrayList<>();
		Resolver.Resolution alone = Resolver.of(graph).resolve(evening, unresolved);
		assertThat(alone.renamed()).doesNotContainKey("settlement:graivoron");
		// "RVC" is a name only the morning report gives the Russian Volunteer Corps.
		assertThat(unresolved).extracting(Problem::message).anyMatch((message) -> message.contains("'RVC'"));
		Resolver.Resolution carried = Resolver.of(graph, first.carry()).resolve(evening, problems);
		assertThat(problems).isEmpty();
		assertThat(carried.renamed()).containsEntry("settlement:graivoron", "settlement:grayvoron")
			.containsEntry("event:test-xsrc-graivoron-night-incursion", RAID);
		assertThat(carried.created()).doesNotContain("settlement:graivoron");
		// The same in one batch: the name the morning report adds counts for the
		// evening's.
		Resolver both = Resolver.of(Resolver.Lookups.read(this.writer, List.of(morning, evening)));
		both.resolve(morning, problems);
		assertThat(both.resolve(evening, problems).renamed()).containsEntry("settlement:graivoron",
				"settlement:grayvoron");
		assertThat(problems).isEmpty();
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
	void aNearMatchIsReportedEvenWhenEventTitlesRankAboveTheExistingName() {
		// Ten titles with both words of the new name, rare words among many titles, rank
		// above the seed's "Siberian Battalion", which has one of them: as many as the
		// candidates the look-up reads.
		this.neo4j.query("""
				UNWIND range(1, 500) AS i
				CREATE (:Event {id: 'event:test-xsrc-title-' + i,
				                title: CASE WHEN i <= 10 THEN 'Siberia Battalion' ELSE 'Shelling ' + i END})""").run();
		try {
			assertThat(this.neo4j
				.query("CALL db.index.fulltext.queryNodes('entity_search', 'Siberia Battalion', {limit: 10}) "
						+ "YIELD node RETURN count(CASE WHEN node:Event THEN 1 END) AS events")
				.fetchAs(Long.class)
				.one()).as("the titles rank first").contains(10L);
			IngestResult dryRun = this.ingester.ingest(JSON.writeValueAsBytes(siberiaReport()), true);
			assertThat(dryRun.nearMatches()).singleElement()
				.satisfies((match) -> assertThat(match.resembles()).isEqualTo("armed-group:siberian-battalion"));
		}
		finally {
			this.neo4j.query("MATCH (e:Event) WHERE e.id STARTS WITH 'event:test-xsrc-title-' DELETE e").run();
		}
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
		// Dated apart from each other and from the seed's raid, so that event
		// resolution leaves both events as they are and a person merges them.
		this.ingester.ingest(JSON.writeValueAsBytes(withEventDate(MORNING, "2024-03-10")), false);
		this.ingester.ingest(JSON.writeValueAsBytes(withEventDate(EVENING, "2024-03-11")), false);
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
		String corrected = JSON.writeValueAsString(withEventDate(EVENING, "2024-03-11"))
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

	@Test
	void anotherNewsroomsReportOfTheRaidResolvesOntoTheSeedsRaidEvent() {
		String event = "event:test-xsrc-2024-03-12-push-into-belgorod-region";
		Object title = one("MATCH (e:Event {id: '" + RAID + "'}) RETURN e.title AS value");

		// The dry run says what the event would become, and writes nothing.
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		IngestResult dryRun = this.ingester.ingest(TestReports.bytes(DISPATCH), true);
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
		assertThat(dryRun.resolved()).containsEntry(event, RAID);
		assertThat(dryRun.createdNodeIds()).doesNotContain(event);
		assertThat(dryRun.eventMatches()).singleElement().satisfies((match) -> {
			assertThat(match.id()).isEqualTo(event);
			assertThat(match.resolvedTo()).isEqualTo(RAID);
			assertThat(match.basis()).contains("Battles", "region:belgorod-oblast", "armed-group:siberian-battalion");
		});

		IngestResult written = this.ingester.ingest(TestReports.bytes(DISPATCH), false);
		assertThat(written.resolved()).containsEntry(event, RAID);
		assertThat(written.createdNodeIds()).isEmpty();
		assertThat(count("MATCH (n:Node {id: $id}) RETURN count(n)", Map.of("id", event))).isZero();
		assertOneAttackerEachWithBothSources();
		// The seed's wording of the event stays; the report adds its evidence.
		assertThat(one("MATCH (e:Event {id: '" + RAID + "'}) RETURN e.title AS value")).isEqualTo(title);
		assertThat(count("""
				MATCH (:Event {id: $raid})-[:EVIDENCED_BY]->(m:Mention {sourceId: 'source:test-xsrc-border-dispatch'})
				RETURN count(m)""", Map.of("raid", RAID))).isEqualTo(1);

		// Written again, reworded: resolved onto the raid again, nothing new.
		Map<String, Long> once = GraphCounts.of(this.neo4j);
		String reworded = TestReports.text(DISPATCH).replace("posted online", "posted online that day");
		IngestResult again = this.ingester.ingest(reworded.getBytes(StandardCharsets.UTF_8), false);
		assertThat(again.unchanged()).isFalse();
		assertThat(again.resolved()).containsEntry(event, RAID);
		assertThat(again.createdNodeIds()).isEmpty();
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(once);
		assertOneAttackerEachWithBothSources();
	}

	@Test
	void aNewEventThatSeveralExistingEventsAgreeWithIsWrittenWithAnInferenceAndListedAsACandidate() {
		String event = "event:test-xsrc-2024-03-12-breakthrough-attempt-at-nekhoteyevka";
		List<String> agreeing = List.of(RAID, "event:2024-03-12-attempted-border-crossing-into-belgorod-oblast",
				"event:2024-03-12-fighting-in-nekhoteevka-and-spodariushino");
		IngestResult result = this.ingester.ingest(TestReports.bytes(FRONTLINE), false);
		assertThat(result.createdNodeIds()).contains(event);
		assertThat(result.eventMatches()).singleElement().satisfies((match) -> {
			assertThat(match.resolvedTo()).isNull();
			assertThat(match.possiblySameAs()).containsExactlyInAnyOrderElementsOf(agreeing);
			assertThat(match.confidence()).isEqualTo(0.9);
		});
		// One POSSIBLY_SAME_AS to each, marked as an inference with confidence and basis.
		List<Map<String, Object>> inferences = List.copyOf(this.neo4j.query("""
				MATCH (:Event {id: $id})-[r:POSSIBLY_SAME_AS]->(other:Event)
				RETURN other.id AS other, r.inferred AS inferred, r.confidence AS confidence, r.basis AS basis""")
			.bind(event)
			.to("id")
			.fetch()
			.all());
		assertThat(inferences).extracting((row) -> row.get("other")).containsExactlyInAnyOrderElementsOf(agreeing);
		assertThat(inferences).allSatisfy((row) -> {
			assertThat(row.get("inferred")).isEqualTo(true);
			assertThat(row.get("confidence")).isEqualTo(0.9);
			assertThat((String) row.get("basis")).contains("settlement:nekhoteevka",
					"government-body:russian-defence-ministry", "not resolved");
		});

		// duplicateCandidates lists each pair for a person to merge or leave.
		List<String> pairs = this.graphQl.documentName("duplicateCandidates")
			.variable("kinds", List.of("EVENT"))
			.execute()
			.path("duplicateCandidates[*]")
			.entityList(Map.class)
			.get()
			.stream()
			.map((pair) -> ((Map<?, ?>) pair.get("a")).get("id") + " " + ((Map<?, ?>) pair.get("b")).get("id") + " "
					+ pair.get("linked"))
			.toList();
		assertThat(pairs).containsAll(agreeing.stream()
			.map((other) -> (other.compareTo(event) < 0) ? other + " " + event + " true"
					: event + " " + other + " true")
			.toList());

		// Written again: the event is known by its id now, so nothing new.
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		String reworded = TestReports.text(FRONTLINE).replace("heavy shelling", "heavy shelling again");
		IngestResult again = this.ingester.ingest(reworded.getBytes(StandardCharsets.UTF_8), false);
		assertThat(again.createdNodeIds()).isEmpty();
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	private void assertOneAttackerEachWithBothSources() {
		for (String group : List.of("armed-group:russian-volunteer-corps", "armed-group:siberian-battalion")) {
			List<Map<String, Object>> attackers = List.copyOf(this.neo4j.query("""
					MATCH (:Node {id: $group})-[r:PARTICIPATED_IN {role: 'attacker'}]->(:Node {id: $raid})
					RETURN r.sourceIds AS sources""").bindAll(Map.of("group", group, "raid", RAID)).fetch().all());
			assertThat(attackers).as(group)
				.singleElement()
				.satisfies((row) -> assertThat(TestReports.strings(row.get("sources")))
					.contains("source:cnn-2024-03-12-cross-border-raids", "source:test-xsrc-border-dispatch"));
		}
	}

	/** A test report with the date of its events changed. */
	private static Map<String, Object> withEventDate(String path, String date) {
		Map<String, Object> report = new java.util.LinkedHashMap<>(TestReports.map(path));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> events = (List<Map<String, Object>>) report.get("events");
		report.put("events", events.stream().map((event) -> {
			Map<String, Object> copy = new java.util.LinkedHashMap<>(event);
			copy.put("date", date);
			return copy;
		}).toList());
		return report;
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

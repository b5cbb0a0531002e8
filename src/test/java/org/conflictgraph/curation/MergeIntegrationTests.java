package org.conflictgraph.curation;

import java.time.Duration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.TestReports;
import org.conflictgraph.ingest.IngestResult;
import org.conflictgraph.ingest.ReportIngester;
import org.conflictgraph.security.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mergeEntities}: one village under two spellings becomes one node with all the
 * relationships and evidence of both; a preview writes nothing.
 */
@IntegrationTest
class MergeIntegrationTests {

	static final String SOURCE = "source:test-merge-report";

	static final String INTO = "settlement:test-novaya-tavolzhanka";

	static final String FROM = "settlement:test-nova-tavolzhanka";

	static final String EVENT = "event:test-2024-03-14-shelling-of-novaya-tavolzhanka";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ReportIngester ingester;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void ingestTwoSpellings() {
		this.ingester.ingest(TestReports.bytes(TestReports.MERGE), false);
	}

	@AfterEach
	void removeTheReport() {
		TestReports.scrub(this.neo4j, List.of(SOURCE, "source:test-merge-followup"));
	}

	@Test
	void aPreviewSaysWhatWouldChangeAndWritesNothing() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		merge(true).path("mergeEntities.preview")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("mergeEntities.moved")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("mergeEntities.combined")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("mergeEntities.aliasesAdded")
			.entityList(String.class)
			.containsExactly("Nova Tavolzhanka", "Nova Tavolzhanka village")
			.path("mergeEntities.auditId")
			.valueIsNull();
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
		assertThat(exists(FROM)).isTrue();
	}

	@Test
	void everyRelationshipAndAllProvenanceMoveToTheSurvivor() {
		long relationshipsOfBoth = relationshipsOf(INTO) + relationshipsOf(FROM);
		long evidenceOfBoth = evidenceOf(INTO) + evidenceOf(FROM);
		assertThat(attackedTargets()).containsExactly(FROM);

		merge(false).path("mergeEntities.combined")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("mergeEntities.relationships[?(@.oldId == 'DAMAGED:" + EVENT + "->" + FROM + "')].newId")
			.entityList(String.class)
			.containsExactly("DAMAGED:" + EVENT + "->" + INTO)
			.path("mergeEntities.propertiesFilled")
			.entityList(String.class)
			.contains("countryCode", "location", "locationPrecision")
			.path("mergeEntities.auditId")
			.entity(String.class)
			.satisfies((id) -> assertThat(id).startsWith("audit:"));

		assertThat(exists(FROM)).isFalse();
		// One LOCATED_IN was combined (both villages lay in Belgorod Oblast); ATTACKED
		// edges are derived afresh (one for the event, now to the survivor).
		assertThat(relationshipsOf(INTO)).isEqualTo(relationshipsOfBoth - 1);
		assertThat(evidenceOf(INTO)).isEqualTo(evidenceOfBoth);
		assertThat(attackedTargets()).containsExactly(INTO);
		Map<String, Object> located = this.neo4j.query("""
				MATCH (:Node {id: $id})-[r:LOCATED_IN]->(:Node {id: 'region:belgorod-oblast'})
				RETURN r.id AS id, r.mentionIds AS mentions, r.referenceIds AS references, r.sourceIds AS sources""")
			.bind(INTO)
			.to("id")
			.fetch()
			.one()
			.orElseThrow();
		assertThat(located.get("id")).isEqualTo("LOCATED_IN:" + INTO + "->region:belgorod-oblast");
		assertThat(TestReports.strings(located.get("mentions"))).hasSize(1);
		assertThat(TestReports.strings(located.get("references"))).containsExactly("source:geonames");
		assertThat(TestReports.strings(located.get("sources"))).containsExactlyInAnyOrder(SOURCE, "source:geonames");

		Map<String, Object> survivor = this.neo4j.query("""
				MATCH (n:Node {id: $id})
				RETURN n.name AS name, n.aliases AS aliases, n.nameKeys AS keys, n.nameKeyText AS keyText,
				       n.aliasText AS aliasText, n.mergedIds AS merged, n.countryCode AS country,
				       n.location.latitude AS latitude, n.description AS description""")
			.bind(INTO)
			.to("id")
			.fetch()
			.one()
			.orElseThrow();
		assertThat(survivor.get("name")).isEqualTo("Novaya Tavolzhanka");
		assertThat(TestReports.strings(survivor.get("aliases"))).containsExactly("Nova Tavolzhanka",
				"Nova Tavolzhanka village");
		assertThat((String) survivor.get("keyText")).contains("novatavoljanka");
		assertThat((String) survivor.get("aliasText")).isEqualTo("Nova Tavolzhanka | Nova Tavolzhanka village");
		assertThat(TestReports.strings(survivor.get("merged"))).containsExactly(FROM);
		assertThat(survivor.get("country")).isEqualTo("RU");
		assertThat(survivor.get("latitude")).isEqualTo(50.3);
		assertThat(survivor.get("description")).isEqualTo("Village in Belgorod region");

		// Every relationship still has evidence or a reference that exists.
		assertThat(this.neo4j.query("""
				MATCH (:Node {id: $id})-[r]-()
				WHERE type(r) <> 'PUBLISHED_BY'
				  AND size([m IN coalesce(r.mentionIds, []) WHERE EXISTS { MATCH (:Mention {id: m}) }])
				    + size([s IN coalesce(r.referenceIds, []) WHERE EXISTS { MATCH (:Source {id: s}) }]) = 0
				RETURN r.id""").bind(INTO).to("id").fetchAs(String.class).all()).isEmpty();
	}

	@Test
	void aLaterReportResolvesTheMergedNameAndTheMergedId() {
		merge(false).path("mergeEntities.into").entity(String.class).isEqualTo(INTO);
		String followup = """
				{ "formatVersion": 1,
				  "source": { "id": "source:test-merge-followup", "kind": "NewsArticle", "title": "t",
				    "published": "2024-03-20", "language": "en", "text": "Nova Tavolzhanka was hit again." },
				  "entities": [ { "id": "settlement:test-nova-tavolzhanka-again", "kind": "Settlement",
				    "name": "Nova Tavolzhanka", "evidence": [ { "quote": "Nova Tavolzhanka" } ] } ],
				  "events": [], "claims": [],
				  "relations": [ { "type": "LOCATED_IN", "from": "settlement:test-nova-tavolzhanka", "to": "region:belgorod-oblast",
				    "key": "followup", "evidence": [ { "quote": "Nova Tavolzhanka" } ] } ] }""";
		IngestResult result = this.ingester.ingest(followup.getBytes(StandardCharsets.UTF_8), false);
		assertThat(result.resolved()).containsEntry("settlement:test-nova-tavolzhanka-again", INTO)
			.containsEntry(FROM, INTO);
		assertThat(exists(FROM)).isFalse();
	}

	@Test
	void nodesOfDifferentBaseLabelsClaimsAndUnknownIdsAreRefused() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		assertError(merge(INTO, "armed-group:russian-volunteer-corps"), ErrorType.BAD_REQUEST, "same base label");
		List<String> claims = List
			.copyOf(this.neo4j.query("MATCH (c:Claim) RETURN c.id ORDER BY c.id LIMIT 2").fetchAs(String.class).all());
		assertError(merge(claims.get(0), claims.get(1)), ErrorType.BAD_REQUEST, "claims that agree stay separate");
		assertError(merge(INTO, INTO), ErrorType.BAD_REQUEST, "itself");
		assertError(merge(INTO, "settlement:test-no-such-village"), ErrorType.NOT_FOUND, "no-such-village");
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	private void assertError(GraphQlTester.Response response, ErrorType type, String text) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			assertThat(error.getMessage()).contains(text);
		}));
	}

	private GraphQlTester.Response merge(boolean preview) {
		return editor().documentName("mergeEntities")
			.variable("into", INTO)
			.variable("from", FROM)
			.variable("preview", preview)
			.execute();
	}

	private GraphQlTester.Response merge(String into, String from) {
		return editor().documentName("mergeEntities").variable("into", into).variable("from", from).execute();
	}

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate()
			.header("X-API-Key", TestKeys.EDITOR)
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.build();
	}

	private boolean exists(String id) {
		return this.neo4j.query("MATCH (n:Node {id: $id}) RETURN count(n) > 0")
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElseThrow();
	}

	private long relationshipsOf(String id) {
		return this.neo4j.query("MATCH (:Node {id: $id})-[r]-() WHERE type(r) <> 'ATTACKED' RETURN count(r)")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private long evidenceOf(String id) {
		return this.neo4j.query("MATCH (:Node {id: $id})-[r:EVIDENCED_BY]->(:Mention) RETURN count(r)")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private List<String> attackedTargets() {
		return List.copyOf(this.neo4j.query("""
				MATCH (:Actor {id: 'armed-group:russian-volunteer-corps'})-[r:ATTACKED {eventId: $event}]->(t)
				RETURN t.id""").bind(EVENT).to("event").fetchAs(String.class).all());
	}

}

package org.conflictgraph.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed article, loaded at startup through the pipeline, answers researchers'
 * questions straight from the stored graph, and every fact in it is sourced.
 */
@IntegrationTest
class SeedGraphIntegrationTests {

	static final String SEED = "source:cnn-2024-03-12-cross-border-raids";

	@Autowired
	Neo4jClient neo4j;

	@Test
	void everyMentionQuotesItsSourceVerbatimAtItsOffsets() {
		List<Map<String, Object>> mentions = rows("""
				MATCH (m:Mention)-[:IN_SOURCE]->(s:Source)
				RETURN m.id AS id, m.quote AS quote, m.start AS start, m.end AS end, s.text AS text""");
		assertThat(mentions).hasSizeGreaterThan(100);
		for (Map<String, Object> mention : mentions) {
			String text = (String) mention.get("text");
			int start = ((Number) mention.get("start")).intValue();
			int end = ((Number) mention.get("end")).intValue();
			assertThat(text.substring(start, end)).as((String) mention.get("id")).isEqualTo(mention.get("quote"));
		}
	}

	@Test
	void everyNodeOfAReportHasEvidenceOrAReference() {
		List<Map<String, Object>> unsupported = rows("""
				MATCH (n:Node) WHERE NOT n:Mention AND NOT n:Source
				  AND NOT (n)-[:EVIDENCED_BY]->(:Mention) AND NOT (n)-[:REFERENCED_IN]->(:Source)
				RETURN n.id AS id""");
		assertThat(unsupported).isEmpty();
	}

	@Test
	void everyRelationshipHasEvidenceOrAReferenceThatExists() {
		List<Map<String, Object>> unsupported = rows("""
				MATCH (:Node)-[r]->(:Node)
				WITH r, [id IN coalesce(r.mentionIds, []) WHERE EXISTS { MATCH (:Mention {id: id}) }] AS mentions,
				     [id IN coalesce(r.referenceIds, []) WHERE EXISTS { MATCH (:Source {id: id}) }] AS references
				WHERE type(r) <> 'PUBLISHED_BY' AND size(mentions) = 0 AND size(references) = 0
				   OR size(mentions) <> size(coalesce(r.mentionIds, []))
				RETURN type(r) AS type, r.id AS id""");
		assertThat(unsupported).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void backgroundFactsCiteAReferenceSourceNotTheArticle() {
		List<Map<String, Object>> rows = rows("""
				MATCH (v:Place {id: 'settlement:odnorobovka'})-[:LOCATED_IN*1..3]->(c:Country)
				RETURN c.id AS country""");
		assertThat(rows).extracting((row) -> row.get("country")).containsExactly("country:ukraine");
		List<Map<String, Object>> reference = rows("""
				MATCH (:Place {id: 'settlement:kryvyi-rih'})-[r:LOCATED_IN]->(:Place)
				RETURN r.mentionIds AS mentions, r.referenceIds AS references""");
		assertThat(reference).isNotEmpty().allSatisfy((row) -> {
			assertThat((List<Object>) row.get("mentions")).isEmpty();
			assertThat((List<Object>) row.get("references")).contains("source:geonames");
		});
	}

	@Test
	void threeGroupsClaimInvolvementInTheRaids() {
		List<Map<String, Object>> rows = rows("""
				MATCH (raid:Event {id: 'event:2024-03-12-cross-border-raids-into-russia'})
				MATCH (c:Claim)-[:ABOUT]->(e:Event) WHERE e = raid OR (e)-[:PART_OF*1..3]->(raid)
				MATCH (c)-[:CLAIMED_BY]->(g:ArmedGroup)
				RETURN DISTINCT g.id AS id ORDER BY id""");
		assertThat(rows).extracting((row) -> row.get("id"))
			.containsExactly("armed-group:russian-volunteer-corps", "armed-group:siberian-battalion",
					"armed-group:unnamed-anti-kremlin-russian-volunteer-group");
	}

	@Test
	void theMinistryClaimsFiveTanksAndAnArmoredPersonnelCarrierEliminated() {
		List<Map<String, Object>> rows = rows(
				"""
						MATCH (c:Claim {kind: 'destruction'})-[:CLAIMED_BY]->(:Actor {id: 'government-body:russian-defence-ministry'})
						MATCH (c)-[:ABOUT]->(a:Asset)
						RETURN c.destroyed AS destroyed, a.name AS asset, a.quantity AS quantity ORDER BY quantity""");
		assertThat(rows).extracting((row) -> ((Number) row.get("quantity")).intValue()).containsExactly(1, 5);
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("destroyed")).isEqualTo(6L));
	}

	@Test
	void interceptionsByRegionAddUpToTwentyFive() {
		List<Map<String, Object>> rows = rows("""
				MATCH (c:Claim {kind: 'interception'})-[:CLAIMED_BY]->(claimant:Actor)
				MATCH (c)-[:ABOUT]->(:Event)-[:OCCURRED_IN]->(region:Region)
				RETURN claimant.id AS claimant, region.id AS region, sum(c.intercepted) AS intercepted
				ORDER BY region""");
		assertThat(rows).extracting((row) -> row.get("claimant"))
			.containsOnly("government-body:russian-defence-ministry");
		assertThat(rows).extracting((row) -> row.get("region") + "=" + row.get("intercepted"))
			.containsExactly("region:belgorod-oblast=7", "region:bryansk-oblast=1", "region:kursk-oblast=11",
					"region:leningrad-oblast=1", "region:moscow=2", "region:oryol-oblast=2", "region:tula-oblast=1");
		assertThat(rows.stream().mapToLong((row) -> (Long) row.get("intercepted")).sum()).isEqualTo(25);
	}

	@Test
	void kryvyiRihCasualtiesAreAttributedToWhoReportedThem() {
		List<Map<String, Object>> rows = rows(
				"""
						MATCH (c:Claim)-[:ABOUT]->(e:Event)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..3]->(:Place {id: 'settlement:kryvyi-rih'})
						MATCH (c)-[:CLAIMED_BY]->(who:Actor)
						WITH DISTINCT c, who WHERE c.killed IS NOT NULL OR c.injured IS NOT NULL OR c.rescued IS NOT NULL
						RETURN who.id AS who, c.killed AS killed, c.injured AS injured, c.rescued AS rescued ORDER BY who""");
		assertThat(rows).extracting(
				(row) -> row.get("who") + " " + row.get("killed") + "/" + row.get("injured") + "/" + row.get("rescued"))
			.containsExactly("media-outlet:cnn 3/40/null", "person:oleksandr-vilkul null/null/9");
	}

	@Test
	void villagesLieInTheirRegionsUpToTheCountry() {
		List<Map<String, Object>> rows = rows("""
				MATCH path = (v:Settlement)-[:LOCATED_IN*]->(c:Country)
				WHERE v.id IN ['settlement:nekhoteevka', 'settlement:spodariushino', 'settlement:odnorobovka']
				RETURN v.id AS village, [p IN nodes(path) | p.id] AS chain ORDER BY village""");
		assertThat(rows).extracting((row) -> row.get("chain").toString())
			.containsExactly("[settlement:nekhoteevka, region:belgorod-oblast, country:russia]",
					"[settlement:odnorobovka, region:kharkiv-oblast, country:ukraine]",
					"[settlement:spodariushino, region:belgorod-oblast, country:russia]");
	}

	@Test
	void theMinistrysThwartedClaimStandsBesideTheGroupsClaimsAndContradictsThem() {
		List<Map<String, Object>> rows = rows("""
				MATCH (m:Claim)-[:CLAIMED_BY]->(:Actor {id: 'government-body:russian-defence-ministry'})
				MATCH (m)-[:CONTRADICTS]-(g:Claim)-[:CLAIMED_BY]->(group:ArmedGroup)
				RETURN DISTINCT group.id AS group ORDER BY group""");
		assertThat(rows).extracting((row) -> row.get("group"))
			.contains("armed-group:siberian-battalion", "armed-group:unnamed-anti-kremlin-russian-volunteer-group");
	}

	@Test
	void theUnnamedGroupStaysUnnamedAndItsLinkToTheLegionIsAnInference() {
		List<Map<String, Object>> rows = rows("""
				MATCH (g:ArmedGroup {id: 'armed-group:unnamed-anti-kremlin-russian-volunteer-group'})
				OPTIONAL MATCH (g)-[r:POSSIBLY_SAME_AS]->(legion:ArmedGroup)
				RETURN g.name AS name, legion.id AS legion, r.inferred AS inferred, r.confidence AS confidence""");
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat((String) row.get("name")).startsWith("Unnamed");
			assertThat(row.get("legion")).isEqualTo("armed-group:freedom-of-russia-legion");
			assertThat(row.get("inferred")).isEqualTo(true);
			assertThat(((Number) row.get("confidence")).doubleValue()).isBetween(0.0, 0.99);
		});
	}

	@Test
	void attacksAreDerivedForGraphFrontEndsAndLeadBackToTheirEvent() {
		List<Map<String, Object>> rows = rows("""
				MATCH (a:Actor)-[r:ATTACKED]->(t)
				MATCH (e:Event {id: r.eventId})
				RETURN a.id AS attacker, t.id AS target, e.id AS event, r.status = e.status AS sameStatus,
				       size(r.mentionIds) AS mentions""");
		assertThat(rows).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.get("sameStatus")).isEqualTo(true);
			assertThat((Long) row.get("mentions")).isPositive();
		});
		assertThat(rows).extracting((row) -> row.get("event"))
			.contains("event:2024-03-12-missile-strike-on-kryvyi-rih");
	}

	private List<Map<String, Object>> rows(String cypher) {
		return List.copyOf(this.neo4j.query(cypher).fetch().all());
	}

}

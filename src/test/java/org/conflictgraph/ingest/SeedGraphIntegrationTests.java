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
	void everyArmedGroupClaimAboutTheRaidsContradictsTheMinistrysThwartedClaimForAStatedReason() {
		List<Map<String, Object>> rows = rows(
				"""
						MATCH (raid:Event {id: 'event:2024-03-12-cross-border-raids-into-russia'})
						MATCH (g:Claim)-[:CLAIMED_BY]->(:ArmedGroup)
						WHERE EXISTS { MATCH (g)-[:ABOUT]->(e:Event) WHERE e = raid OR (e)-[:PART_OF*1..3]->(raid) }
						OPTIONAL MATCH (g)-[r:CONTRADICTS]-(:Claim {id: 'claim:defence-ministry-attacks-thwarted'})
						WITH g, r, COLLECT { MATCH (g)-[:EVIDENCED_BY]->(gm:Mention) RETURN gm.id } AS groupSide,
						     COLLECT { MATCH (:Claim {id: 'claim:defence-ministry-attacks-thwarted'})-[:EVIDENCED_BY]->(mm:Mention)
						               RETURN mm.id } AS ministrySide
						RETURN g.id AS claim, r.basis AS basis, r.inferred AS inferred, r.confidence AS confidence,
						       all(id IN groupSide + ministrySide WHERE id IN r.mentionIds) AS bothSides
						ORDER BY claim""");
		assertThat(rows).extracting((row) -> row.get("claim"))
			.containsExactly("claim:rdk-involved-in-the-fight", "claim:siberian-battalion-freedom-and-justice",
					"claim:siberian-battalion-home-at-last", "claim:unnamed-group-apc-destroyed",
					"claim:unnamed-group-cross-border-attacks-in-two-regions");
		assertThat(rows).allSatisfy((row) -> {
			assertThat((String) row.get("basis")).as("basis of %s", row.get("claim")).isNotBlank();
			assertThat(row.get("inferred")).isEqualTo(true);
			assertThat(((Number) row.get("confidence")).doubleValue()).isBetween(0.1, 0.99);
			assertThat(row.get("bothSides")).as("evidence of both sides for %s", row.get("claim")).isEqualTo(true);
		});
		assertThat(rows).filteredOn((row) -> row.get("claim").equals("claim:siberian-battalion-freedom-and-justice"))
			.singleElement()
			.satisfies((row) -> assertThat((String) row.get("basis")).startsWith("Weak, kept because"));
	}

	@Test
	void everyContradictionHasABasisAndTheRhetoricalOneAgainstTerroristFormationsIsGone() {
		List<Map<String, Object>> rows = rows("""
				MATCH (a:Claim)-[r:CONTRADICTS]->(b:Claim)
				RETURN a.id + ' -> ' + b.id AS link, r.basis AS basis ORDER BY link""");
		assertThat(rows).extracting((row) -> row.get("link"))
			.containsExactly("claim:defence-ministry-attacks-thwarted -> claim:rdk-involved-in-the-fight",
					"claim:defence-ministry-attacks-thwarted -> claim:siberian-battalion-freedom-and-justice",
					"claim:defence-ministry-attacks-thwarted -> claim:siberian-battalion-home-at-last",
					"claim:defence-ministry-attacks-thwarted -> claim:unnamed-group-apc-destroyed",
					"claim:defence-ministry-attacks-thwarted -> claim:unnamed-group-cross-border-attacks-in-two-regions",
					"claim:gladkov-ukrainian-fighters-not-in-belgorod-settlements -> claim:siberian-battalion-home-at-last");
		assertThat(rows).allSatisfy((row) -> assertThat((String) row.get("basis")).isNotBlank());
	}

	/**
	 * A reader of a claim's evidence alone can check who speaks: one of its quotes names
	 * the claimant the way the article does (its name, an alias, a quote that is evidence
	 * of the claimant, or the article's short forms below). Claims of the source's own
	 * publisher are the article's own voice.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void everyClaimsEvidenceShowsWhoSpeaks() {
		Map<String, List<String>> shortForms = Map.of("government-body:russian-defence-ministry",
				List.of("The ministry", "the ministry"), "armed-group:unnamed-anti-kremlin-russian-volunteer-group",
				List.of("Pro-Ukrainian groups of Russian fighters"));
		List<Map<String, Object>> rows = rows("""
				MATCH (c:Claim)-[:CLAIMED_BY]->(who:Actor)
				MATCH (c)-[:EVIDENCED_BY]->(m:Mention)-[:IN_SOURCE]->(s:Source)
				OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(publisher:Actor)
				WITH c, who, publisher, collect(m.quote) AS quotes
				RETURN c.id AS claim, who.id AS who, publisher.id AS publisher, quotes,
				       [who.name] + coalesce(who.aliases, [])
				       + COLLECT { MATCH (who)-[:EVIDENCED_BY]->(wm:Mention) RETURN wm.quote } AS namings""");
		assertThat(rows).hasSize(36);
		List<String> ownVoice = new java.util.ArrayList<>();
		for (Map<String, Object> row : rows) {
			if (row.get("who").equals(row.get("publisher"))) {
				ownVoice.add((String) row.get("claim"));
				continue;
			}
			List<String> namings = new java.util.ArrayList<>((List<String>) row.get("namings"));
			namings.addAll(shortForms.getOrDefault((String) row.get("who"), List.of()));
			List<String> quotes = (List<String>) row.get("quotes");
			assertThat(quotes).as("evidence of %s names %s", row.get("claim"), row.get("who"))
				.anySatisfy((quote) -> assertThat(namings).anySatisfy((naming) -> assertThat(quote).contains(naming)));
		}
		assertThat(ownVoice).containsExactlyInAnyOrder("claim:cnn-oryol-oil-depot-no-casualties",
				"claim:cnn-russia-fired-back-at-kryvyi-rih", "claim:cnn-kryvyi-rih-casualties");
	}

	@Test
	void theRaidLiesInBelgorodRegionAboveItsVillagesAndTheSecondRegionIsAMarkedInference() {
		List<Map<String, Object>> rows = rows("""
				MATCH (:Event {id: 'event:2024-03-12-cross-border-raids-into-russia'})-[r:OCCURRED_IN]->(p:Place)
				RETURN p.id AS place, coalesce(r.inferred, false) AS inferred, r.confidence AS confidence,
				       r.basis AS basis ORDER BY place""");
		assertThat(rows).extracting((row) -> row.get("place") + " inferred=" + row.get("inferred"))
			.containsExactly("country:russia inferred=false", "region:belgorod-oblast inferred=false",
					"region:kursk-oblast inferred=true");
		assertThat(rows.get(2).get("confidence")).isEqualTo(0.4);
		assertThat((String) rows.get(2).get("basis")).startsWith("Editorial inference, not reported");
		List<Map<String, Object>> villages = rows("""
				MATCH (v:Settlement)-[:LOCATED_IN]->(:Region {id: 'region:belgorod-oblast'})
				RETURN v.id AS village ORDER BY village""");
		assertThat(villages).extracting((row) -> row.get("village"))
			.containsExactly("settlement:nekhoteevka", "settlement:spodariushino");
	}

	@Test
	void editorialPartOfLinksAreInferencesAndTheStatedOnesHaveAQuote() {
		List<Map<String, Object>> rows = rows("""
				MATCH (a:Event)-[r:PART_OF]->(b:Event)
				RETURN a.id AS part, coalesce(r.inferred, false) AS inferred, r.basis AS basis,
				       size(r.mentionIds) AS mentions ORDER BY part""");
		assertThat(rows).filteredOn((row) -> ((String) row.get("part")).contains("drone-interception-over-"))
			.hasSize(7)
			.allSatisfy((row) -> {
				assertThat(row.get("inferred")).isEqualTo(true);
				assertThat((String) row.get("basis")).startsWith("Editorial link");
			});
		assertThat(rows).filteredOn((row) -> row.get("inferred").equals(false))
			.extracting((row) -> row.get("part"))
			.containsExactly("event:2024-03-12-drone-strike-on-oryol-oil-depot",
					"event:2024-03-12-fighting-in-nekhoteevka-and-spodariushino",
					"event:2024-03-12-fighting-near-odnorobovka");
		assertThat(rows).allSatisfy((row) -> assertThat((Long) row.get("mentions")).isPositive());
	}

	@Test
	@SuppressWarnings("unchecked")
	void aliasesTheArticleDoesNotUseCarryAReferenceSourceNamingThem() {
		List<Map<String, Object>> rows = rows("""
				MATCH (s:Source {id: $seed})
				MATCH (e:Node) WHERE e.aliases IS NOT NULL
				WITH s, e, [a IN e.aliases WHERE NOT s.text CONTAINS a] AS unused WHERE size(unused) > 0
				OPTIONAL MATCH (e)-[r:REFERENCED_IN]->(ref:Source)
				RETURN e.id AS id, unused, collect(r.note) AS notes""", Map.of("seed", SEED));
		assertThat(rows).extracting((row) -> row.get("id"))
			.contains("armed-group:russian-volunteer-corps", "armed-group:freedom-of-russia-legion");
		for (Map<String, Object> row : rows) {
			String notes = String.join(" ", (List<String>) row.get("notes"));
			assertThat((List<String>) row.get("unused")).as("aliases of %s", row.get("id"))
				.allSatisfy((alias) -> assertThat(notes).contains("'" + alias + "'"));
		}
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
		return rows(cypher, Map.of());
	}

	private List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.neo4j.query(cypher).bindAll(parameters).fetch().all());
	}

}

package org.conflictgraph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a researcher checking the seed article's facts relies on through the API: the
 * evidence shows who speaks, contradictions come with their reason, the source explains
 * what it lacks, and a wrong question is answered with an error that names the mistake,
 * never with an empty list that reads as "no such facts".
 */
@IntegrationTest
class SeedGraphFidelityIntegrationTests {

	@Autowired
	HttpGraphQlTester tester;

	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void theRdksClaimQuotesTheSentenceThatNamesIt() {
		List<String> quotes = this.graphQl.document("""
				{ claim(id: "claim:rdk-involved-in-the-fight") { evidence { quote } } }""")
			.execute()
			.path("claim.evidence[*].quote")
			.entityList(String.class)
			.get();
		assertThat(quotes).containsExactly(
				"A third group, the Russian Volunteer Corps (RDK), also claimed to be involved in the fight.");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theThwartedClaimListsItsContradictionsWithBasisConfidenceAndBothSidesEvidence() {
		List<Map<String, Object>> contradictions = this.graphQl.document("""
				{ claim(id: "claim:defence-ministry-attacks-thwarted") {
				    contradictions { claim { id claimant { id } } basis confidence evidence { quote } } } }""")
			.execute()
			.path("claim.contradictions")
			.entityList(Map.class)
			.get()
			.stream()
			.map((map) -> (Map<String, Object>) map)
			.toList();
		assertThat(contradictions).extracting((c) -> ((Map<String, Object>) c.get("claim")).get("id"))
			.containsExactly("claim:rdk-involved-in-the-fight", "claim:siberian-battalion-freedom-and-justice",
					"claim:siberian-battalion-home-at-last", "claim:unnamed-group-apc-destroyed",
					"claim:unnamed-group-cross-border-attacks-in-two-regions");
		assertThat(contradictions).allSatisfy((c) -> {
			assertThat((String) c.get("basis")).isNotBlank();
			assertThat(((Number) c.get("confidence")).doubleValue()).isBetween(0.1, 0.99);
			List<String> quotes = ((List<Map<String, Object>>) c.get("evidence")).stream()
				.map((m) -> (String) m.get("quote"))
				.toList();
			assertThat(quotes).as("the ministry's side").anySatisfy((q) -> assertThat(q).contains("“thwarted.”"));
			assertThat(quotes).as("the group's side").hasSizeGreaterThan(1);
		});
	}

	@Test
	void theSourceExplainsItsMissingUrl() {
		Map<String, Object> source = this.graphQl.document("""
				{ source(id: "source:cnn-2024-03-12-cross-border-raids") { url note } }""")
			.execute()
			.path("source")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(source.get("url")).isNull();
		assertThat((String) source.get("note")).contains("no headline or URL");
	}

	@Test
	void aClaimantThatIsNotAnIdIsNotFoundAndTheMessageNamesIt() {
		String message = GraphQlTests.singleError(this.graphQl.document("""
				{ claims(filter: {claimant: "Russian Defence Ministry"}) { totalCount } }"""), ErrorType.NOT_FOUND);
		assertThat(message).startsWith("filter.claimant: no actor with id 'Russian Defence Ministry'.");
	}

	@Test
	void aPlaceThatIsNotAnIdIsNotFoundInEventsCountsAndTimelines() {
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ events(filter: {place: "Belgorod"}) { totalCount } }"""), ErrorType.NOT_FOUND))
			.startsWith("filter.place: no place with id 'Belgorod'.");
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ eventCounts(groupBy: TYPE, filter: {place: "Belgorod"}) { count } }"""), ErrorType.NOT_FOUND))
			.startsWith("filter.place: no place with id 'Belgorod'.");
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ timeline(place: "region:atlantis") { totalCount } }"""), ErrorType.NOT_FOUND))
			.startsWith("place: no place with id 'region:atlantis'.");
	}

	@Test
	void anIdOfTheWrongKindIsNotFoundForThatArgument() {
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ claims(filter: {claimant: "region:belgorod-oblast"}) { totalCount } }"""), ErrorType.NOT_FOUND))
			.startsWith("filter.claimant: no actor with id 'region:belgorod-oblast'.");
	}

	@Test
	void anUnknownClaimKindIsABadRequestListingTheKindsTheGraphHolds() {
		String message = GraphQlTests.singleError(this.graphQl.document("""
				{ claims(filter: {kinds: ["Repulsion"]}) { totalCount } }"""), ErrorType.BAD_REQUEST);
		assertThat(message).startsWith("filter.kinds: unknown value 'Repulsion'. Accepted values: [")
			.contains("casualties", "repulsion", "interception");
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ claimTotals(filter: {kinds: ["Repulsion"]}) { claims } }"""), ErrorType.BAD_REQUEST))
			.isEqualTo(message);
	}

	@Test
	void unknownEventTypesAndSubTypesAreBadRequestsListingTheTaxonomy() {
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ events(filter: {types: ["battles"]}) { totalCount } }"""), ErrorType.BAD_REQUEST))
			.isEqualTo("filter.types: unknown value 'battles'. Accepted values: [Accidents, Battles, "
					+ "Explosions/Remote violence, Protests, Riots, Strategic developments, Violence against civilians]");
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ events(filter: {types: ["Battles"], subTypes: ["Air/drone strike"]}) { totalCount } }"""),
				ErrorType.BAD_REQUEST))
			.isEqualTo("filter.subTypes: unknown value 'Air/drone strike'. Accepted values: [Armed clash, "
					+ "Government regains territory, Non-state actor overtakes territory]");
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ claims(filter: {eventTypes: ["battles"]}) { totalCount } }"""), ErrorType.BAD_REQUEST))
			.startsWith("filter.eventTypes: unknown value 'battles'.");
	}

	@Test
	void knownIdsAndValuesStillAnswer() {
		int total = this.graphQl.document("""
				{ claims(filter: {claimant: "government-body:russian-defence-ministry", kinds: ["repulsion"],
				                  eventTypes: ["Battles"]}) { totalCount } }""")
			.execute()
			.path("claims.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(total).isEqualTo(1);
		int events = this.graphQl.document("""
				{ events(filter: {place: "region:belgorod-oblast", types: ["Battles"], subTypes: ["Armed clash"]}) {
				    totalCount } }""").execute().path("events.totalCount").entity(Integer.class).get();
		assertThat(events).isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void whatWasSaidIsSearchableAndHitsShowTheMatchedSpan() {
		List<Map<String, Object>> hits = statementHits("thwarted", null);
		assertThat(hits).isNotEmpty();
		assertThat(hits).anySatisfy((hit) -> {
			assertThat(hit.get("field")).isEqualTo("QUOTE");
			assertThat((String) hit.get("text")).contains("“thwarted.”");
			assertThat((List<Map<String, Object>>) ((Map<String, Object>) hit.get("mention")).get("supports"))
				.extracting((node) -> node.get("id"))
				.contains("claim:defence-ministry-attacks-thwarted");
		});
		assertThat(hits).allSatisfy((hit) -> {
			List<Map<String, Object>> matches = (List<Map<String, Object>>) hit.get("matches");
			assertThat(matches).isNotEmpty();
			String text = (String) hit.get("text");
			for (Map<String, Object> match : matches) {
				int start = ((Number) match.get("start")).intValue();
				int end = ((Number) match.get("end")).intValue();
				assertThat(text.substring(start, end)).isEqualTo(match.get("text")).isEqualToIgnoringCase("thwarted");
			}
		});
		assertThat(statementHits("Telegram", List.of("STATEMENT"))).extracting((hit) -> hit.get("field"))
			.containsOnly("STATEMENT");
		assertThat(statementHits("Telegram", List.of("STATEMENT")))
			.extracting((hit) -> ((Map<String, Object>) hit.get("claim")).get("id"))
			.contains("claim:siberian-battalion-home-at-last");
		assertThat(statementHits("hometown", List.of("QUOTE"))).extracting((hit) -> hit.get("text"))
			.contains("President Volodmyr Zelensky’s hometown");
	}

	@Test
	void searchingForOperatorsOrNothingIsABadRequest() {
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ searchStatements(text: "   ") { score } }"""), ErrorType.BAD_REQUEST))
			.isEqualTo("Search text needs at least one word");
	}

	@Test
	@SuppressWarnings("unchecked")
	void sourcesAreListableByKindPublisherAndDateWithCountsOfWhatTheySupport() {
		Map<String, Object> articles = this.graphQl.document("""
				{ sources(filter: {kinds: [NEWS_ARTICLE], publisher: "media-outlet:cnn", from: "2024-03-01",
				                   to: "2024-03-31"}, first: 5) {
				    totalCount nodes { id note supports { mentions claims events entities } } } }""")
			.execute()
			.path("sources")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) articles.get("nodes");
		assertThat(nodes).extracting((node) -> node.get("id")).contains("source:cnn-2024-03-12-cross-border-raids");
		assertThat(((Number) articles.get("totalCount")).intValue()).isEqualTo(nodes.size());
		Map<String, Object> seed = nodes.stream()
			.filter((node) -> node.get("id").equals("source:cnn-2024-03-12-cross-border-raids"))
			.findFirst()
			.orElseThrow();
		Map<String, Object> supports = (Map<String, Object>) seed.get("supports");
		assertThat(supports.get("claims")).isEqualTo(36);
		assertThat(supports.get("events")).isEqualTo(25);
		assertThat(((Number) supports.get("mentions")).intValue()).isGreaterThan(100);
		List<String> references = this.graphQl.document("""
				{ sources(filter: {kinds: [GAZETTEER]}) { nodes { id supports { entities } } } }""")
			.execute()
			.path("sources.nodes[*].id")
			.entityList(String.class)
			.get();
		assertThat(references).contains("source:geonames")
			.allSatisfy((id) -> assertThat(id).isNotEqualTo("source:cnn-2024-03-12-cross-border-raids"));
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ sources(filter: {publisher: "CNN"}) { totalCount } }"""), ErrorType.NOT_FOUND))
			.startsWith("filter.publisher: no actor with id 'CNN'.");
	}

	@Test
	void nestedListsResearchersPageThroughTakeFilters() {
		List<String> kinds = this.graphQl.document("""
				{ actor(id: "government-body:russian-defence-ministry") {
				    claims(filter: {kinds: ["repulsion", "casualties"]}, first: 50) { kind } } }""")
			.execute()
			.path("actor.claims[*].kind")
			.entityList(String.class)
			.get();
		assertThat(kinds).containsExactlyInAnyOrder("repulsion", "casualties");
		List<String> denials = this.graphQl.document("""
				{ actor(id: "person:vyacheslav-gladkov") { claims(filter: {stances: [DENIES]}) { id } } }""")
			.execute()
			.path("actor.claims[*].id")
			.entityList(String.class)
			.get();
		assertThat(denials).containsExactly("claim:gladkov-ukrainian-fighters-not-in-belgorod-settlements");
		List<String> battles = this.graphQl.document(
				"""
						{ place(id: "region:belgorod-oblast") {
						    events(filter: {types: ["Battles"], from: "2024-03-12", to: "2024-03-12"}, first: 50) { id type date } } }""")
			.execute()
			.path("place.events[*].id")
			.entityList(String.class)
			.get();
		assertThat(battles)
			.contains("event:2024-03-12-cross-border-raids-into-russia",
					"event:2024-03-12-fighting-in-nekhoteevka-and-spodariushino")
			.doesNotContain("event:2023-05-incursion-into-belgorod-oblast",
					"event:2024-03-12-drone-interception-over-belgorod");
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ place(id: "region:belgorod-oblast") { events(filter: {types: ["battles"]}) { id } } }"""),
				ErrorType.BAD_REQUEST))
			.startsWith("filter.types: unknown value 'battles'.");
		assertThat(GraphQlTests.singleError(this.graphQl.document(
				"""
						{ actor(id: "government-body:russian-defence-ministry") { claims(filter: {kinds: ["Repulsion"]}) { id } } }"""),
				ErrorType.BAD_REQUEST))
			.startsWith("filter.kinds: unknown value 'Repulsion'.");
	}

	@Test
	void theKryvyiRihFiguresAreStoredWithQualifierSubjectAndBreakdown() {
		Map<String, Object> stored = this.neo4j.query("""
				MATCH (c:Claim {id: 'claim:cnn-kryvyi-rih-casualties'})
				RETURN c.killed AS killed, c.killedQualifier AS killedQualifier, c.killedSubject AS killedSubject,
				       c.killedBreakdownSubjects AS killedParts, c.killedBreakdownValues AS killedValues,
				       c.killedBreakdownQualifiers AS killedPartQualifiers,
				       c.injured AS injured, c.injuredQualifier AS injuredQualifier,
				       c.injuredBreakdownSubjects AS injuredParts, c.injuredBreakdownValues AS injuredValues""")
			.fetch()
			.one()
			.orElseThrow();
		assertThat(stored).containsEntry("killed", 3L)
			.containsEntry("killedQualifier", "AT_LEAST")
			.containsEntry("killedSubject", "people")
			.containsEntry("killedParts", List.of("women", "men"))
			.containsEntry("killedValues", List.of(2L, 1L))
			.containsEntry("killedPartQualifiers", List.of("EXACT", "EXACT"))
			.containsEntry("injured", 40L)
			.containsEntry("injuredQualifier", "EXACT")
			.containsEntry("injuredParts", List.of("children"))
			.containsEntry("injuredValues", List.of(10L));
	}

	@Test
	void theKryvyiRihFiguresAreServedWithTheirQualifiersAndUcdpRanges() {
		assertThat(quantities("claim:cnn-kryvyi-rih-casualties")).containsExactly(
				"killed AT_LEAST 3 people [women 2 EXACT, men 1 EXACT] low=3 best=3 high=null",
				"injured EXACT 40 people [children 10 EXACT] low=40 best=40 high=40");
		this.graphQl.document("""
				{ claim(id: "claim:cnn-kryvyi-rih-casualties") { figures { killed injured } } }""")
			.execute()
			.path("claim.figures")
			.entity(Map.class)
			.isEqualTo(Map.of("killed", 3, "injured", 40));
	}

	@Test
	void theSeedsOtherFiguresSayWhatTheArticleSays() {
		assertThat(quantities("claim:kursk-governor-schools-move-online"))
			.containsExactly("affected MORE_THAN 4500 students [] low=4501 best=4501 high=null");
		assertThat(quantities("claim:ria-novosti-il-76-crew-and-passers-on-board"))
			.containsExactly("onBoard EXACT 15 people [crew members 8 EXACT, passers 7 EXACT] low=15 best=15 high=15");
		assertThat(quantities("claim:russia-blames-ukraine-for-january-il-76-downing")).containsExactly(
				"killed EXACT 74 people on board [] low=74 best=74 high=74",
				"onBoard EXACT 74 people [] low=74 best=74 high=74");
		assertThat(quantities("claim:defence-ministry-60-ukrainian-soldiers-killed"))
			.containsExactly("killed EXACT 60 Ukrainian soldiers [] low=60 best=60 high=60");
		assertThat(quantities("claim:defence-ministry-five-tanks-and-apc-eliminated")).containsExactly(
				"destroyed EXACT 6 armored vehicles [tanks 5 EXACT, armored personnel carrier 1 EXACT] low=6 best=6 high=6");
		assertThat(quantities("claim:gladkov-civilians-injured-and-hospitalized")).containsExactly(
				"injured EXACT 10 civilians [] low=10 best=10 high=10",
				"hospitalized EXACT 6 civilians [] low=6 best=6 high=6");
		assertThat(quantities("claim:defence-ministry-drones-intercepted-over-kursk")).containsExactly(
				"destroyed EXACT 11 drones [] low=11 best=11 high=11",
				"intercepted EXACT 11 drones [] low=11 best=11 high=11");
	}

	@Test
	@SuppressWarnings("unchecked")
	void deathTotalsKeepTheirQualifiersAndAreNeverAddedAcrossClaimants() {
		List<Map<String, Object>> rows = this.graphQl.document("""
				{ claimTotals { claimant { id } claims figures { killed }
				    quantities { measure value qualifier claims low best high } } }""")
			.execute()
			.path("claimTotals")
			.entityList(Map.class)
			.get()
			.stream()
			.map((map) -> (Map<String, Object>) map)
			.toList();
		List<String> killed = new java.util.ArrayList<>();
		for (Map<String, Object> row : rows) {
			for (Map<String, Object> total : (List<Map<String, Object>>) row.get("quantities")) {
				if (total.get("measure").equals("killed")) {
					killed.add(((Map<String, Object>) row.get("claimant")).get("id") + " " + total.get("qualifier")
							+ " " + total.get("value") + " claims=" + total.get("claims") + " low=" + total.get("low")
							+ " best=" + total.get("best") + " high=" + total.get("high"));
					assertThat(((Map<String, Object>) row.get("figures")).get("killed")).isEqualTo(total.get("value"));
				}
			}
		}
		// CNN: "At least three" in Kryvyi Rih plus "No casualties" in Oryol is at least
		// three; Gladkov's "no casualties" stays his; nobody's deaths are added to the
		// ministry's 60 or Russia's 74.
		assertThat(killed).containsExactlyInAnyOrder("media-outlet:cnn AT_LEAST 3 claims=2 low=3 best=3 high=null",
				"government-body:russian-defence-ministry EXACT 60 claims=1 low=60 best=60 high=60",
				"person:vyacheslav-gladkov EXACT 0 claims=1 low=0 best=0 high=0",
				"state:russia EXACT 74 claims=1 low=74 best=74 high=74");
	}

	@Test
	void kindNamesAreOneVocabularyAcrossSearchNeighborhoodAndActorNetwork() {
		for (String kinds : List.of("[ArmedGroup]", "[\"ArmedGroup\"]", "[ARMED_GROUP]", "[Actor]")) {
			assertThat(this.graphQl.document("""
					{ search(text: "Siberian Battalion", kinds: %s) { entity { id } } }""".formatted(kinds))
				.execute()
				.path("search[0].entity.id")
				.entity(String.class)
				.get()).as(kinds).isEqualTo("armed-group:siberian-battalion");
		}
		assertThat(this.graphQl.document("""
				{ search(text: "Siberian Battalion", kinds: [Settlement, Event]) { entity { id } } }""")
			.execute()
			.path("search[*].entity.id")
			.entityList(String.class)
			.get()).doesNotContain("armed-group:siberian-battalion");
		// The claim's claimant is an armed group; its event is no ArmedGroup.
		List<String> byLabel = neighbours("ArmedGroup");
		assertThat(byLabel).containsExactly("claim:siberian-battalion-home-at-last", "armed-group:siberian-battalion");
		assertThat(neighbours("Actor")).contains("armed-group:siberian-battalion");
		assertThat(neighbours("ARMED_GROUP")).isEqualTo(byLabel);
		assertThat(networkActors("ArmedGroup")).contains("armed-group:siberian-battalion")
			.isEqualTo(networkActors("ARMED_GROUP"))
			.doesNotContain("government-body:russian-defence-ministry");
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ search(text: "thwarted", kinds: [Claim]) { score } }"""), ErrorType.BAD_REQUEST))
			.startsWith("Unknown kind 'Claim' in kinds. Known kinds: [Actor, ArmedGroup,");
		assertThat(GraphQlTests.singleError(this.graphQl.document("""
				{ actorNetwork(filter: {actorKinds: ["Settlement"]}) { actorCount } }"""), ErrorType.BAD_REQUEST))
			.startsWith("Unknown kind 'Settlement' in actorKinds. Known kinds: [Actor, ArmedGroup,");
	}

	private List<String> neighbours(String kind) {
		return this.graphQl.document("""
				query around($kinds: [String!]) {
				  neighborhood(id: "claim:siberian-battalion-home-at-last", kinds: $kinds) { nodes { id } } }""")
			.variable("kinds", List.of(kind))
			.execute()
			.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.get();
	}

	private List<String> networkActors(String kind) {
		return this.graphQl.document("""
				query network($kinds: [String!]) {
				  actorNetwork(filter: {actorKinds: $kinds}, first: 100) { actors { actor { id } } } }""")
			.variable("kinds", List.of(kind))
			.execute()
			.path("actorNetwork.actors[*].actor.id")
			.entityList(String.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private List<String> quantities(String claimId) {
		List<Map<String, Object>> figures = this.graphQl.document(
				"""
						query figures($id: ID!) { claim(id: $id) {
						  quantities { measure value qualifier subject breakdown { subject value qualifier } low best high } } }""")
			.variable("id", claimId)
			.execute()
			.path("claim.quantities")
			.entityList(Map.class)
			.get()
			.stream()
			.map((map) -> (Map<String, Object>) map)
			.toList();
		return figures.stream()
			.map((f) -> f.get("measure") + " " + f.get("qualifier") + " " + f.get("value") + " " + f.get("subject")
					+ " "
					+ ((List<Map<String, Object>>) f.get("breakdown")).stream()
						.map((p) -> p.get("subject") + " " + p.get("value") + " " + p.get("qualifier"))
						.toList()
					+ " low=" + f.get("low") + " best=" + f.get("best") + " high=" + f.get("high"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> statementHits(String text, List<String> in) {
		return this.graphQl.document("""
				query hits($text: String!, $in: [StatementField!]) {
				  searchStatements(text: $text, in: $in, first: 20) {
				    field text score matches { start end text }
				    claim { id } mention { id start supports { id } } } }""")
			.variable("text", text)
			.variable("in", in)
			.execute()
			.path("searchStatements")
			.entityList(Map.class)
			.get()
			.stream()
			.map((map) -> (Map<String, Object>) map)
			.toList();
	}

}

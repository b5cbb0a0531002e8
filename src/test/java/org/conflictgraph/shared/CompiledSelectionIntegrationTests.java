package org.conflictgraph.shared;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.conflictgraph.ApiFixture;
import org.conflictgraph.GraphQlTests;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's nested event list and actor profile (src/test/java/.../ApiBenchmark)
 * are each answered by one compiled statement in one read transaction, with the same
 * answer as the batch loaders give; selections with fields the compiler does not know
 * still get the same answer, from the loaders, in the same transaction.
 */
@IntegrationTest
@ExtendWith(ApiFixture.class)
class CompiledSelectionIntegrationTests {

	private static final Map<String, Object> UPPER_OBLAST_2031 = Map.of("region", ApiFixture.UPPER_OBLAST, "from",
			"2031-01-01", "to", "2031-12-31");

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	QueryCounter counter;

	@Autowired
	SelectionCompiler compiler;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester)
			.mutate()
			.responseTimeout(Duration.ofMinutes(3))
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(3)))
			.build();
	}

	@AfterEach
	void compileAgain() {
		this.compiler.enabled(true);
	}

	@Test
	void theNestedEventListIsOneStatementInOneTransaction() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkEvents")
			.variables(UPPER_OBLAST_2031)
			.execute()
			.path("events.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(1)
			.path("events.edges[*].node.participants[*].actor.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty())
			.path("events.edges[*].node.places[*].place.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty())
			.path("events.edges[*].node.claims[*].claimant.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty())
			.path("events.edges[*].node.evidence[*].source.title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).isNotEmpty());
		assertThat(this.counter.statements()).hasSize(1);
		assertThat(this.counter.transactions()).isEqualTo(1);
	}

	@Test
	void theActorProfileIsOneStatementInOneTransaction() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkActorProfile")
			.variable("id", ApiFixture.VVC)
			.execute()
			.path("actor.evidence[*].source.title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).isNotEmpty())
			.path("actor.claims[*].evidence[*].quote")
			.entityList(String.class)
			.satisfies((quotes) -> assertThat(quotes).isNotEmpty())
			.path("actor.events[*].event.title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).isNotEmpty());
		assertThat(this.counter.statements()).hasSize(1);
		assertThat(this.counter.transactions()).isEqualTo(1);
	}

	@Test
	void theTotalCountOfAnEventPageIsCountedInThePagesOwnStatement() {
		Map<String, Object> firstOne = new java.util.HashMap<>(UPPER_OBLAST_2031);
		firstOne.put("first", 1);
		this.counter.reset();
		this.graphQl.documentName("compiledEventCount")
			.variables(firstOne)
			.execute()
			.path("events.totalCount")
			.entity(Integer.class)
			.satisfies((total) -> assertThat(total).isGreaterThan(1))
			.path("events.edges")
			.entityList(Object.class)
			.hasSize(1);
		assertThat(this.counter.statements()).hasSize(1);
		assertThat(this.counter.statements().get(0)).contains("AS totalCount");
		assertSameAnswerBothWays("compiledEventCount", firstOne, "events");
	}

	@Test
	void anEmptyPageAfterTheLastEventStillHasTheTotalCount() {
		Map<String, Object> all = new java.util.HashMap<>(UPPER_OBLAST_2031);
		all.put("first", 100);
		List<Object> page = new java.util.ArrayList<>();
		this.graphQl.documentName("compiledEventCount")
			.variables(all)
			.execute()
			.path("events")
			.entity(Map.class)
			.satisfies(page::add);
		Map<?, ?> events = (Map<?, ?>) page.get(0);
		assertThat(((Map<?, ?>) events.get("pageInfo")).get("hasNextPage")).isEqualTo(false);
		Map<String, Object> afterTheLast = new java.util.HashMap<>(all);
		afterTheLast.put("after", ((Map<?, ?>) events.get("pageInfo")).get("endCursor"));
		this.graphQl.documentName("compiledEventCount")
			.variables(afterTheLast)
			.execute()
			.path("events.edges")
			.entityList(Object.class)
			.hasSize(0)
			.path("events.totalCount")
			.entity(Integer.class)
			.isEqualTo(((List<?>) events.get("edges")).size());
	}

	@Test
	void theCompiledStatementReadsOnlyTheSelectedProperties() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkEvents").variables(UPPER_OBLAST_2031).execute().path("events").hasValue();
		String cypher = this.counter.statements().get(0);
		assertThat(cypher).contains(".killed", ".injured", ".statement", ".quote")
			.doesNotContain("reportIds", "nameKeys", "aliasText", ".text", ".summary", ".hospitalized", "Qualifier",
					".description");
	}

	@Test
	void theActorProfileStatementIsPinned() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkActorProfile")
			.variable("id", ApiFixture.VVC)
			.execute()
			.path("actor")
			.hasValue();
		assertThat(this.counter.statements()).singleElement().isEqualTo("""
				MATCH (a:Actor {id: $id})
				RETURN a{.id, .name, labels: labels(a), .aliases, .country, evidence: \
				COLLECT { MATCH (a)-[:EVIDENCED_BY]->(m1:Mention)-[:IN_SOURCE]->(s2:Source) \
				WITH m1, s2 \
				ORDER BY s2.published DESC, s2.id ASC, m1.start ASC LIMIT $first_3 \
				RETURN m1{.id, .quote, .start, .end, source: s2{.id, .kind, .title, .published}} AS item \
				ORDER BY s2.published DESC, s2.id ASC, m1.start ASC }, claims: \
				COLLECT { MATCH (c4:Claim)-[r5:CLAIMED_BY]->(a) \
				WITH c4 \
				ORDER BY coalesce(c4.date, date('0001-01-01')) DESC, c4.id DESC LIMIT $first_6 \
				RETURN c4{.id, .kind, .stance, .statement, .date, .killed, .injured, evidence: \
				COLLECT { MATCH (c4)-[:EVIDENCED_BY]->(m7:Mention)-[:IN_SOURCE]->(s8:Source) \
				WITH m7, s8 \
				ORDER BY s8.published DESC, s8.id ASC, m7.start ASC LIMIT $first_9 \
				RETURN m7{.id, .quote, .start, .end, source: s8{.id, .kind}} AS item \
				ORDER BY s8.published DESC, s8.id ASC, m7.start ASC }} AS item \
				ORDER BY coalesce(c4.date, date('0001-01-01')) DESC, c4.id DESC }, events: \
				COLLECT { MATCH (a)-[r11:PARTICIPATED_IN]->(e10:Event) \
				WITH DISTINCT e10 \
				ORDER BY e10.date DESC, e10.id DESC LIMIT $first_12 \
				MATCH (a)-[r11:PARTICIPATED_IN]->(e10) \
				WITH r11, e10 \
				ORDER BY e10.date DESC, e10.id DESC, r11.role ASC LIMIT $first_12 \
				RETURN {role: r11.role, event: e10{.id, .title, .date, .type, .status}} AS item \
				ORDER BY e10.date DESC, e10.id DESC, r11.role ASC }} AS a""");
	}

	@Test
	void theNestedEventListStatementIsPinned() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkEvents").variables(UPPER_OBLAST_2031).execute().path("events").hasValue();
		assertThat(this.counter.statements()).singleElement()
			.isEqualTo(
					"""
							MATCH (anchor:Place {id: $place})<-[:LOCATED_IN]-*(:Place)<-[:OCCURRED_IN]-(e:Event) USING INDEX anchor:Place(id)
							WITH DISTINCT e
							WHERE e.date IS NOT NULL
							  AND e.date >= $from
							  AND e.date <= $to
							WITH e ORDER BY e.date DESC, e.id DESC LIMIT $limit
							RETURN e{.id, .title, .date, .type, .status, participants: \
							COLLECT { MATCH (a1:Actor)-[r2:PARTICIPATED_IN]->(e) \
							RETURN {role: r2.role, actor: a1{.id, .name, labels: labels(a1)}} AS item \
							ORDER BY r2.role ASC, a1.name ASC }, places: \
							COLLECT { MATCH (e)-[r4:OCCURRED_IN]->(p3:Place) \
							RETURN {precision: r4.precision, place: p3{.id, .name, labels: labels(p3)}} AS item \
							ORDER BY p3.adminLevel DESC, p3.name ASC }, claims: \
							COLLECT { MATCH (c5:Claim)-[r6:ABOUT]->(e) \
							RETURN c5{.id, .kind, .stance, .statement, .killed, .injured, claimant: \
							COLLECT { MATCH (c5)-[:CLAIMED_BY]->(x7:Actor) \
							WITH x7 \
							ORDER BY x7.name ASC LIMIT 1 \
							RETURN x7{.id, .name, labels: labels(x7)} AS item \
							ORDER BY x7.name ASC }} AS item \
							ORDER BY coalesce(c5.date, date('0001-01-01')) ASC, c5.id ASC }, evidence: \
							COLLECT { MATCH (e)-[:EVIDENCED_BY]->(m8:Mention)-[:IN_SOURCE]->(s9:Source) \
							WITH m8, s9 \
							ORDER BY s9.published DESC, s9.id ASC, m8.start ASC LIMIT $first_10 \
							RETURN m8{.id, .quote, .start, .end, source: s9{.id, .kind, .title, .published}} AS item \
							ORDER BY s9.published DESC, s9.id ASC, m8.start ASC }} AS row, e.date AS sortKey
							ORDER BY e.date DESC, e.id DESC""");
	}

	@Test
	void compiledAnswersAreTheBatchLoadersAnswers() {
		assertSameAnswerBothWays("benchmarkEvents", UPPER_OBLAST_2031, "events");
		assertSameAnswerBothWays("benchmarkActorProfile", Map.of("id", ApiFixture.VVC), "actor");
		assertSameAnswerBothWays("benchmarkActorProfile", Map.of("id", ApiFixture.SOUTHERN_FORCES), "actor");
	}

	/**
	 * The compiled list of an actor's events finds its first events before it reads the
	 * roles; a page that ends between the two roles the Valley Volunteer Corps has in the
	 * Zolotoevka raid must still hold the same participations as the loader's.
	 */
	@Test
	void aPageOfAnActorsEventsThatEndsBetweenTwoRolesInOneEventIsTheLoadersPage() {
		List<Object> events = new java.util.ArrayList<>();
		this.graphQl.documentName("actorEventsPage")
			.variable("id", ApiFixture.VVC)
			.variable("first", 100)
			.execute()
			.path("actor.events[?(@.event.id == '" + ApiFixture.RAID_ZOLOTOEVKA + "')].role")
			.entityList(Object.class)
			.satisfies((roles) -> assertThat(roles).as("the fixture's two roles of the corps in one raid").hasSize(2))
			.path("actor.events")
			.entityList(Object.class)
			.satisfies(events::addAll);
		int all = events.size();
		assertThat(all).isGreaterThan(2);
		for (int first = 1; first <= all; first++) {
			assertSameAnswerBothWays("actorEventsPage", Map.of("id", ApiFixture.VVC, "first", first), "actor");
		}
		this.counter.reset();
		this.graphQl.documentName("actorEventsPage").variable("id", ApiFixture.VVC).variable("first", 1).execute();
		assertThat(this.counter.statements()).singleElement()
			.asString()
			.contains(
					"WITH DISTINCT e1 ORDER BY e1.date DESC, e1.id DESC LIMIT $first_3 MATCH (a)-[r2:PARTICIPATED_IN]->(e1)");
	}

	@Test
	void relationshipsBackToTheParentAliasesAndArgumentsAreCompiledWithTheSameAnswer() {
		this.counter.reset();
		this.graphQl.documentName("compiledBackReferences")
			.variable("id", ApiFixture.VVC)
			.execute()
			.path("actor.events[*].event.participants[*].event.title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).isNotEmpty())
			.path("actor.firstQuote")
			.entityList(Object.class)
			.hasSize(1)
			.path("actor.evidence")
			.entityList(Object.class)
			.hasSize(2);
		assertThat(this.counter.statements()).hasSize(1);
		assertSameAnswerBothWays("compiledBackReferences", Map.of("id", ApiFixture.VVC), "actor");
		assertSameAnswerBothWays("compiledBackReferences", Map.of("id", ApiFixture.MINISTRY), "actor");
	}

	@Test
	void selectionsWithFieldsTheCompilerDoesNotKnowGetTheLoadersAnswersInTheSameTransaction() {
		// Both documents select relationship fields nobody compiles (references, partOf,
		// assets, effects, the evidence of relationships, filtered claims...).
		assertSameAnswerBothWays("nestedEvents", Map.of("source", ApiFixture.ARTICLE, "first", 20), "events");
		assertSameAnswerBothWays("actorProfile", Map.of("id", ApiFixture.VVC), "actor");
		this.counter.reset();
		this.graphQl.documentName("nestedEvents")
			.variable("source", ApiFixture.ARTICLE)
			.variable("first", 20)
			.execute()
			.path("events")
			.hasValue();
		assertThat(this.counter.count()).isGreaterThan(1);
		assertThat(this.counter.transactions()).isEqualTo(1);
	}

	@Test
	void theTimelineStatementReadsOnlyTheSelectedPropertiesOfItsEvents() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkTimeline")
			.variable("actor", ApiFixture.VVC)
			.execute()
			.path("timeline.nodes[*].event.title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).isNotEmpty());
		assertThat(this.counter.statements()).singleElement()
			.isEqualTo(
					"""
							MATCH (anchor:Actor {id: $actor})-[participation:PARTICIPATED_IN]->(e:Event) USING INDEX anchor:Actor(id)
							WITH DISTINCT e
							WHERE e.date IS NOT NULL
							RETURN e{.id, .title, .date, .type, .status} AS row, e.date AS sortKey, \
							[(:Actor {id: $actor})-[r:PARTICIPATED_IN]->(e) | r.role] AS roles
							ORDER BY e.date, e.id
							LIMIT $limit""");
	}

	@Test
	void aTimelineWithNestedEventFieldsGetsTheLoadersAnswerInOneStatement() {
		this.counter.reset();
		answer("timelineWithEvents", Map.of("actor", ApiFixture.VVC), "timeline");
		assertThat(this.counter.statements()).hasSize(1);
		assertSameAnswerBothWays("timelineWithEvents", Map.of("actor", ApiFixture.VVC), "timeline");
	}

	private void assertSameAnswerBothWays(String document, Map<String, Object> variables, String root) {
		Object compiled = answer(document, variables, root);
		this.compiler.enabled(false);
		this.counter.reset();
		Object loaded = answer(document, variables, root);
		int loaderStatements = this.counter.count();
		this.compiler.enabled(true);
		assertThat(compiled).as(document).usingRecursiveComparison().isEqualTo(loaded);
		assertThat(loaderStatements).as("statements of %s through the loaders", document).isGreaterThan(1);
	}

	private Object answer(String document, Map<String, Object> variables, String root) {
		List<Object> answer = new java.util.ArrayList<>();
		this.graphQl.documentName(document)
			.variables(variables)
			.execute()
			.path(root)
			.entity(Object.class)
			.satisfies(answer::add);
		return answer.get(0);
	}

}

package org.conflictgraph.actor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.conflictgraph.ApiFixture;
import org.conflictgraph.GraphQlTests;
import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictgraph.ApiFixture.*;

@IntegrationTest
@ExtendWith(ApiFixture.class)
class ActorIntegrationTests {

	@Autowired
	HttpGraphQlTester tester;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void actorProfileShowsItsRelationshipsEachWithItsEvidence() {
		GraphQlTester.Response response = profile(VVC);
		response.path("actor.name").entity(String.class).isEqualTo("Valley Volunteer Corps");
		response.path("actor.kind").entity(String.class).isEqualTo("ARMED_GROUP");
		response.path("actor.aliases").entityList(String.class).containsExactly("VVC", "Volunteer Corps of the Valley");
		response.path("actor.country").entity(String.class).isEqualTo("XA");
		response.path("actor.evidence[*].quote")
			.entityList(String.class)
			.containsExactly("Fighters of the Valley Volunteer Corps (VVC)", "The VVC said it had destroyed");
		response.path("actor.evidence[0].start").entity(Integer.class).isEqualTo(0);
		response.path("actor.evidence[0].end").entity(Integer.class).isEqualTo(44);
		response.path("actor.evidence[0].source.id").entity(String.class).isEqualTo(ARTICLE);
		response.path("actor.evidence[0].source.publisher").entity(String.class).isEqualTo("Daily Courier");
		response.path("actor.evidence[0].source.published").entity(String.class).isEqualTo("2031-05-07");
		response.path("actor.partOf[*].group.id").entityList(String.class).containsExactly(NORTHERN_FORCES);
		response.path("actor.partOf[0].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("a unit of the Northern Armed Forces");
		response.path("actor.members").entityList(Object.class).hasSize(0);
		response.path("actor.events[*].event.id")
			.entityList(String.class)
			.containsExactly(RAID_ZOLOTOEVKA, RAID_KRASNOE, INCURSION);
		// The same participation reported by the article and by the post: one edge, both
		// quotes.
		response.path("actor.events[1].evidence[*].quote")
			.entityList(String.class)
			.contains("Zolotoevka and Krasnoe", "The Valley Volunteer Corps took Krasnoe")
			.hasSize(2);
		response.path("actor.attacks[*].target.id").entityList(String.class).containsExactly(APC);
		response.path("actor.attacks[0].event.id").entity(String.class).isEqualTo(RAID_KRASNOE);
		response.path("actor.attacks[0].status").entity(String.class).isEqualTo("DISPUTED");
		response.path("actor.claims[*].id")
			.entityList(String.class)
			.containsExactly("claim:test-api-vvc-raided-zolotoevka-and-krasnoe", "claim:test-api-vvc-post-took-krasnoe",
					"claim:test-api-vvc-destroyed-apc", "claim:test-api-vvc-promised-to-return");
	}

	@Test
	void anInferredIdentityIsMarkedAsSuchFromBothSides() {
		GraphQlTester.Response hill = profile(HILL_VOLUNTEERS);
		hill.path("actor.possiblySameAs[*].actor.id").entityList(String.class).containsExactly(LEGION);
		hill.path("actor.possiblySameAs[0].inferred").entity(Boolean.class).isEqualTo(true);
		hill.path("actor.possiblySameAs[0].confidence").entity(Double.class).isEqualTo(0.4);
		hill.path("actor.possiblySameAs[0].basis")
			.entity(String.class)
			.isEqualTo("Both are described as volunteers from the hills who crossed into Upper Oblast.");
		hill.path("actor.possiblySameAs[0].evidence[*].quote")
			.entityList(String.class)
			.contains("a few dozen volunteers from the hills", "the Freedom of the Hills Legion")
			.hasSize(2);
		profile(LEGION).path("actor.possiblySameAs[*].actor.id")
			.entityList(String.class)
			.containsExactly(HILL_VOLUNTEERS);
	}

	@Test
	void aPersonsPositionsAndAccusationsLeadToTheirEventAndClaim() {
		GraphQlTester.Response mayor = profile(MAYOR);
		mayor.path("actor.kind").entity(String.class).isEqualTo("PERSON");
		mayor.path("actor.positions[*].position").entityList(String.class).containsExactly("Mayor");
		mayor.path("actor.positions[0].of.id").entity(String.class).isEqualTo(DUBKI);
		mayor.path("actor.blames[*].accused.id").entityList(String.class).containsExactly(SOUTHERN_FORCES);
		mayor.path("actor.blames[0].event.id").entity(String.class).isEqualTo(DUBKI_STRIKE);
		mayor.path("actor.blames[0].claim.id")
			.entity(String.class)
			.isEqualTo("claim:test-api-mayor-blames-southern-armed-forces");
		mayor.path("actor.blames[0].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("blamed the Southern Armed Forces");
	}

	@Test
	void backgroundLocationCarriesItsReference() {
		GraphQlTester.Response forces = profile(SOUTHERN_FORCES);
		forces.path("actor.locatedIn[*].place.id").entityList(String.class).containsExactly(SOUTHLAND);
		forces.path("actor.locatedIn[0].references[*].source.id")
			.entityList(String.class)
			.containsExactly("source:test-api-editorial");
	}

	@Test
	void unknownActorIsNotFound() {
		String message = GraphQlTests.singleError(
				this.graphQl.documentName("actorProfile").variable("id", "armed-group:test-api-nobody"),
				ErrorType.NOT_FOUND);
		assertThat(message).isEqualTo("No actor with id 'armed-group:test-api-nobody'");
	}

	@Test
	void actorsOfOneKindMentionedInASource() {
		assertThat(actorIds(Map.of("source", ARTICLE, "kinds", List.of("ARMED_GROUP")))).containsExactly(LEGION,
				HILL_VOLUNTEERS, VVC);
	}

	@Test
	void nameFilterMatchesNamesAndAliasesByWordPrefixes() {
		assertThat(actorIds(Map.of("name", "VVC"))).containsExactly(VVC);
		assertThat(actorIds(Map.of("name", "free hills"))).containsExactly(LEGION);
		assertThat(actorIds(Map.of("name", "valley corps"))).containsExactly(VVC);
		assertThat(actorIds(Map.of("name", "valley corps", "kinds", List.of("PERSON")))).isEmpty();
	}

	@Test
	void actorsOfAnEventInARole() {
		assertThat(actorIds(Map.of("event", RAID_ZOLOTOEVKA, "role", "ATTACKER"))).containsExactly(HILL_VOLUNTEERS,
				VVC);
		assertThat(actorIds(Map.of("event", RAID_ZOLOTOEVKA, "role", "CLAIMANT"))).containsExactly(VVC);
		assertThat(actorIds(Map.of("event", RAID_ZOLOTOEVKA))).containsExactly(HILL_VOLUNTEERS, VVC);
	}

	@Test
	void actorsLocatedAnywhereBeneathAPlaceOfACountry() {
		assertThat(actorIds(Map.of("place", SOUTHLAND))).containsExactly(SOUTHERN_FORCES);
		assertThat(actorIds(Map.of("countries", List.of("XA"), "kinds", List.of("MILITARY_FORCE"))))
			.containsExactly(NORTHERN_FORCES);
	}

	@Test
	void pagesByNameHaveNoDuplicatesOrGapsInEitherDirection() {
		Map<String, Object> filter = Map.of("filter", Map.of("countries", List.of("XA", "XB")));
		List<String> ascending = GraphQlTests.pageThrough(this.graphQl, "actorList", filter, "actors",
				"edges[*].node.id", 2);
		assertThat(ascending).containsExactly(LEGION, NORTHERN_FORCES, SOUTHERN_FORCES, MINISTRY, HILL_VOLUNTEERS, VVC);
		Map<String, Object> descending = Map.of("filter", Map.of("countries", List.of("XA", "XB")), "sort",
				"NAME_DESC");
		assertThat(GraphQlTests.pageThrough(this.graphQl, "actorList", descending, "actors", "edges[*].node.id", 4))
			.containsExactly(VVC, HILL_VOLUNTEERS, MINISTRY, SOUTHERN_FORCES, NORTHERN_FORCES, LEGION);
	}

	@Test
	void aSecondPageSaysItHasAPreviousPage() {
		GraphQlTester.Response first = this.graphQl.documentName("actorList")
			.variable("filter", Map.of("countries", List.of("XA", "XB")))
			.variable("first", 2)
			.execute();
		first.path("actors.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		String cursor = first.path("actors.pageInfo.endCursor").entity(String.class).get();
		first.path("actors.edges[1].cursor").entity(String.class).isEqualTo(cursor);
		this.graphQl.documentName("actorList")
			.variable("filter", Map.of("countries", List.of("XA", "XB")))
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("actors.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void sourcePublishedByItsOutlet() {
		this.graphQl.documentName("sourceDetail")
			.variable("id", ARTICLE)
			.execute()
			.path("source.publishedBy.id")
			.entity(String.class)
			.isEqualTo(COURIER);
	}

	private GraphQlTester.Response profile(String id) {
		return this.graphQl.documentName("actorProfile").variable("id", id).execute();
	}

	private List<String> actorIds(Map<String, Object> filter) {
		return this.graphQl.documentName("actorList")
			.variable("filter", filter)
			.variable("first", 100)
			.execute()
			.path("actors.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}

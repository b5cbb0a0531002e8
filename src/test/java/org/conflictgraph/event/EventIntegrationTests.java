package org.conflictgraph.event;

import java.util.ArrayList;
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
class EventIntegrationTests {

	static final Map<String, Object> IN_ARTICLE = Map.of("source", ARTICLE);

	@Autowired
	HttpGraphQlTester tester;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void anEventWithEverythingAroundIt() {
		GraphQlTester.Response raid = detail(RAID_KRASNOE);
		raid.path("event.name").entity(String.class).isEqualTo("Raid on Krasnoe");
		raid.path("event.title").entity(String.class).isEqualTo("Raid on Krasnoe");
		raid.path("event.kind").entity(String.class).isEqualTo("EVENT");
		raid.path("event.date").entity(String.class).isEqualTo("2031-05-06");
		raid.path("event.datePrecision").entity(String.class).isEqualTo("DAY");
		raid.path("event.type").entity(String.class).isEqualTo("Battles");
		raid.path("event.subType").entity(String.class).isEqualTo("Armed clash");
		raid.path("event.status").entity(String.class).isEqualTo("DISPUTED");
		raid.path("event.partOf.id").entity(String.class).isEqualTo(INCURSION);
		raid.path("event.participants[*].actor.id").entityList(String.class).containsExactly(VVC);
		raid.path("event.participants[0].role").entity(String.class).isEqualTo("ATTACKER");
		raid.path("event.participants[0].evidence[*].source.id").entityList(String.class).contains(ARTICLE, POST);
		raid.path("event.places[*].place.id").entityList(String.class).containsExactly(KRASNOE);
		raid.path("event.places[0].precision").entity(String.class).isEqualTo("in");
		raid.path("event.places[0].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("Zolotoevka and Krasnoe");
		raid.path("event.assets[*].asset.id").entityList(String.class).containsExactly(APC);
		raid.path("event.assets[0].asset.kind").entity(String.class).isEqualTo("VEHICLE");
		raid.path("event.assets[0].role").entity(String.class).isEqualTo("destroyed");
		raid.path("event.effects[*].action").entityList(String.class).containsExactly("DESTROYED");
		raid.path("event.effects[0].by.id").entity(String.class).isEqualTo(RAID_KRASNOE);
		raid.path("event.effects[0].target.id").entity(String.class).isEqualTo(APC);
		raid.path("event.effects[0].event.id").entity(String.class).isEqualTo(RAID_KRASNOE);
		raid.path("event.claims[*].id")
			.entityList(String.class)
			.containsExactly("claim:test-api-vvc-destroyed-apc", "claim:test-api-vvc-post-took-krasnoe",
					"claim:test-api-vvc-raided-zolotoevka-and-krasnoe");
		detail(INCURSION).path("event.subEvents[*].id")
			.entityList(String.class)
			.containsExactly(RAID_KRASNOE, RAID_ZOLOTOEVKA);
	}

	@Test
	void unknownEventIsNotFound() {
		GraphQlTests.singleError(this.graphQl.documentName("eventDetail").variable("id", "event:test-api-never"),
				ErrorType.NOT_FOUND);
	}

	@Test
	void eventsInADateRangeNewestFirst() {
		assertThat(eventIds(Map.of("source", ARTICLE, "from", "2031-05-05", "to", "2031-05-06"), "DATE_DESC"))
			.containsExactly(RAID_ZOLOTOEVKA, RAID_KRASNOE, INCURSION, DEPOT_STRIKE, DRONES_UPPER, DRONES_LOWER);
		assertThat(eventIds(Map.of("source", ARTICLE, "to", "2031-04-01"), "DATE_ASC")).containsExactly(OLD_INCURSION,
				shelling(1, "evening"), shelling(1, "morning"));
	}

	@Test
	void eventsByTypeSubTypeAndStatus() {
		assertThat(eventIds(Map.of("source", ARTICLE, "types", List.of("Battles")), "DATE_ASC"))
			.containsExactly(OLD_INCURSION, INCURSION, RAID_KRASNOE, RAID_ZOLOTOEVKA);
		assertThat(eventIds(Map.of("source", ARTICLE, "subTypes", List.of("Air/drone strike")), "DATE_ASC"))
			.containsExactly(DRONES_LOWER, DRONES_UPPER, DEPOT_STRIKE);
		assertThat(eventIds(Map.of("source", ARTICLE, "statuses", List.of("CLAIMED")), "DATE_ASC"))
			.containsExactly(OLD_INCURSION, DRONES_LOWER, DRONES_UPPER);
	}

	@Test
	void eventsAnywhereBeneathAPlaceOrNearAPointOrInACountry() {
		assertThat(eventIds(Map.of("place", UPPER_OBLAST, "from", "2031-05-01"), "DATE_DESC"))
			.containsExactly(RAID_ZOLOTOEVKA, RAID_KRASNOE, INCURSION, DRONES_UPPER);
		assertThat(eventIds(Map.of("place", LOWER_OBLAST), "DATE_DESC")).containsExactly(DEPOT_STRIKE, DRONES_LOWER);
		assertThat(eventIds(Map.of("near", Map.of("latitude", 12.1, "longitude", 22.1, "km", 5)), "DATE_DESC"))
			.containsExactly(DUBKI_STRIKE);
		assertThat(eventIds(Map.of("countries", List.of("XA")), "DATE_DESC")).containsExactly(DUBKI_STRIKE);
	}

	@Test
	void eventsOfAnActorInARoleOrClaimedAboutByAnActor() {
		assertThat(eventIds(Map.of("actor", VVC), "DATE_DESC")).containsExactly(RAID_ZOLOTOEVKA, RAID_KRASNOE,
				INCURSION);
		assertThat(eventIds(Map.of("actor", VVC, "role", "CLAIMANT"), "DATE_DESC")).containsExactly(RAID_ZOLOTOEVKA);
		assertThat(eventIds(Map.of("actor", SOUTHERN_FORCES, "role", "DEFENDER"), "DATE_DESC"))
			.containsExactly(INCURSION);
		assertThat(eventIds(Map.of("source", ARTICLE, "role", "REPORTER"), "DATE_DESC")).containsExactly(DRONES_UPPER);
		assertThat(eventIds(Map.of("claimant", MINISTRY), "DATE_DESC")).containsExactly(DUBKI_STRIKE, RAID_ZOLOTOEVKA,
				INCURSION, DRONES_UPPER, DRONES_LOWER);
		assertThat(
				eventIds(Map.of("claimant", MINISTRY, "place", UPPER_OBLAST, "types", List.of("Battles")), "DATE_DESC"))
			.containsExactly(RAID_ZOLOTOEVKA, INCURSION);
	}

	@Test
	void eventsEvidencedByASource() {
		assertThat(eventIds(Map.of("source", POST), "DATE_DESC")).isEmpty();
		assertThat(eventIds(Map.of("source", ARTICLE), "DATE_DESC")).hasSize(24);
	}

	@Test
	void pagesHaveNoDuplicatesOrGapsEvenWhenDatesTie() {
		for (String sort : List.of("DATE_DESC", "DATE_ASC")) {
			List<String> all = eventIds(IN_ARTICLE, sort);
			for (int size : List.of(1, 5, 7, 24)) {
				List<String> paged = GraphQlTests.pageThrough(this.graphQl, "eventList",
						Map.of("filter", IN_ARTICLE, "sort", sort), "events", "edges[*].node.id", size);
				assertThat(paged).as(sort + " in pages of " + size).containsExactlyElementsOf(all);
			}
		}
		List<String> ascending = new ArrayList<>(eventIds(IN_ARTICLE, "DATE_ASC"));
		java.util.Collections.reverse(ascending);
		assertThat(eventIds(IN_ARTICLE, "DATE_DESC")).containsExactlyElementsOf(ascending);
	}

	@Test
	void malformedCursorIsABadRequest() {
		String message = GraphQlTests.singleError(
				this.graphQl.documentName("eventList").variable("after", "not a cursor"), ErrorType.BAD_REQUEST);
		assertThat(message).startsWith("Malformed cursor 'not a cursor'");
		String forged = java.util.Base64.getUrlEncoder()
			.encodeToString("c1\nevent:DATE_DESC\nevent:x\nS2031".getBytes());
		assertThat(GraphQlTests.singleError(this.graphQl.documentName("eventList").variable("after", forged),
				ErrorType.BAD_REQUEST))
			.startsWith("Malformed cursor");
	}

	@Test
	void cursorOfAnotherSortOrderIsABadRequest() {
		String cursor = this.graphQl.documentName("eventList")
			.variable("filter", IN_ARTICLE)
			.variable("sort", "DATE_ASC")
			.variable("first", 2)
			.execute()
			.path("events.pageInfo.endCursor")
			.entity(String.class)
			.get();
		String message = GraphQlTests.singleError(this.graphQl.documentName("eventList")
			.variable("filter", IN_ARTICLE)
			.variable("sort", "DATE_DESC")
			.variable("after", cursor), ErrorType.BAD_REQUEST);
		assertThat(message).contains("belongs to the sort order event:DATE_ASC, not event:DATE_DESC");
	}

	@Test
	void malformedDateIsABadRequest() {
		this.graphQl.documentName("eventList")
			.variable("filter", Map.of("from", "2031-13-45"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("2031-13-45");
			}));
	}

	@Test
	void anActorsTimelineOldestFirstWithItsRoles() {
		GraphQlTester.Response timeline = this.graphQl.documentName("timeline").variable("actor", VVC).execute();
		timeline.path("timeline.nodes[*].event.id")
			.entityList(String.class)
			.containsExactly(INCURSION, RAID_KRASNOE, RAID_ZOLOTOEVKA);
		timeline.path("timeline.nodes[2].roles").entityList(String.class).containsExactly("ATTACKER", "CLAIMANT");
		timeline.path("timeline.nodes[0].date").entity(String.class).isEqualTo("2031-05-06");
		timeline.path("timeline.totalCount").entity(Integer.class).isEqualTo(3);
	}

	@Test
	void aPlacesTimelineCoversEverythingBeneathIt() {
		List<String> timeline = GraphQlTests.pageThrough(this.graphQl, "timeline", Map.of("place", UPPER_OBLAST),
				"timeline", "nodes[*].event.id", 4);
		assertThat(timeline).hasSize(21);
		assertThat(timeline.subList(0, 3)).containsExactly(OLD_INCURSION, shelling(1, "evening"),
				shelling(1, "morning"));
		assertThat(timeline.subList(17, 21)).containsExactly(DRONES_UPPER, INCURSION, RAID_KRASNOE, RAID_ZOLOTOEVKA);
		this.graphQl.documentName("timeline")
			.variable("place", UPPER_OBLAST)
			.variable("from", "2031-05-05")
			.variable("to", "2031-05-05")
			.execute()
			.path("timeline.nodes[*].event.id")
			.entityList(String.class)
			.containsExactly(DRONES_UPPER);
	}

	@Test
	void aTimelineNeedsExactlyOneSubjectThatExists() {
		assertThat(GraphQlTests.singleError(this.graphQl.documentName("timeline"), ErrorType.BAD_REQUEST))
			.isEqualTo("A timeline needs exactly one of actor and place");
		GraphQlTests.singleError(
				this.graphQl.documentName("timeline").variable("actor", VVC).variable("place", UPPER_OBLAST),
				ErrorType.BAD_REQUEST);
		assertThat(GraphQlTests.singleError(
				this.graphQl.documentName("timeline").variable("actor", "armed-group:test-api-nobody"),
				ErrorType.NOT_FOUND))
			.startsWith("actor: no actor with id 'armed-group:test-api-nobody'.");
		// A place is not an actor.
		GraphQlTests.singleError(this.graphQl.documentName("timeline").variable("actor", UPPER_OBLAST),
				ErrorType.NOT_FOUND);
	}

	@Test
	void eventCountsByTypeMonthRegionAndActor() {
		assertThat(counts("TYPE", IN_ARTICLE)).containsExactly("Explosions/Remote violence=20", "Battles=4");
		assertThat(counts("MONTH", IN_ARTICLE)).containsExactly("2030-05=1", "2031-04=16", "2031-05=7");
		assertThat(counts("REGION", IN_ARTICLE)).containsExactly("Upper Oblast=21", "Lower Oblast=2", "River Oblast=1");
		assertThat(counts("ACTOR", IN_ARTICLE)).containsExactly("Northern Armed Forces=16", "Valley Volunteer Corps=3",
				"Southern Armed Forces=2", "Freedom of the Hills Legion=1",
				"Unnamed group of volunteers from the hills=1", "Southland Defence Ministry=1");
		assertThat(counts("STATUS", IN_ARTICLE)).containsExactly("REPORTED=18", "CLAIMED=3", "DISPUTED=3");
		assertThat(counts("COUNTRY", IN_ARTICLE)).containsExactly("XB=23", "XA=1");
		assertThat(counts("SUB_TYPE", Map.of("source", ARTICLE, "types", List.of("Explosions/Remote violence"))))
			.containsExactly("Shelling/artillery/missile attack=17", "Air/drone strike=3");
		this.graphQl.documentName("eventCounts")
			.variable("groupBy", "REGION")
			.variable("filter", IN_ARTICLE)
			.execute()
			.path("eventCounts[0].entity.id")
			.entity(String.class)
			.isEqualTo(UPPER_OBLAST)
			.path("eventCounts[0].key")
			.entity(String.class)
			.isEqualTo(UPPER_OBLAST);
	}

	@Test
	void anAssetsInvolvementsEffectsAndTheClaimsAboutIt() {
		GraphQlTester.Response apc = this.graphQl.documentName("assetDetail").variable("id", APC).execute();
		apc.path("asset.kind").entity(String.class).isEqualTo("VEHICLE");
		apc.path("asset.quantity").entity(Integer.class).isEqualTo(1);
		apc.path("asset.involvements[*].event.id").entityList(String.class).containsExactly(RAID_KRASNOE);
		apc.path("asset.involvements[0].role").entity(String.class).isEqualTo("destroyed");
		apc.path("asset.effects[*].action").entityList(String.class).containsExactly("DESTROYED");
		apc.path("asset.effects[0].by.id").entity(String.class).isEqualTo(RAID_KRASNOE);
		apc.path("asset.effects[0].event.id").entity(String.class).isEqualTo(RAID_KRASNOE);
		apc.path("asset.claimsAbout[*].id")
			.entityList(String.class)
			.containsExactly("claim:test-api-vvc-destroyed-apc");
		this.graphQl.documentName("assetDetail")
			.variable("id", OIL_DEPOT)
			.execute()
			.path("asset.locatedIn[*].place.id")
			.entityList(String.class)
			.containsExactly(PORT_MIRA);
	}

	private GraphQlTester.Response detail(String id) {
		return this.graphQl.documentName("eventDetail").variable("id", id).execute();
	}

	private List<String> eventIds(Map<String, Object> filter, String sort) {
		return this.graphQl.documentName("eventList")
			.variable("filter", filter)
			.variable("sort", sort)
			.variable("first", 100)
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private List<String> counts(String groupBy, Map<String, Object> filter) {
		List<String> keys = this.graphQl.documentName("eventCounts")
			.variable("groupBy", groupBy)
			.variable("filter", filter)
			.execute()
			.path("eventCounts[*].label")
			.entityList(String.class)
			.get();
		List<Integer> counts = this.graphQl.documentName("eventCounts")
			.variable("groupBy", groupBy)
			.variable("filter", filter)
			.execute()
			.path("eventCounts[*].count")
			.entityList(Integer.class)
			.get();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			rows.add(keys.get(i) + "=" + counts.get(i));
		}
		return rows;
	}

}

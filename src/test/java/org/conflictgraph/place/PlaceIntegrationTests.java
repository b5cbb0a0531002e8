package org.conflictgraph.place;

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
class PlaceIntegrationTests {

	@Autowired
	HttpGraphQlTester tester;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void aVillageLiesInItsDistrictRegionAndCountryByReference() {
		GraphQlTester.Response village = profile(ZOLOTOEVKA);
		village.path("place.kind").entity(String.class).isEqualTo("SETTLEMENT");
		village.path("place.aliases").entityList(String.class).containsExactly("Zolotoyevka");
		village.path("place.location.latitude").entity(Double.class).isEqualTo(10.61);
		village.path("place.location.longitude").entity(Double.class).isEqualTo(20.62);
		village.path("place.adminLevel").entity(Integer.class).isEqualTo(3);
		village.path("place.countryCode").entity(String.class).isEqualTo("XB");
		village.path("place.ancestors[*].id")
			.entityList(String.class)
			.containsExactly(BIRCH_DISTRICT, UPPER_OBLAST, SOUTHLAND);
		village.path("place.locatedIn[*].place.id").entityList(String.class).containsExactly(BIRCH_DISTRICT);
		village.path("place.locatedIn[0].evidence").entityList(Object.class).hasSize(0);
		village.path("place.locatedIn[0].references[0].source.title").entity(String.class).isEqualTo("Test Atlas");
		village.path("place.locatedIn[0].references[0].source.kind").entity(String.class).isEqualTo("GAZETTEER");
		village.path("place.locatedIn[0].references[0].note").entity(String.class).isEqualTo("fixture gazetteer");
	}

	@Test
	void aLinkStatedByTheArticleAndByAGazetteerShowsBoth() {
		GraphQlTester.Response village = profile(KRASNOE);
		village.path("place.locatedIn[0].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("Krasnoe in Upper Oblast");
		village.path("place.locatedIn[0].references[*].source.id")
			.entityList(String.class)
			.containsExactly("source:test-api-atlas");
	}

	@Test
	void aRegionShowsItsChildrenGovernorEventsBeneathAndAttacks() {
		GraphQlTester.Response region = profile(UPPER_OBLAST);
		region.path("place.children[*].id").entityList(String.class).containsExactly(BIRCH_DISTRICT, KRASNOE);
		region.path("place.positionHolders[*].holder.id").entityList(String.class).containsExactly(GOVERNOR);
		region.path("place.positionHolders[0].position").entity(String.class).isEqualTo("Governor");
		region.path("place.events[*].id")
			.entityList(String.class)
			.containsExactly(RAID_ZOLOTOEVKA, RAID_KRASNOE, INCURSION, DRONES_UPPER, shelling(8, "morning"));
		GraphQlTester.Response district = profile(BIRCH_DISTRICT);
		district.path("place.attackedBy[*].event.id")
			.entityList(String.class)
			.containsExactly(shelling(8, "morning"), shelling(8, "evening"), shelling(7, "morning"));
		district.path("place.attackedBy[*].attacker.id")
			.entityList(String.class)
			.containsExactly(NORTHERN_FORCES, NORTHERN_FORCES, NORTHERN_FORCES);
		district.path("place.attackedBy[0].date").entity(String.class).isEqualTo("2031-04-08");
	}

	@Test
	void placesAnywhereBeneathARegion() {
		assertThat(placeIds(Map.of("within", UPPER_OBLAST), "NAME_ASC")).containsExactly(BIRCH_DISTRICT, KRASNOE,
				ZOLOTOEVKA);
		assertThat(placeIds(Map.of("within", SOUTHLAND, "kinds", List.of("REGION")), "NAME_DESC"))
			.containsExactly(UPPER_OBLAST, LOWER_OBLAST);
	}

	@Test
	void placesOfAKindInACountry() {
		assertThat(placeIds(Map.of("kinds", List.of("SETTLEMENT"), "countries", List.of("XB")), "NAME_ASC"))
			.containsExactly(KRASNOE, PORT_MIRA, ZOLOTOEVKA);
		assertThat(placeIds(Map.of("name", "zolotoyevka"), "NAME_ASC")).containsExactly(ZOLOTOEVKA);
	}

	@Test
	void placesWithinKilometresOfAPointNearestFirst() {
		Map<String, Object> near = Map.of("latitude", 10.61, "longitude", 20.62, "km", 20);
		// Zolotoevka is the centre, Birch District about 2.4 km and Upper Oblast about 18
		// km
		// away; Krasnoe, about 25 km away, is outside.
		assertThat(placeIds(Map.of("near", near), "DISTANCE")).containsExactly(ZOLOTOEVKA, BIRCH_DISTRICT,
				UPPER_OBLAST);
		List<String> paged = GraphQlTests.pageThrough(this.graphQl, "placeList",
				Map.of("filter", Map.of("near", near), "sort", "DISTANCE"), "places", "nodes[*].id", 1);
		assertThat(paged).containsExactly(ZOLOTOEVKA, BIRCH_DISTRICT, UPPER_OBLAST);
	}

	@Test
	void sortingByDistanceNeedsAPoint() {
		String message = GraphQlTests.singleError(this.graphQl.documentName("placeList").variable("sort", "DISTANCE"),
				ErrorType.BAD_REQUEST);
		assertThat(message).isEqualTo("Sorting places by DISTANCE needs the near filter");
	}

	@Test
	void aCircleOffTheGlobeIsABadRequest() {
		String message = GraphQlTests.singleError(
				this.graphQl.documentName("placeList")
					.variable("filter", Map.of("near", Map.of("latitude", 91, "longitude", 0, "km", 5))),
				ErrorType.BAD_REQUEST);
		assertThat(message).isEqualTo("near.latitude must be between -90 and 90, was 91.0");
	}

	@Test
	void unknownPlaceIsNotFound() {
		GraphQlTests.singleError(
				this.graphQl.documentName("placeProfile").variable("id", "settlement:test-api-nowhere"),
				ErrorType.NOT_FOUND);
	}

	private GraphQlTester.Response profile(String id) {
		return this.graphQl.documentName("placeProfile").variable("id", id).execute();
	}

	private List<String> placeIds(Map<String, Object> filter, String sort) {
		return this.graphQl.documentName("placeList")
			.variable("filter", filter)
			.variable("sort", sort)
			.variable("first", 100)
			.execute()
			.path("places.nodes[*].id")
			.entityList(String.class)
			.get();
	}

}

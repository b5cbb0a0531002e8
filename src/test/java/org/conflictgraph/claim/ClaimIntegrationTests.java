package org.conflictgraph.claim;

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
class ClaimIntegrationTests {

	static final String THWARTED = "claim:test-api-ministry-attacks-thwarted";

	static final String VVC_RAIDS = "claim:test-api-vvc-raided-zolotoevka-and-krasnoe";

	static final String HILL_RAID = "claim:test-api-hill-volunteers-raided-zolotoevka";

	@Autowired
	HttpGraphQlTester tester;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void aClaimWithItsClaimantFiguresSubjectsAndEvidence() {
		GraphQlTester.Response claim = detail("claim:test-api-mayor-3-killed-40-injured-in-dubki");
		claim.path("claim.kind").entity(String.class).isEqualTo("casualties");
		claim.path("claim.stance").entity(String.class).isEqualTo("ASSERTS");
		claim.path("claim.statement")
			.entity(String.class)
			.isEqualTo("Mayor Ostap Lind said three people were killed and 40 injured in Dubki.");
		claim.path("claim.date").entity(String.class).isEqualTo("2031-05-07");
		claim.path("claim.figures.killed").entity(Integer.class).isEqualTo(3);
		claim.path("claim.figures.injured").entity(Integer.class).isEqualTo(40);
		claim.path("claim.figures.hospitalized").valueIsNull();
		claim.path("claim.claimant.id").entity(String.class).isEqualTo(MAYOR);
		claim.path("claim.reportedBy[*].id").entityList(String.class).containsExactly(COURIER);
		claim.path("claim.about[*].id").entityList(String.class).containsExactly(DUBKI_STRIKE);
		claim.path("claim.about[0].kind").entity(String.class).isEqualTo("EVENT");
		claim.path("claim.evidence[*].quote")
			.entityList(String.class)
			.containsExactly("said three people were killed and 40 injured");
		claim.path("claim.evidence[0].source.id").entity(String.class).isEqualTo(ARTICLE);
	}

	@Test
	void contradictingClaimsStaySeparateAndLinkedBothWays() {
		GraphQlTester.Response thwarted = detail(THWARTED);
		thwarted.path("claim.stance").entity(String.class).isEqualTo("DENIES");
		thwarted.path("claim.contradictions[*].claim.id")
			.entityList(String.class)
			.containsExactly(HILL_RAID, VVC_RAIDS);
		thwarted.path("claim.contradictions[0].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("Southland's defence ministry said the attacks had been thwarted");
		detail(VVC_RAIDS).path("claim.contradictions[*].claim.id").entityList(String.class).containsExactly(THWARTED);
	}

	@Test
	void claimsByClaimantNewestFirstWithUndatedClaimsLast() {
		assertThat(claimIds(Map.of("claimant", VVC), "DATE_DESC")).containsExactly(VVC_RAIDS,
				"claim:test-api-vvc-post-took-krasnoe", "claim:test-api-vvc-destroyed-apc",
				"claim:test-api-vvc-promised-to-return");
		assertThat(claimIds(Map.of("claimant", VVC), "DATE_ASC")).containsExactly(
				"claim:test-api-vvc-promised-to-return", "claim:test-api-vvc-destroyed-apc",
				"claim:test-api-vvc-post-took-krasnoe", VVC_RAIDS);
		// A date range leaves out the undated claim.
		assertThat(claimIds(Map.of("claimant", VVC, "from", "2031-01-01"), "DATE_ASC")).hasSize(3);
	}

	@Test
	void claimsByStanceKindSubjectPlaceSourceAndRelayingOutlet() {
		assertThat(claimIds(Map.of("stances", List.of("DENIES"), "source", ARTICLE), "DATE_DESC"))
			.containsExactly(THWARTED);
		assertThat(claimIds(Map.of("kinds", List.of("casualties"), "place", DUBKI), "DATE_DESC")).containsExactly(
				"claim:test-api-ministry-12-soldiers-killed-in-dubki",
				"claim:test-api-mayor-3-killed-40-injured-in-dubki");
		assertThat(claimIds(Map.of("about", APC), "DATE_DESC")).containsExactly("claim:test-api-vvc-destroyed-apc");
		assertThat(claimIds(Map.of("about", SOUTHERN_FORCES), "DATE_DESC"))
			.containsExactly("claim:test-api-mayor-blames-southern-armed-forces");
		assertThat(claimIds(Map.of("source", POST), "DATE_DESC"))
			.containsExactly("claim:test-api-vvc-post-took-krasnoe");
		assertThat(claimIds(Map.of("reportedBy", COURIER), "DATE_DESC"))
			.containsExactly("claim:test-api-mayor-3-killed-40-injured-in-dubki", VVC_RAIDS);
		assertThat(claimIds(Map.of("place", LOWER_OBLAST), "DATE_DESC"))
			.containsExactly("claim:test-api-ministry-intercepted-11-over-lower-oblast");
		assertThat(claimIds(Map.of("eventTypes", List.of("Battles"), "claimant", MINISTRY), "DATE_DESC"))
			.containsExactly("claim:test-api-ministry-killed-40-attackers", THWARTED);
	}

	@Test
	void claimPagesHaveNoDuplicatesOrGaps() {
		Map<String, Object> filter = Map.of("filter", Map.of("source", ARTICLE));
		List<String> all = claimIds(Map.of("source", ARTICLE), "DATE_DESC");
		assertThat(all).hasSize(13);
		assertThat(GraphQlTests.pageThrough(this.graphQl, "claimList", filter, "claims", "nodes[*].id", 4))
			.containsExactlyElementsOf(all);
	}

	@Test
	void interceptionsAreSummedPerClaimantAndRegion() {
		Map<String, Object> interceptions = Map.of("kinds", List.of("interception"), "source", ARTICLE);
		assertThat(totals(interceptions, "REGION")).containsExactly(
				MINISTRY + " " + LOWER_OBLAST + " claims=1 intercepted=11",
				MINISTRY + " " + UPPER_OBLAST + " claims=1 intercepted=7");
		assertThat(totals(interceptions, "CLAIMANT")).containsExactly(MINISTRY + " null claims=2 intercepted=18");
	}

	@Test
	void casualtiesOfOneStrikeAreNeverMergedAcrossClaimants() {
		GraphQlTester.Response response = this.graphQl.documentName("claimTotals")
			.variable("filter", Map.of("place", DUBKI, "kinds", List.of("casualties")))
			.variable("groupBy", "PLACE")
			.execute();
		response.path("claimTotals[*].claimant.id").entityList(String.class).containsExactly(MAYOR, MINISTRY);
		response.path("claimTotals[0].figures.killed").entity(Integer.class).isEqualTo(3);
		response.path("claimTotals[0].figures.injured").entity(Integer.class).isEqualTo(40);
		response.path("claimTotals[0].reportedBy[*].id").entityList(String.class).containsExactly(COURIER);
		response.path("claimTotals[0].group").entity(String.class).isEqualTo(DUBKI);
		response.path("claimTotals[0].label").entity(String.class).isEqualTo("Dubki");
		response.path("claimTotals[0].entity.id").entity(String.class).isEqualTo(DUBKI);
		response.path("claimTotals[1].figures.killed").entity(Integer.class).isEqualTo(12);
		response.path("claimTotals[1].figures.injured").valueIsNull();
		response.path("claimTotals[1].reportedBy").entityList(Object.class).hasSize(0);
	}

	@Test
	void totalsPerKindAndPerEvent() {
		assertThat(totals(Map.of("claimant", MINISTRY), "KIND")).containsExactly(
				MINISTRY + " casualties claims=2 intercepted=null", MINISTRY + " interception claims=2 intercepted=18",
				MINISTRY + " repulsion claims=1 intercepted=null");
		assertThat(totals(Map.of("claimant", MINISTRY, "kinds", List.of("interception")), "EVENT")).containsExactly(
				MINISTRY + " " + DRONES_LOWER + " claims=1 intercepted=11",
				MINISTRY + " " + DRONES_UPPER + " claims=1 intercepted=7");
	}

	@Test
	void theClaimsOfABlameAndOfAnEffect() {
		this.graphQl.document("""
				{ actor(id: "%s") { blames { claim { id statement } } } }""".formatted(MAYOR))
			.execute()
			.path("actor.blames[0].claim.id")
			.entity(String.class)
			.isEqualTo("claim:test-api-mayor-blames-southern-armed-forces");
		this.graphQl.document("""
				{ event(id: "%s") { effects { claim { id } } } }""".formatted(RAID_KRASNOE))
			.execute()
			.path("event.effects[0].claim")
			.valueIsNull();
	}

	@Test
	void unknownClaimIsNotFound() {
		GraphQlTests.singleError(this.graphQl.documentName("claimDetail").variable("id", "claim:test-api-never-said"),
				ErrorType.NOT_FOUND);
	}

	private GraphQlTester.Response detail(String id) {
		return this.graphQl.documentName("claimDetail").variable("id", id).execute();
	}

	private List<String> claimIds(Map<String, Object> filter, String sort) {
		return this.graphQl.documentName("claimList")
			.variable("filter", filter)
			.variable("sort", sort)
			.variable("first", 100)
			.execute()
			.path("claims.nodes[*].id")
			.entityList(String.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private List<String> totals(Map<String, Object> filter, String groupBy) {
		List<Map<String, Object>> rows = this.graphQl.documentName("claimTotals")
			.variable("filter", filter)
			.variable("groupBy", groupBy)
			.execute()
			.path("claimTotals")
			.entity(List.class)
			.get();
		List<String> lines = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> claimant = (Map<String, Object>) row.get("claimant");
			Map<String, Object> figures = (Map<String, Object>) row.get("figures");
			lines.add(claimant.get("id") + " " + row.get("group") + " claims=" + row.get("claims") + " intercepted="
					+ figures.get("intercepted"));
		}
		return lines;
	}

}

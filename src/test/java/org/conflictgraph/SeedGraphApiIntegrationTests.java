package org.conflictgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Researchers' questions about the seed article, answered through the API with exact
 * answers (docs/model.md; the seed report under {@code reports/seed/}).
 */
@IntegrationTest
class SeedGraphApiIntegrationTests {

	static final String SEED = "source:cnn-2024-03-12-cross-border-raids";

	@Autowired
	HttpGraphQlTester tester;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void rdkFindsTheRussianVolunteerCorps() {
		assertThat(topHit("RDK")).isEqualTo("armed-group:russian-volunteer-corps");
	}

	@Test
	void freeRussiaLegionFindsTheFreedomOfRussiaLegion() {
		assertThat(topHit("Free Russia Legion")).isEqualTo("armed-group:freedom-of-russia-legion");
		assertThat(topHit("Freedom for Russia Legion")).isEqualTo("armed-group:freedom-of-russia-legion");
	}

	@Test
	void nekhoteyevkaFindsNekhoteevka() {
		assertThat(topHit("Nekhoteyevka")).isEqualTo("settlement:nekhoteevka");
		// A spelling that is in no alias, one letter off.
		assertThat(topHit("Nekhotejevka")).isEqualTo("settlement:nekhoteevka");
	}

	@Test
	@SuppressWarnings("unchecked")
	void threeGroupsClaimedInvolvementInTheRaids() {
		Map<String, Object> raid = this.graphQl.document("""
				{ event(id: "event:2024-03-12-cross-border-raids-into-russia") {
				    claims { claimant { id kind } }
				    subEvents { claims { claimant { id kind } } subEvents { claims { claimant { id kind } } } } } }""")
			.execute()
			.path("event")
			.entity(Map.class)
			.get();
		TreeSet<String> groups = new TreeSet<>();
		collectArmedGroupClaimants(raid, groups);
		assertThat(groups).containsExactly("armed-group:russian-volunteer-corps", "armed-group:siberian-battalion",
				"armed-group:unnamed-anti-kremlin-russian-volunteer-group");
	}

	@SuppressWarnings("unchecked")
	private static void collectArmedGroupClaimants(Map<String, Object> event, TreeSet<String> groups) {
		for (Map<String, Object> claim : (List<Map<String, Object>>) event.get("claims")) {
			Map<String, Object> claimant = (Map<String, Object>) claim.get("claimant");
			if ("ARMED_GROUP".equals(claimant.get("kind"))) {
				groups.add((String) claimant.get("id"));
			}
		}
		List<Map<String, Object>> parts = (List<Map<String, Object>>) event.get("subEvents");
		if (parts != null) {
			parts.forEach((part) -> collectArmedGroupClaimants(part, groups));
		}
	}

	@Test
	void interceptionsByRegionAddUpToTwentyFiveForTheirOneClaimant() {
		assertThat(totals(Map.of("kinds", List.of("interception"), "source", SEED), "REGION")).containsExactly(
				"government-body:russian-defence-ministry region:belgorod-oblast intercepted=7",
				"government-body:russian-defence-ministry region:bryansk-oblast intercepted=1",
				"government-body:russian-defence-ministry region:kursk-oblast intercepted=11",
				"government-body:russian-defence-ministry region:leningrad-oblast intercepted=1",
				"government-body:russian-defence-ministry region:moscow intercepted=2",
				"government-body:russian-defence-ministry region:oryol-oblast intercepted=2",
				"government-body:russian-defence-ministry region:tula-oblast intercepted=1");
		assertThat(totals(Map.of("kinds", List.of("interception"), "source", SEED), "CLAIMANT"))
			.containsExactly("government-body:russian-defence-ministry null intercepted=25");
	}

	@Test
	void kryvyiRihCasualtiesAndRescuesPerClaimant() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ claimTotals(filter: {place: "settlement:kryvyi-rih"}) {
				    claimant { id } claims figures { killed injured rescued } } }""").execute();
		response.path("claimTotals[*].claimant.id")
			.entityList(String.class)
			.containsExactly("media-outlet:cnn", "person:oleksandr-vilkul", "person:volodymyr-zelensky");
		response.path("claimTotals[0].figures.killed").entity(Integer.class).isEqualTo(3);
		response.path("claimTotals[0].figures.injured").entity(Integer.class).isEqualTo(40);
		response.path("claimTotals[0].figures.rescued").valueIsNull();
		response.path("claimTotals[1].figures.rescued").entity(Integer.class).isEqualTo(9);
		response.path("claimTotals[1].figures.killed").valueIsNull();
		// Condolences and a pledge: claims about the strike that state no figure.
		response.path("claimTotals[2].claims").entity(Integer.class).isEqualTo(2);
		response.path("claimTotals[2].figures.killed").valueIsNull();
	}

	@Test
	void belgorodsTimelineFromTwentyTwentyTwo() {
		this.graphQl.document("""
				{ timeline(place: "region:belgorod-oblast", first: 50) { totalCount nodes { event { id } } } }""")
			.execute()
			.path("timeline.totalCount")
			.entity(Integer.class)
			.isEqualTo(11)
			.path("timeline.nodes[*].event.id")
			.entityList(String.class)
			.containsExactly("event:2022-cross-border-attacks-on-belgorod-oblast",
					"event:2023-kremlin-pledge-on-belgorod-air-defences",
					"event:2023-shelling-and-drone-strikes-on-belgorod-oblast",
					"event:2023-05-incursion-into-belgorod-oblast", "event:2024-01-il-76-downing-over-belgorod",
					"event:2024-03-12-attempted-border-crossing-into-belgorod-oblast",
					"event:2024-03-12-belgorod-districts-similar-school-measures",
					// The raids themselves: the article places the fighting in Belgorod
					// region.
					"event:2024-03-12-cross-border-raids-into-russia",
					"event:2024-03-12-drone-explosives-drop-over-belgorod-oblast",
					"event:2024-03-12-drone-interception-over-belgorod",
					"event:2024-03-12-fighting-in-nekhoteevka-and-spodariushino");
	}

	@Test
	void eventsOfTheArticleByType() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ eventCounts(groupBy: TYPE, filter: {source: "%s"}) { key count } }""".formatted(SEED)).execute();
		response.path("eventCounts[*].key")
			.entityList(String.class)
			.containsExactly("Strategic developments", "Battles", "Explosions/Remote violence", "Accidents");
		response.path("eventCounts[*].count").entityList(Integer.class).containsExactly(11, 7, 5, 2);
	}

	@Test
	void eventsNearNekhoteevka() {
		this.graphQl.document("""
				{ events(filter: {near: {latitude: 50.37, longitude: 36.38, km: 5}}) { nodes { id } } }""")
			.execute()
			.path("events.nodes[*].id")
			.entityList(String.class)
			.containsExactly("event:2024-03-12-fighting-in-nekhoteevka-and-spodariushino",
					"event:2024-03-12-attempted-border-crossing-into-belgorod-oblast");
	}

	private String topHit(String text) {
		return this.graphQl.document("query($text: String!) { search(text: $text) { entity { id } } }")
			.variable("text", text)
			.execute()
			.path("search[0].entity.id")
			.entity(String.class)
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
			lines.add(((Map<String, Object>) row.get("claimant")).get("id") + " " + row.get("group") + " intercepted="
					+ ((Map<String, Object>) row.get("figures")).get("intercepted"));
		}
		return lines;
	}

}

package org.conflictgraph.explore;

import java.util.ArrayList;
import java.util.List;

import org.conflictgraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Investigators' questions answered from the seed graph (the CNN article of 12 March
 * 2024, loaded at startup).
 */
@IntegrationTest
class SeedGraphExploreIntegrationTests {

	private static final String SIBERIAN_BATTALION = "armed-group:siberian-battalion";

	private static final String DEFENCE_MINISTRY = "government-body:russian-defence-ministry";

	private static final String RAIDS = "event:2024-03-12-cross-border-raids-into-russia";

	private static final String THWARTED = "claim:defence-ministry-attacks-thwarted";

	@Autowired
	HttpGraphQlTester graphQl;

	/**
	 * How is the Siberian Battalion linked to the Russian defence ministry? Six routes of
	 * three hops, none through the article itself: the battalion took part in the raids
	 * the ministry claims were thwarted; each of the battalion's two statements is
	 * contradicted by a claim of the ministry; and the battalion attacked Russia, which
	 * Ukraine attacked (two events) or which blamed Ukraine, whom the ministry blamed.
	 */
	@Test
	void theSiberianBattalionAndTheDefenceMinistryAreThreeHopsApart() {
		PathIntegrationTests.Search search = this.graphQl.documentName("explorePaths")
			.variable("fromId", SIBERIAN_BATTALION)
			.variable("toId", DEFENCE_MINISTRY)
			.execute()
			.path("paths")
			.entity(PathIntegrationTests.Search.class)
			.get();
		assertThat(search.length()).isEqualTo(3);
		assertThat(search.truncated()).isFalse();
		assertThat(search.paths()).extracting(PathIntegrationTests.Path::route)
			.containsExactly(
					List.of(SIBERIAN_BATTALION, "ATTACKED>", "state:russia", "<ATTACKED", "state:ukraine", "<BLAMED",
							DEFENCE_MINISTRY),
					List.of(SIBERIAN_BATTALION, "ATTACKED>", "state:russia", "<ATTACKED", "state:ukraine", "<BLAMED",
							DEFENCE_MINISTRY),
					List.of(SIBERIAN_BATTALION, "ATTACKED>", "state:russia", "BLAMED>", "state:ukraine", "<BLAMED",
							DEFENCE_MINISTRY),
					List.of(SIBERIAN_BATTALION, "<CLAIMED_BY", "claim:siberian-battalion-freedom-and-justice",
							"<CONTRADICTS", THWARTED, "CLAIMED_BY>", DEFENCE_MINISTRY),
					List.of(SIBERIAN_BATTALION, "<CLAIMED_BY", "claim:siberian-battalion-home-at-last", "<CONTRADICTS",
							THWARTED, "CLAIMED_BY>", DEFENCE_MINISTRY),
					List.of(SIBERIAN_BATTALION, "PARTICIPATED_IN>", RAIDS, "<ABOUT", THWARTED, "CLAIMED_BY>",
							DEFENCE_MINISTRY));
		// The two attacks on Russia by Ukraine are different relationships.
		assertThat(search.paths().get(0).edges().get(1).id()).isNotEqualTo(search.paths().get(1).edges().get(1).id());
		// Each hop carries the quote it rests on.
		PathIntegrationTests.Path raids = search.paths().get(5);
		assertThat(raids.steps()).allSatisfy((step) -> assertThat(step.edge().evidence()).isNotEmpty());
		assertThat(raids.steps().get(0).edge().evidence())
			.anySatisfy((evidence) -> assertThat(evidence.quote()).contains("Siberian Battalion"));
		assertThat(raids.steps().get(1).edge().evidence())
			.anySatisfy((evidence) -> assertThat(evidence.quote()).contains("thwarted"));
		assertThat(raids.steps().get(1).edge().evidence()).allSatisfy((evidence) -> {
			assertThat(evidence.sourceId()).isEqualTo("source:cnn-2024-03-12-cross-border-raids");
			assertThat(evidence.publisher()).isEqualTo("CNN");
			assertThat(evidence.published()).isEqualTo("2024-03-12");
		});
	}

	/**
	 * Everyone within two hops of Nekhoteevka: the governor of its region and those who
	 * attacked the region (Ukraine, the Freedom of Russia Legion in 2023); the sides and
	 * forces of the attempted crossing and the fighting there; and the ministry, whose
	 * claim names the village.
	 */
	@Test
	void theActorsWithinTwoHopsOfNekhoteevka() {
		NeighborhoodIntegrationTests.Result result = this.graphQl.documentName("exploreNeighborhood")
			.variable("id", "settlement:nekhoteevka")
			.variable("depth", 2)
			.execute()
			.path("neighborhood")
			.entity(NeighborhoodIntegrationTests.Result.class)
			.get();
		assertThat(result.truncated()).isFalse();
		List<String> actors = new ArrayList<>();
		result.nodes()
			.stream()
			.filter((node) -> node.kinds().contains("Actor"))
			.forEach((node) -> actors.add(node.id()));
		assertThat(actors).containsExactlyInAnyOrder("person:vyacheslav-gladkov",
				"armed-group:freedom-of-russia-legion", "state:ukraine", "state:russia", DEFENCE_MINISTRY,
				"military-force:russian-artillery", "military-force:russian-military-aviation",
				"military-force:russian-missile-forces", "military-force:russian-armed-forces");
		assertThat(result.node("settlement:nekhoteevka").properties()).containsKey("location");
		assertThat(result.edges()).anySatisfy((edge) -> assertThat(edge)
			.extracting(NeighborhoodIntegrationTests.Edge::type, NeighborhoodIntegrationTests.Edge::source,
					NeighborhoodIntegrationTests.Edge::target)
			.containsExactly("LOCATED_IN", "settlement:nekhoteevka", "region:belgorod-oblast"));
	}

}

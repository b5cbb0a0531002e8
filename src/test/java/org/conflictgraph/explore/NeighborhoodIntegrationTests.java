package org.conflictgraph.explore;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.conflictgraph.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictgraph.explore.ExploreFixture.ARMED_FORCES;
import static org.conflictgraph.explore.ExploreFixture.BATTALION_CLAIM;
import static org.conflictgraph.explore.ExploreFixture.COUNTRY;
import static org.conflictgraph.explore.ExploreFixture.GOVERNOR;
import static org.conflictgraph.explore.ExploreFixture.GOVERNOR_CLAIM;
import static org.conflictgraph.explore.ExploreFixture.HUB;
import static org.conflictgraph.explore.ExploreFixture.MINISTRY_CLAIM;
import static org.conflictgraph.explore.ExploreFixture.NORTH_BATTALION;
import static org.conflictgraph.explore.ExploreFixture.RAID;
import static org.conflictgraph.explore.ExploreFixture.REGION;
import static org.conflictgraph.explore.ExploreFixture.RIVER_CORPS;
import static org.conflictgraph.explore.ExploreFixture.SOURCE;
import static org.conflictgraph.explore.ExploreFixture.VILLAGE;
import static org.conflictgraph.explore.GraphQlErrorAssertions.failsWith;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeighborhoodIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@BeforeAll
	void loadFixture() {
		new ExploreFixture(this.neo4j).load();
	}

	@AfterAll
	void deleteFixture() {
		new ExploreFixture(this.neo4j).delete();
	}

	@Test
	void twoHopsAroundAVillageReachTheActorsOfItsEventsAndTheRegionsGovernor() {
		Result result = neighborhood(Map.of("id", VILLAGE, "depth", 2));
		assertThat(result.nodeIds()).containsExactlyInAnyOrder(VILLAGE, REGION, RAID, COUNTRY, GOVERNOR,
				NORTH_BATTALION, RIVER_CORPS, ARMED_FORCES, BATTALION_CLAIM, MINISTRY_CLAIM, GOVERNOR_CLAIM);
		assertThat(result.nodes().get(0).id()).isEqualTo(VILLAGE);
		assertThat(result.nodes().stream().filter((node) -> node.kinds().contains("Actor")).map(Node::id))
			.containsExactlyInAnyOrder(GOVERNOR, NORTH_BATTALION, RIVER_CORPS, ARMED_FORCES);
		assertThat(result.edges().stream().map(Edge::id)).containsExactlyInAnyOrder(
				"LOCATED_IN:" + VILLAGE + "->" + REGION, "OCCURRED_IN:" + RAID + "->" + VILLAGE,
				// Stored without an id: the model's id is derived.
				"LOCATED_IN:" + REGION + "->" + COUNTRY, "HOLDS_POSITION:" + GOVERNOR + "->" + REGION,
				"PARTICIPATED_IN:" + NORTH_BATTALION + "->" + RAID + "#attacker",
				"PARTICIPATED_IN:" + RIVER_CORPS + "->" + RAID + "#attacker",
				"PARTICIPATED_IN:" + ARMED_FORCES + "->" + RAID + "#target", "ABOUT:" + BATTALION_CLAIM + "->" + RAID,
				"ABOUT:" + MINISTRY_CLAIM + "->" + RAID, "ABOUT:" + GOVERNOR_CLAIM + "->" + RAID);
		assertThat(result.truncated()).isFalse();
		assertThat(result.truncatedNodeIds()).isEmpty();
	}

	@Test
	void nodesCarryKindsLabelAndPlainProperties() {
		Result result = neighborhood(Map.of("id", VILLAGE));
		Node village = result.node(VILLAGE);
		assertThat(village.kinds()).containsExactly("Place", "Settlement");
		assertThat(village.label()).isEqualTo("Testovka");
		assertThat(village.properties()).containsEntry("adminLevel", 3)
			.containsEntry("location", Map.of("latitude", 50.6, "longitude", 36.6))
			.doesNotContainKey("id");
		Node raid = result.node(RAID);
		assertThat(raid.kinds()).containsExactly("Event");
		assertThat(raid.label()).isEqualTo("Raid on Testovka");
		assertThat(raid.properties()).containsEntry("date", "1901-03-12").containsEntry("status", "DISPUTED");
		Edge occurred = result.edges()
			.stream()
			.filter((edge) -> edge.type().equals("OCCURRED_IN"))
			.findFirst()
			.orElseThrow();
		assertThat(occurred.source()).isEqualTo(RAID);
		assertThat(occurred.target()).isEqualTo(VILLAGE);
		assertThat(occurred.properties()).containsEntry("precision", "in")
			.containsEntry("mentionIds", List.of(ExploreFixture.mention(ExploreFixture.RAID_QUOTE)))
			.doesNotContainKey("id");
	}

	@Test
	void edgeIdsAreTheSameOnEveryCall() {
		Set<String> first = neighborhood(Map.of("id", RAID, "depth", 2)).edges()
			.stream()
			.map(Edge::id)
			.collect(Collectors.toSet());
		Set<String> second = neighborhood(Map.of("id", RAID, "depth", 2)).edges()
			.stream()
			.map(Edge::id)
			.collect(Collectors.toSet());
		assertThat(first).hasSizeGreaterThan(5).isEqualTo(second);
		assertThat(first).allSatisfy((id) -> assertThat(id).contains(":").contains("->"));
	}

	@Test
	void kindsRestrictWhichNeighboursAreVisited() {
		Result result = neighborhood(Map.of("id", RAID, "kinds", List.of("Actor")));
		assertThat(result.nodeIds()).containsExactlyInAnyOrder(RAID, NORTH_BATTALION, RIVER_CORPS, ARMED_FORCES);
		assertThat(result.edges()).hasSize(3)
			.allSatisfy((edge) -> assertThat(edge.type()).isEqualTo("PARTICIPATED_IN"));
	}

	@Test
	void relationshipTypesRestrictWhatIsFollowed() {
		Result result = neighborhood(
				Map.of("id", VILLAGE, "depth", 3, "relationshipTypes", List.of("LOCATED_IN", "HOLDS_POSITION")));
		assertThat(result.nodeIds()).containsExactlyInAnyOrder(VILLAGE, REGION, COUNTRY, GOVERNOR);
	}

	@Test
	void aHubContributesItsNewestRelationshipsAndEveryTypeUpToTheCap() {
		Result result = neighborhood(Map.of("id", HUB));
		assertThat(result.edges()).hasSize(50);
		assertThat(result.nodes()).hasSize(51);
		// The one PART_OF is not crowded out by sixty battles...
		assertThat(result.nodeIds()).contains(ARMED_FORCES);
		// ...and the 49 battles shown are the newest: numbers 12 to 60.
		assertThat(result.nodeIds().stream().filter((id) -> id.startsWith("event:")))
			.containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(12, 60).mapToObj(ExploreFixture::hubEvent).toList());
		assertThat(result.truncated()).isTrue();
		assertThat(result.truncatedNodeIds()).containsExactly(HUB);
	}

	@Test
	void theNodeLimitTruncatesBreadthFirst() {
		Result result = neighborhood(Map.of("id", VILLAGE, "depth", 2, "limit", 5));
		// Depth 1 first; at depth 2 the region's relationships come first (frontier
		// order), undated ones by type and then by neighbour id.
		assertThat(result.nodeIds()).containsExactly(VILLAGE, REGION, RAID, GOVERNOR, COUNTRY);
		assertThat(result.truncated()).isTrue();
		assertThat(result.truncatedNodeIds()).contains(RAID);
		assertThat(result.edges())
			.allSatisfy((edge) -> assertThat(result.nodeIds()).contains(edge.source(), edge.target()));
	}

	@Test
	void aDateRangeLeavesOutEventsClaimsAndDatedRelationshipsOutsideIt() {
		Result before = neighborhood(Map.of("id", NORTH_BATTALION, "dateTo", "1901-03-01"));
		assertThat(before.nodeIds()).containsExactly(NORTH_BATTALION);
		assertThat(before.edges()).isEmpty();
		Result after = neighborhood(Map.of("id", NORTH_BATTALION, "dateFrom", "1901-03-01"));
		assertThat(after.nodeIds()).containsExactlyInAnyOrder(NORTH_BATTALION, RAID, ARMED_FORCES, BATTALION_CLAIM);
		assertThat(after.edges().stream().map(Edge::type)).containsExactlyInAnyOrder("PARTICIPATED_IN", "ATTACKED",
				"CLAIMED_BY");
	}

	@Test
	void provenanceIsShownOnlyWhenAskedFor() {
		assertThat(neighborhood(Map.of("id", NORTH_BATTALION)).nodes())
			.noneSatisfy((node) -> assertThat(node.kinds()).containsAnyOf("Mention", "Source"));
		Result result = neighborhood(
				Map.of("id", NORTH_BATTALION, "depth", 2, "relationshipTypes", List.of("EVIDENCED_BY", "IN_SOURCE")));
		assertThat(result.nodeIds()).contains(ExploreFixture.mention(ExploreFixture.RAID_QUOTE),
				ExploreFixture.mention(ExploreFixture.MINISTRY_QUOTE), SOURCE);
		assertThat(result.node(ExploreFixture.mention(ExploreFixture.RAID_QUOTE)).label())
			.isEqualTo(ExploreFixture.RAID_QUOTE);
		// The full text of a source is not a property for a front end.
		assertThat(result.node(SOURCE).properties()).containsEntry("title", "Test explore article")
			.doesNotContainKey("text");
	}

	@Test
	void anUnknownIdIsNotFound() {
		failsWith(this.graphQl.documentName("exploreNeighborhood").variable("id", "actor:nobody"), ErrorType.NOT_FOUND,
				"actor:nobody");
	}

	@Test
	void anUnknownRelationshipTypeIsABadRequest() {
		failsWith(
				this.graphQl.documentName("exploreNeighborhood")
					.variable("id", RAID)
					.variable("relationshipTypes", List.of("ABOUT", "FOLLOWS}]->(x) DETACH DELETE x //")),
				ErrorType.BAD_REQUEST, "Unknown relationship type");
	}

	@Test
	void anUnknownKindIsABadRequest() {
		failsWith(this.graphQl.documentName("exploreNeighborhood")
			.variable("id", RAID)
			.variable("kinds", List.of("Spaceship")), ErrorType.BAD_REQUEST, "Unknown kind");
	}

	@Test
	void depthAndLimitOutsideTheirRangeAreBadRequests() {
		failsWith(this.graphQl.documentName("exploreNeighborhood").variable("id", RAID).variable("depth", 4),
				ErrorType.BAD_REQUEST, "depth");
		failsWith(this.graphQl.documentName("exploreNeighborhood").variable("id", RAID).variable("limit", 1001),
				ErrorType.BAD_REQUEST, "limit");
		failsWith(this.graphQl.documentName("exploreNeighborhood")
			.variable("id", RAID)
			.variable("dateFrom", "1901-03-02")
			.variable("dateTo", "1901-03-01"), ErrorType.BAD_REQUEST, "dateTo");
	}

	private Result neighborhood(Map<String, Object> variables) {
		HttpGraphQlTester.Request<?> request = this.graphQl.documentName("exploreNeighborhood");
		variables.forEach(request::variable);
		return request.execute().path("neighborhood").entity(Result.class).get();
	}

	record Result(List<Node> nodes, List<Edge> edges, boolean truncated, List<String> truncatedNodeIds) {

		List<String> nodeIds() {
			return this.nodes.stream().map(Node::id).toList();
		}

		Node node(String id) {
			return this.nodes.stream().filter((node) -> node.id().equals(id)).findFirst().orElseThrow();
		}

	}

	record Node(String id, List<String> kinds, String label, Map<String, Object> properties) {
	}

	record Edge(String id, String type, String source, String target, Map<String, Object> properties) {
	}

}

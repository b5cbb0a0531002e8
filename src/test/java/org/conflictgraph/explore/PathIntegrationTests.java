package org.conflictgraph.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import static org.conflictgraph.explore.ExploreFixture.MINISTRY;
import static org.conflictgraph.explore.ExploreFixture.MINISTRY_CLAIM;
import static org.conflictgraph.explore.ExploreFixture.MINISTRY_QUOTE;
import static org.conflictgraph.explore.ExploreFixture.NORTH_BATTALION;
import static org.conflictgraph.explore.ExploreFixture.RAID;
import static org.conflictgraph.explore.ExploreFixture.RAID_QUOTE;
import static org.conflictgraph.explore.ExploreFixture.REGION;
import static org.conflictgraph.explore.ExploreFixture.RIVER_CORPS;
import static org.conflictgraph.explore.ExploreFixture.TEXT;
import static org.conflictgraph.explore.ExploreFixture.VILLAGE;
import static org.conflictgraph.explore.GraphQlErrorAssertions.failsWith;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathIntegrationTests {

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
	void allShortestPathsFromTheBattalionToTheMinistryGoThroughFacts() {
		Search search = paths(Map.of("fromId", NORTH_BATTALION, "toId", MINISTRY));
		assertThat(search.length()).isEqualTo(3);
		assertThat(search.truncated()).isFalse();
		// Five routes of three hops, in a fixed order (by the ids along each path):
		// through the armed forces both battalions attacked (River Corps attacked them
		// and is part of them: two routes), through the contradicting claims, through the
		// raid and the ministry's claim about it, and through the raid and River Corps,
		// whom the ministry blamed.
		assertThat(search.paths()).extracting(Path::route)
			.containsExactly(
					List.of(NORTH_BATTALION, "ATTACKED>", ARMED_FORCES, "<ATTACKED", RIVER_CORPS, "<BLAMED", MINISTRY),
					List.of(NORTH_BATTALION, "ATTACKED>", ARMED_FORCES, "<PART_OF", RIVER_CORPS, "<BLAMED", MINISTRY),
					List.of(NORTH_BATTALION, "<CLAIMED_BY", BATTALION_CLAIM, "<CONTRADICTS", MINISTRY_CLAIM,
							"CLAIMED_BY>", MINISTRY),
					List.of(NORTH_BATTALION, "PARTICIPATED_IN>", RAID, "<ABOUT", MINISTRY_CLAIM, "CLAIMED_BY>",
							MINISTRY),
					List.of(NORTH_BATTALION, "PARTICIPATED_IN>", RAID, "<PARTICIPATED_IN", RIVER_CORPS, "<BLAMED",
							MINISTRY));
		assertThat(search.paths()).allSatisfy((path) -> {
			assertThat(path.length()).isEqualTo(3);
			assertThat(path.steps()).hasSize(3);
		});
	}

	@Test
	void eachStepCarriesItsDirectionAndTheQuoteThatSupportsIt() {
		Path path = paths(Map.of("fromId", NORTH_BATTALION, "toId", MINISTRY)).paths()
			.stream()
			.filter((candidate) -> candidate.nodeIds().equals(List.of(NORTH_BATTALION, RAID, MINISTRY_CLAIM, MINISTRY)))
			.findFirst()
			.orElseThrow();
		assertThat(path.steps()).extracting((step) -> step.edge().type())
			.containsExactly("PARTICIPATED_IN", "ABOUT", "CLAIMED_BY");
		assertThat(path.steps()).extracting(Step::forward).containsExactly(true, false, true);
		assertThat(path.steps().get(1).from().id()).isEqualTo(RAID);
		assertThat(path.steps().get(1).to().id()).isEqualTo(MINISTRY_CLAIM);
		assertThat(path.steps()).extracting((step) -> step.edge().evidence().get(0).quote())
			.containsExactly(RAID_QUOTE, MINISTRY_QUOTE, MINISTRY_QUOTE);
		Evidence evidence = path.steps().get(0).edge().evidence().get(0);
		assertThat(TEXT.substring(evidence.start(), evidence.end())).isEqualTo(RAID_QUOTE);
		assertThat(evidence.mentionId()).isEqualTo(ExploreFixture.mention(RAID_QUOTE));
		assertThat(evidence.sourceId()).isEqualTo(ExploreFixture.SOURCE);
		assertThat(evidence.sourceTitle()).isEqualTo("Test explore article");
		assertThat(evidence.publisher()).isEqualTo("Gazette");
		assertThat(evidence.url()).isEqualTo("https://example.org/test-explore");
		assertThat(evidence.published()).isEqualTo("1901-03-13");
	}

	@Test
	void theLimitCutsTheListAndSaysSo() {
		Search search = paths(Map.of("fromId", NORTH_BATTALION, "toId", MINISTRY, "limit", 4));
		assertThat(search.paths()).hasSize(4);
		assertThat(search.truncated()).isTrue();
	}

	@Test
	void relationshipTypesRestrictTheRoute() {
		Search search = paths(Map.of("fromId", NORTH_BATTALION, "toId", MINISTRY, "relationshipTypes",
				List.of("PARTICIPATED_IN", "ABOUT", "CLAIMED_BY")));
		assertThat(search.paths()).extracting(Path::nodeIds)
			.containsExactly(List.of(NORTH_BATTALION, RAID, MINISTRY_CLAIM, MINISTRY));
	}

	@Test
	void withProvenanceTheSharedMentionIsTheShortcut() {
		Search search = paths(Map.of("fromId", NORTH_BATTALION, "toId", MINISTRY, "excludeProvenance", false));
		assertThat(search.length()).isEqualTo(2);
		assertThat(search.paths()).extracting(Path::nodeIds)
			.containsExactly(List.of(NORTH_BATTALION, ExploreFixture.mention(MINISTRY_QUOTE), MINISTRY));
	}

	@Test
	void noPathWithinMaxHopsIsAnEmptyAnswer() {
		Search search = paths(Map.of("fromId", NORTH_BATTALION, "toId", MINISTRY, "maxHops", 2));
		assertThat(search.paths()).isEmpty();
		assertThat(search.length()).isNull();
		assertThat(search.truncated()).isFalse();
	}

	@Test
	void pathArgumentsAreChecked() {
		failsWith(this.graphQl.documentName("explorePaths").variable("fromId", NORTH_BATTALION).variable("toId", "x:y"),
				ErrorType.NOT_FOUND, "'x:y'");
		failsWith(this.graphQl.documentName("explorePaths")
			.variable("fromId", NORTH_BATTALION)
			.variable("toId", NORTH_BATTALION), ErrorType.BAD_REQUEST, "same node");
		failsWith(this.graphQl.documentName("explorePaths")
			.variable("fromId", NORTH_BATTALION)
			.variable("toId", MINISTRY)
			.variable("maxHops", 9), ErrorType.BAD_REQUEST, "maxHops");
		failsWith(
				this.graphQl.documentName("explorePaths")
					.variable("fromId", NORTH_BATTALION)
					.variable("toId", MINISTRY)
					.variable("relationshipTypes", List.of("EVIDENCED_BY")),
				ErrorType.BAD_REQUEST, "excludeProvenance");
		failsWith(
				this.graphQl.documentName("explorePaths")
					.variable("fromId", NORTH_BATTALION)
					.variable("toId", MINISTRY)
					.variable("relationshipTypes", List.of("KNOWS")),
				ErrorType.BAD_REQUEST, "Unknown relationship type");
	}

	@Test
	void connectionsOfAVillageItsCountryAndTheGovernorMeetInTheRegion() {
		Connected connected = connections(Map.of("ids", List.of(VILLAGE, GOVERNOR, COUNTRY)));
		assertThat(connected.nodes()).extracting(Node::id).containsExactly(VILLAGE, GOVERNOR, COUNTRY, REGION);
		assertThat(connected.edges()).extracting(Edge::id)
			.containsExactlyInAnyOrder("LOCATED_IN:" + VILLAGE + "->" + REGION,
					"HOLDS_POSITION:" + GOVERNOR + "->" + REGION, "LOCATED_IN:" + REGION + "->" + COUNTRY);
		assertThat(connected.groups()).containsExactly(List.of(VILLAGE, GOVERNOR, COUNTRY));
	}

	@Test
	void connectionsFormATreeWhoseLeavesAreTheGivenNodes() {
		List<String> ids = List.of(NORTH_BATTALION, MINISTRY, GOVERNOR);
		Connected connected = connections(Map.of("ids", ids));
		assertThat(connected.groups()).containsExactly(ids);
		Set<String> nodes = new HashSet<>(connected.nodes().stream().map(Node::id).toList());
		assertThat(nodes).containsAll(ids);
		// A tree: one edge fewer than nodes, and connected (the groups say so); the
		// shortest pairwise routes are 3 hops, so at most 6 edges.
		assertThat(connected.edges()).hasSize(nodes.size() - 1).hasSizeLessThanOrEqualTo(6);
		Map<String, Integer> degree = new HashMap<>();
		connected.edges().forEach((edge) -> {
			assertThat(nodes).contains(edge.source(), edge.target());
			degree.merge(edge.source(), 1, Integer::sum);
			degree.merge(edge.target(), 1, Integer::sum);
		});
		// Every node that was not asked for lies between others.
		nodes.stream().filter((id) -> !ids.contains(id)).forEach((id) -> assertThat(degree.get(id)).isGreaterThan(1));
	}

	@Test
	void nodesThatCannotBeConnectedEndUpInSeparateGroups() {
		Connected connected = connections(
				Map.of("ids", List.of(NORTH_BATTALION, ExploreFixture.cell(1)), "maxHops", 4));
		assertThat(connected.groups()).containsExactly(List.of(NORTH_BATTALION), List.of(ExploreFixture.cell(1)));
		assertThat(connected.nodes()).extracting(Node::id).containsExactly(NORTH_BATTALION, ExploreFixture.cell(1));
		assertThat(connected.edges()).isEmpty();
	}

	@Test
	void connectionArgumentsAreChecked() {
		failsWith(this.graphQl.documentName("exploreConnections").variable("ids", List.of(NORTH_BATTALION)),
				ErrorType.BAD_REQUEST, "between 2 and 12");
		failsWith(this.graphQl.documentName("exploreConnections").variable("ids", List.of(NORTH_BATTALION, "x:y")),
				ErrorType.NOT_FOUND, "'x:y'");
	}

	private Search paths(Map<String, Object> variables) {
		HttpGraphQlTester.Request<?> request = this.graphQl.documentName("explorePaths");
		variables.forEach(request::variable);
		return request.execute().path("paths").entity(Search.class).get();
	}

	private Connected connections(Map<String, Object> variables) {
		HttpGraphQlTester.Request<?> request = this.graphQl.documentName("exploreConnections");
		variables.forEach(request::variable);
		return request.execute().path("connections").entity(Connected.class).get();
	}

	record Search(Integer length, boolean truncated, List<Path> paths) {
	}

	record Path(int length, List<Node> nodes, List<Edge> edges, List<Step> steps) {

		List<String> nodeIds() {
			return this.nodes.stream().map(Node::id).toList();
		}

		/** The node ids with the relationship types between them, arrows as walked. */
		List<String> route() {
			List<String> route = new ArrayList<>();
			route.add(this.steps.get(0).from().id());
			for (Step step : this.steps) {
				route.add(step.forward() ? step.edge().type() + ">" : "<" + step.edge().type());
				route.add(step.to().id());
			}
			return route;
		}

	}

	record Step(Node from, Node to, boolean forward, Edge edge) {
	}

	record Node(String id, List<String> kinds, String label) {
	}

	record Edge(String id, String type, String source, String target, List<Evidence> evidence) {
	}

	record Evidence(String mentionId, String quote, int start, int end, String sourceId, String sourceTitle,
			String publisher, String url, String published) {
	}

	record Connected(List<Node> nodes, List<Edge> edges, List<List<String>> groups) {
	}

}

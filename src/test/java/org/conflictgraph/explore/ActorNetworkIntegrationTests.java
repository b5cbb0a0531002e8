package org.conflictgraph.explore;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import static org.assertj.core.api.Assertions.within;
import static org.conflictgraph.explore.ExploreFixture.ARMED_FORCES;
import static org.conflictgraph.explore.ExploreFixture.GOVERNOR;
import static org.conflictgraph.explore.ExploreFixture.HUB;
import static org.conflictgraph.explore.ExploreFixture.MINISTRY;
import static org.conflictgraph.explore.ExploreFixture.NORTH_BATTALION;
import static org.conflictgraph.explore.ExploreFixture.RIVER_CORPS;
import static org.conflictgraph.explore.ExploreFixture.cell;
import static org.conflictgraph.explore.GraphQlErrorAssertions.failsWith;

/**
 * Metric values on two small networks of the fixture, each worked out by hand in the
 * comments.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorNetworkIntegrationTests {

	private static final Map<String, Object> YEAR_1901 = Map.of("dateFrom", "1901-01-01", "dateTo", "1901-12-31");

	private static final Map<String, Object> YEAR_1902 = Map.of("dateFrom", "1902-01-01", "dateTo", "1902-12-31");

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

	/**
	 * Six cells met in 1902: cells 1, 2, 3 at meeting a, cells 4, 5, 6 at meeting b,
	 * cells 3 and 4 at meeting c. Two triangles joined by the bridge 3-4, m = 7 links of
	 * weight 1.
	 * <ul>
	 * <li>Betweenness: the 2 x 3 pairs {1,2} x {4,5,6} all pass 3, and likewise for 4: 6
	 * each, 0 for the others.</li>
	 * <li>PageRank (d = 0.85, n = 6), by symmetry p for 1, 2, 5, 6 and q for 3, 4: p =
	 * 0.025 + 0.85 (p/2 + q/3), q = 0.025 + 0.85 (p + q/3), so p = 0.025 / 0.17125 =
	 * 0.145985 and q = 0.025 * 1.425 / 0.17125 = 0.208029.</li>
	 * <li>Communities {1,2,3} and {4,5,6}: modularity 2 (3/7 - (7/14)^2) = 5/14.</li>
	 * </ul>
	 */
	@Test
	void twoTrianglesAndABridgeByHand() {
		Network network = network(Map.of("filter", YEAR_1902, "orderBy", "BETWEENNESS", "first", 10));
		assertThat(network.actorCount()).isEqualTo(6);
		assertThat(network.linkCount()).isEqualTo(7);
		assertThat(network.betweennessComputed()).isTrue();
		assertThat(network.communitiesComputed()).isTrue();
		assertThat(network.modularity()).isCloseTo(5.0 / 14, within(1e-9));
		assertThat(network.actors()).extracting((actor) -> actor.actor().id())
			.containsExactly(cell(3), cell(4), cell(1), cell(2), cell(5), cell(6));
		Map<String, Ranked> byId = network.byId();
		for (int i : List.of(1, 2, 5, 6)) {
			assertThat(byId.get(cell(i)).betweenness()).isZero();
			assertThat(byId.get(cell(i)).degree()).isEqualTo(2);
			assertThat(byId.get(cell(i)).pageRank()).isCloseTo(0.025 / 0.17125, within(1e-6));
		}
		for (int i : List.of(3, 4)) {
			assertThat(byId.get(cell(i)).betweenness()).isCloseTo(6.0, within(1e-9));
			assertThat(byId.get(cell(i)).degree()).isEqualTo(3);
			assertThat(byId.get(cell(i)).pageRank()).isCloseTo(0.025 * 1.425 / 0.17125, within(1e-6));
		}
		assertThat(network.communities()).hasSize(2);
		assertThat(network.communities().get(0).actorIds()).containsExactlyInAnyOrder(cell(1), cell(2), cell(3));
		assertThat(network.communities().get(1).actorIds()).containsExactlyInAnyOrder(cell(4), cell(5), cell(6));
		assertThat(byId.get(cell(1)).community()).isZero();
		assertThat(byId.get(cell(6)).community()).isEqualTo(1);
		assertThat(network.links()).hasSize(7)
			.allSatisfy((link) -> assertThat(link.kinds()).containsExactly("SHARED_EVENT"));
	}

	/**
	 * The raid of 1901. Links (weight): North Battalion - River Corps (shared raid 1 +
	 * the battalion's claim about the raid River Corps took part in 1 = 2); North
	 * Battalion - Armed Forces (shared 1 + claim 1 + attack 1 = 3); River Corps - Armed
	 * Forces (shared 1 + attack 1 + part of 1 = 3); Ministry - River Corps (claim about
	 * the raid 1 + claim blaming it 1 + blame 1 = 3); Ministry - North Battalion,
	 * Ministry - Armed Forces, Governor - each of the three fighters (claims about the
	 * raid, 1 each). The Gazette only relays a claim, and the Hub Brigade's PART_OF does
	 * not join a dated selection it has no activity in. Only the Ministry and the
	 * Governor are not linked; their three shortest routes pass North Battalion, River
	 * Corps and Armed Forces, so each of those has betweenness 1/3.
	 */
	@Test
	void theRaidNetworkByHand() {
		Network network = network(Map.of("filter", YEAR_1901, "orderBy", "WEIGHTED_DEGREE"));
		assertThat(network.actorCount()).isEqualTo(5);
		assertThat(network.linkCount()).isEqualTo(9);
		assertThat(network.actors()).extracting((actor) -> actor.actor().id())
			.containsExactly(RIVER_CORPS, ARMED_FORCES, NORTH_BATTALION, MINISTRY, GOVERNOR);
		assertThat(network.actors()).extracting(Ranked::weightedDegree).containsExactly(9.0, 8.0, 7.0, 5.0, 3.0);
		assertThat(network.actors()).extracting(Ranked::degree).containsExactly(4, 4, 4, 3, 3);
		assertThat(network.actors()).extracting(Ranked::betweenness)
			.containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3, 0.0, 0.0);
		assertThat(network.actors().stream().mapToDouble(Ranked::pageRank).sum()).isCloseTo(1.0, within(1e-6));
		Map<String, Link> links = network.links()
			.stream()
			.collect(Collectors.toMap((link) -> link.source() + " " + link.target(), Function.identity()));
		// The source of a link is the actor with the smaller id.
		assertThat(network.links()).allSatisfy((link) -> assertThat(link.source()).isLessThan(link.target()));
		assertThat(links.get(RIVER_CORPS + " " + MINISTRY).kinds()).containsExactly("CLAIM", "BLAMED");
		assertThat(links.get(RIVER_CORPS + " " + MINISTRY).weight()).isEqualTo(3.0);
		assertThat(links.get(RIVER_CORPS + " " + ARMED_FORCES).kinds()).containsExactly("SHARED_EVENT", "ATTACKED",
				"PART_OF");
		assertThat(links.get(NORTH_BATTALION + " " + ARMED_FORCES).weight()).isEqualTo(3.0);
		assertThat(links.get(NORTH_BATTALION + " " + RIVER_CORPS).weight()).isEqualTo(2.0);
	}

	/**
	 * Attacks and part-of only: North Battalion - Armed Forces (weight 1) and River Corps
	 * - Armed Forces (attack 1 + part of 1 = 2), a path. Weighted PageRank (d = 0.85, n =
	 * 3): Armed Forces a = 0.05 + 0.85 (b + r), North Battalion b = 0.05 + 0.85 a / 3,
	 * River Corps r = 0.05 + 0.85 * 2a / 3; so a = 0.135 / 0.2775 = 0.486486, b =
	 * 0.187838, r = 0.325676.
	 */
	@Test
	void weightedPageRankOnAPathByHand() {
		Map<String, Object> filter = Map.of("dateFrom", "1901-01-01", "dateTo", "1901-12-31", "links",
				List.of("ATTACKED", "PART_OF"));
		Network network = network(Map.of("filter", filter));
		assertThat(network.actorCount()).isEqualTo(3);
		double armedForces = 0.135 / 0.2775;
		assertThat(network.actors()).extracting((actor) -> actor.actor().id())
			.containsExactly(ARMED_FORCES, RIVER_CORPS, NORTH_BATTALION);
		assertThat(network.actors()).extracting(Ranked::pageRank)
			.satisfiesExactly((rank) -> assertThat(rank).isCloseTo(armedForces, within(1e-6)),
					(rank) -> assertThat(rank).isCloseTo(0.05 + 0.85 * armedForces * 2 / 3, within(1e-6)),
					(rank) -> assertThat(rank).isCloseTo(0.05 + 0.85 * armedForces / 3, within(1e-6)));
		assertThat(network.actors()).extracting(Ranked::betweenness).containsExactly(1.0, 0.0, 0.0);
	}

	@Test
	void chosenActorsStayInTheNetworkWithTheirStructure() {
		Network network = network(
				Map.of("filter", Map.of("actorIds", List.of(HUB, ARMED_FORCES, NORTH_BATTALION)), "orderBy", "DEGREE"));
		assertThat(network.actorCount()).isEqualTo(3);
		assertThat(network.links()).extracting((link) -> link.source() + " " + link.target() + " " + link.weight())
			.containsExactlyInAnyOrder(HUB + " " + ARMED_FORCES + " 1.0",
					NORTH_BATTALION + " " + ARMED_FORCES + " 3.0");
		assertThat(network.actors().get(0).actor().id()).isEqualTo(ARMED_FORCES);
	}

	@Test
	void actorKindsNarrowTheNetwork() {
		Network network = network(Map.of("filter", Map.of("dateFrom", "1901-01-01", "dateTo", "1901-12-31",
				"actorKinds", List.of("ArmedGroup", "MilitaryForce"))));
		assertThat(network.actors()).extracting((actor) -> actor.actor().id())
			.containsExactlyInAnyOrder(NORTH_BATTALION, RIVER_CORPS, ARMED_FORCES);
		assertThat(network.actors()).allSatisfy((actor) -> assertThat(actor.actor().kinds()).contains("Actor"));
	}

	@Test
	void theWholeGraphKeepsComponentsApart() {
		Network network = network(Map.of("orderBy", "DEGREE", "first", 500));
		Map<String, Ranked> byId = network.byId();
		assertThat(byId).containsKeys(NORTH_BATTALION, RIVER_CORPS, MINISTRY, ARMED_FORCES, GOVERNOR, HUB, cell(1),
				cell(6));
		// Betweenness and communities of the cells do not depend on other components.
		assertThat(byId.get(cell(3)).betweenness()).isCloseTo(6.0, within(1e-9));
		assertThat(byId.get(cell(1)).community()).isEqualTo(byId.get(cell(3)).community())
			.isNotEqualTo(byId.get(cell(4)).community());
		// Without a date filter the Hub Brigade's PART_OF counts.
		assertThat(byId.get(HUB).degree()).isEqualTo(1);
	}

	@Test
	void filterArgumentsAreChecked() {
		failsWith(
				this.graphQl.documentName("exploreActorNetwork")
					.variable("filter", Map.of("eventTypes", List.of("Picnics"))),
				ErrorType.BAD_REQUEST, "Unknown event type");
		failsWith(
				this.graphQl.documentName("exploreActorNetwork")
					.variable("filter", Map.of("actorKinds", List.of("Settlement"))),
				ErrorType.BAD_REQUEST, "Unknown kind");
		failsWith(
				this.graphQl.documentName("exploreActorNetwork")
					.variable("filter", Map.of("actorIds", List.of("armed-group:nobody"))),
				ErrorType.NOT_FOUND, "armed-group:nobody");
		failsWith(this.graphQl.documentName("exploreActorNetwork").variable("first", 0), ErrorType.BAD_REQUEST,
				"first");
	}

	private Network network(Map<String, Object> variables) {
		HttpGraphQlTester.Request<?> request = this.graphQl.documentName("exploreActorNetwork");
		variables.forEach(request::variable);
		return request.execute().path("actorNetwork").entity(Network.class).get();
	}

	record Network(int actorCount, int linkCount, Double modularity, boolean betweennessComputed,
			boolean communitiesComputed, List<Ranked> actors, List<Link> links, List<Community> communities) {

		Map<String, Ranked> byId() {
			return this.actors.stream().collect(Collectors.toMap((actor) -> actor.actor().id(), Function.identity()));
		}

	}

	record Ranked(Actor actor, int degree, double weightedDegree, Double betweenness, double pageRank,
			Integer community) {
	}

	record Actor(String id, List<String> kinds, String label) {
	}

	record Link(String source, String target, double weight, List<String> kinds) {
	}

	record Community(int index, int size, List<String> actorIds) {
	}

}

package org.conflictgraph.event;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.conflictgraph.IntegrationTest;
import org.conflictgraph.QueryPlans;
import org.conflictgraph.actor.ParticipantRole;
import org.conflictgraph.shared.NearInput;
import org.conflictgraph.shared.Statement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event filter starts from an index (a seek on a unique id, a range of dates, the
 * point index) rather than from a scan of every event: checked on the plans Neo4j makes.
 * The benchmark repeats the check on a large graph, where the planner's statistics are
 * realistic (docs/benchmark.md).
 */
@IntegrationTest
class EventQueryPlanIntegrationTests {

	static final List<String> SCANS = List.of("NodeByLabelScan", "AllNodesScan", "NodeIndexScan");

	@Autowired
	Driver driver;

	@Test
	void eventsInADateRangeSeekTheDateIndex() {
		List<String> leaves = leaves(new EventFilter(null, null, null, LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 3, 31), null, null, null, null, null, null, null));
		assertThat(leaves).containsExactly("NodeIndexSeekByRange");
	}

	@Test
	void allEventsAreReadInDateOrderFromTheIndexAndTheReadingStopsAfterThePage() {
		Statement page = EventQueries.query(EventFilter.NONE).page(EventQueries.keyset(EventSort.DATE_DESC), null, 20);
		List<String> operators = QueryPlans.operators(this.driver, page.cypher(), page.parameters());
		assertThat(operators).doesNotContain("NodeByLabelScan", "AllNodesScan", "Sort");
		assertThat(operators).contains("NodeIndexScan");
	}

	@Test
	void eventsOfAnActorStartFromTheActor() {
		assertThat(leaves(new EventFilter(null, null, null, null, null, null, null, null,
				"armed-group:russian-volunteer-corps", ParticipantRole.ATTACKER, null, null)))
			.containsExactly("NodeUniqueIndexSeek");
	}

	@Test
	void eventsBeneathAPlaceStartFromThePlace() {
		assertThat(leaves(new EventFilter(null, null, null, LocalDate.of(2024, 1, 1), null, "region:belgorod-oblast",
				null, null, null, null, null, null)))
			.containsExactly("NodeUniqueIndexSeek");
	}

	@Test
	void eventsNearAPointStartFromThePointIndex() {
		assertThat(leaves(new EventFilter(null, null, null, null, null, null, new NearInput(50.6, 36.6, 30), null, null,
				null, null, null)))
			.singleElement()
			.satisfies((leaf) -> assertThat(leaf).startsWith("NodeIndexSeekByRange").doesNotContain("Scan"));
	}

	@Test
	void eventsOfASourceStartFromItsMentions() {
		assertThat(leaves(new EventFilter(List.of("Battles"), null, null, null, null, null, null, null, null, null,
				null, "source:cnn-2024-03-12-cross-border-raids")))
			.containsExactly("NodeIndexSeek");
	}

	@Test
	void eventsClaimedAboutByAnActorStartFromTheActor() {
		assertThat(leaves(new EventFilter(null, null, null, null, null, null, null, null, null, null,
				"government-body:russian-defence-ministry", null)))
			.containsExactly("NodeUniqueIndexSeek");
	}

	@Test
	void severalAnchorsStartFromTheFirstAndCheckTheOthers() {
		List<String> leaves = leaves(new EventFilter(null, null, null, null, null, "region:belgorod-oblast", null, null,
				"armed-group:russian-volunteer-corps", null, null, null));
		assertThat(leaves).first().isEqualTo("NodeUniqueIndexSeek");
		assertThat(leaves).doesNotContainAnyElementsOf(SCANS);
	}

	private List<String> leaves(EventFilter filter) {
		Statement page = EventQueries.query(filter).page(EventQueries.keyset(EventSort.DATE_DESC), null, 20);
		List<String> leaves = QueryPlans.leaves(this.driver, page.cypher(), page.parameters());
		assertThat(leaves).as(page.cypher()).doesNotContainAnyElementsOf(SCANS);
		return leaves;
	}

}

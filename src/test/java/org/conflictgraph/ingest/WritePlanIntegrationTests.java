package org.conflictgraph.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.conflictgraph.QueryPlans;
import org.conflictgraph.database.ServiceProcess;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write path's statements carry {@code CYPHER replan=skip}, so the plan Neo4j makes
 * when a bulk import starts on an empty graph is the one the whole import keeps. Planned
 * here by the service on an empty database (its migrations applied, no seed), it must
 * start from unique ids, never from an index whose hits grow with the graph. Event
 * resolution's look-up starts from the indexes made for it.
 */
class WritePlanIntegrationTests {

	@TempDir
	Path dataDirectory;

	@Test
	void theDerivedAttackedEdgesStartFromTheEventsNotFromEveryAttackerOfTheGraph() {
		try (ConfigurableApplicationContext service = ServiceProcess.embedded(this.dataDirectory,
				"--conflictgraph.seed.enabled=false")) {
			String plan = QueryPlans.describe(service.getBean(Driver.class), AttackedEdges.DERIVE,
					Map.of("eventIds", List.of("event:test")));
			assertThat(plan).as(plan)
				.contains("NodeUniqueIndexSeek")
				.doesNotContain("DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek", "Scan");
		}
	}

	@Test
	void eventResolutionReadsOnlyTheEventsOfAWindowsTypeAndTheCoarselyDatedOnes() {
		try (ConfigurableApplicationContext service = ServiceProcess.embedded(this.dataDirectory,
				"--conflictgraph.seed.enabled=false")) {
			LocalDate day = LocalDate.of(2024, 3, 12);
			Map<String, Object> window = Map.of("type", "Battles", "after", day, "before", day.plusDays(1), "starts",
					List.of(day.withDayOfMonth(1), day.withDayOfYear(1)));
			String plan = QueryPlans.describe(service.getBean(Driver.class), ReportWriter.EVENT_CANDIDATES,
					Map.of("windows", List.of(window), "actors", List.of("armed_group:test"), "periods",
							EventSignature.PERIODS));
			assertThat(plan).as(plan)
				.contains("RANGE INDEX e:Event(type, date)", "RANGE INDEX e:Event(datePrecision, date)")
				.doesNotContain("e:Event(date)", "Scan");
		}
	}

}

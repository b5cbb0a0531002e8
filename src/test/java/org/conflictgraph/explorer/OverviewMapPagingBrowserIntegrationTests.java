package org.conflictgraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tools.jackson.databind.json.JsonMapper;

import org.conflictgraph.IntegrationTest;
import org.conflictgraph.ingest.ReportIngester;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page's map shows every event and place, more than the API's page of 100: a
 * generated report of {@value #VILLAGES} shelled villages (ids with {@code test-map-}, in
 * a corner of the map away from the seed) is ingested before and removed after.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExplorerBrowserExtension.class)
class OverviewMapPagingBrowserIntegrationTests {

	static final int VILLAGES = 130;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ReportIngester ingester;

	@Autowired
	Neo4jClient neo4j;

	@BeforeAll
	void ingestManyVillages() {
		remove();
		this.ingester.ingest(report(), false);
	}

	@AfterAll
	void remove() {
		this.neo4j.query("MATCH (n:Node) WHERE n.id CONTAINS 'test-map-' DETACH DELETE n").run();
	}

	@Test
	void theMapShowsEveryEventAndEveryPlaceNotOnlyTheFirstPage(ExplorerBrowser browser) {
		int events = total("events");
		int places = total("places");
		assertThat(events).isGreaterThan(VILLAGES).isGreaterThan(100);
		assertThat(places).isGreaterThan(VILLAGES).isGreaterThan(100);
		browser.open("");
		browser.waitUntil((d) -> "true".equals(browser.attribute(By.id("map"), "data-ready")));
		// Every event and place of the graph has coordinates (the seed's and these).
		assertThat(browser.attribute(By.id("map"), "data-markers")).isEqualTo(String.valueOf(events));
		assertThat(browser.attribute(By.id("map"), "data-places")).isEqualTo(String.valueOf(places));
		assertThat(browser.findAll(By.cssSelector("#map path[data-id^='event:test-map-']"))).hasSize(VILLAGES);
	}

	private int total(String connection) {
		return this.graphQl.document("{ " + connection + "(first: 1) { totalCount } }")
			.execute()
			.path(connection + ".totalCount")
			.entity(Integer.class)
			.get();
	}

	/** One article, one sentence per village: "Shelling hit Testmap Village 001." */
	private static byte[] report() {
		StringBuilder text = new StringBuilder();
		List<Map<String, Object>> entities = new ArrayList<>();
		List<Map<String, Object>> events = new ArrayList<>();
		List<Map<String, Object>> relations = new ArrayList<>();
		for (int i = 1; i <= VILLAGES; i++) {
			String number = String.format("%03d", i);
			String name = "Testmap Village " + number;
			String sentence = "Shelling hit " + name + ".";
			text.append(sentence).append(' ');
			String village = "settlement:test-map-village-" + number;
			String event = "event:test-map-2031-06-01-shelling-of-village-" + number;
			entities.add(Map.of("id", village, "kind", "Settlement", "name", name, "properties",
					Map.of("location", Map.of("latitude", -40.0 - i * 0.05, "longitude", -120.0 + i * 0.05)),
					"evidence", List.of(Map.of("quote", name))));
			events.add(Map.of("id", event, "title", "Shelling of " + name, "date", "2031-06-01", "datePrecision", "DAY",
					"type", "Explosions/Remote violence", "subType", "Shelling/artillery/missile attack", "status",
					"REPORTED", "evidence", List.of(Map.of("quote", sentence))));
			relations.add(Map.of("type", "OCCURRED_IN", "from", event, "to", village, "properties",
					Map.of("precision", "in"), "evidence", List.of(Map.of("quote", sentence))));
		}
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("id", "source:test-map-gazette-2031-06-02");
		source.put("kind", "NewsArticle");
		source.put("title", "Shelling of many villages (test)");
		source.put("published", "2031-06-02");
		source.put("language", "en");
		source.put("text", text.toString().trim());
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("formatVersion", 1);
		report.put("source", source);
		report.put("entities", entities);
		report.put("events", events);
		report.put("claims", List.of());
		report.put("relations", relations);
		return JsonMapper.builder().build().writeValueAsBytes(report);
	}

}

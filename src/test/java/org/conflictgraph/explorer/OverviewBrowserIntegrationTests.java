package org.conflictgraph.explorer;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's start page in a browser that reaches only loopback: the map (Leaflet and
 * Natural Earth outlines from the jar), the month histogram, brushing both, and the
 * timeline of an actor from its panel; figures checked against the GraphQL API.
 */
@IntegrationTest
@ExtendWith(ExplorerBrowserExtension.class)
class OverviewBrowserIntegrationTests {

	static final String KRYVYI_RIH_STRIKE = "event:2024-03-12-missile-strike-on-kryvyi-rih";

	@Autowired
	HttpGraphQlTester graphQl;

	ExplorerBrowser browser;

	@BeforeEach
	void openStartPage(ExplorerBrowser browser) {
		this.browser = browser;
		browser.open("");
		browser.waitUntil((d) -> "true".equals(browser.attribute(By.id("map"), "data-ready"))
				&& "true".equals(browser.attribute(By.id("timeline"), "data-ready")));
	}

	@Test
	void theStartPageShowsCountsTheLatestEventsAMapAndAMonthHistogram() throws IOException {
		List<String> months = this.graphQl.document("{ eventCounts(groupBy: MONTH) { key count } }")
			.execute()
			.path("eventCounts[*].key")
			.entityList(String.class)
			.get();
		assertThat(this.browser.attribute(By.id("timeline"), "data-months")).isEqualTo(String.valueOf(months.size()));
		assertThat(this.browser.findAll(By.cssSelector("#timeline rect.bar"))).hasSize(months.size());
		int events = this.graphQl.document("{ events(first: 1) { totalCount } }")
			.execute()
			.path("events.totalCount")
			.entity(Integer.class)
			.get();
		// Every event of the seed has a place with coordinates, so every one is on the
		// map.
		assertThat(this.browser.attribute(By.id("map"), "data-markers")).isEqualTo(String.valueOf(events));
		// Country outlines drawn from the shipped Natural Earth data (no tiles, no
		// network).
		assertThat(this.browser.findAll(By.cssSelector("#map path.leaflet-interactive")).size()).isGreaterThan(events);
		assertThat(this.browser.findAll(By.cssSelector("#map svg path")).size()).isGreaterThan(events + 20);
		assertThat(this.browser.find(By.cssSelector(".overview-counts [data-kind='Event']")).getText())
			.contains(String.valueOf(events));
		assertThat(this.browser.findAll(By.cssSelector(".overview-events li"))).isNotEmpty();
		assertThat(this.browser.findAll(By.cssSelector(".overview-actors li"))).isNotEmpty();
		this.browser.screenshot("overview");
	}

	@Test
	void brushingTheTimelineFiltersTheListsAndTheGraphView() throws IOException {
		List<Map<String, Object>> counts = this.graphQl.document("{ eventCounts(groupBy: MONTH) { key count } }")
			.execute()
			.path("eventCounts")
			.entityList(Object.class)
			.get()
			.stream()
			.map((count) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> map = (Map<String, Object>) count;
				return map;
			})
			.toList();
		Map<String, Object> march = counts.stream()
			.filter((count) -> "2024-03".equals(count.get("key")))
			.findFirst()
			.orElseThrow();
		WebElement bar = this.browser.find(By.cssSelector("#timeline rect[data-month='2024-03']"));
		new Actions(this.browser.driver()).moveToElement(bar).clickAndHold().release().perform();
		this.browser.waitUntil((d) -> "true".equals(this.browser.attribute(By.id("overview"), "data-brushed")));
		assertThat(this.browser.attribute(By.cssSelector(".overview-events"), "data-count"))
			.isEqualTo(String.valueOf(march.get("count")));
		assertThat(this.browser.find(By.id("filter-from")).getDomProperty("value")).isEqualTo("2024-03-01");
		assertThat(this.browser.find(By.id("filter-to")).getDomProperty("value")).isEqualTo("2024-03-31");
		assertThat(this.browser.findAll(By.cssSelector("#timeline rect.bar.in"))).hasSize(1);
		this.browser.screenshot("overview-brushed-timeline");
		this.browser.find(By.cssSelector(".overview-reset")).click();
	}

	@Test
	void brushingTheMapKeepsTheEventsInViewAndClickingAPointOpensIt() throws IOException {
		// Zoom to Kryvyi Rih, as a person would with the mouse wheel (the brush is the
		// view).
		this.browser.script("window.explorer.overview.brushMap(47.91, 33.39, 10)");
		this.browser.waitUntil((d) -> "true".equals(this.browser.attribute(By.id("overview"), "data-brushed")));
		List<String> listed = this.browser.findAll(By.cssSelector(".overview-events [data-id]"))
			.stream()
			.map((element) -> element.getDomAttribute("data-id"))
			.toList();
		assertThat(listed).contains(KRYVYI_RIH_STRIKE).allSatisfy((id) -> assertThat(id).containsAnyOf("kryvyi-rih"));
		this.browser.screenshot("overview-brushed-map");
		// Two events share the point (the strike and the rescue): a click opens the one
		// on top.
		WebElement point = this.browser.find(By.cssSelector("#map path[data-id='" + KRYVYI_RIH_STRIKE + "']"));
		String top = (String) this.browser.script("""
				const box = arguments[0].getBoundingClientRect();
				return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2).dataset.id;""", point);
		assertThat(top).contains("kryvyi-rih");
		new Actions(this.browser.driver()).moveToElement(point).click().perform();
		this.browser.waitUntil((d) -> this.browser.visibleNodeIds().contains(top));
		this.browser.waitUntilSettled();
		// The graph view follows the map's brush: no event outside it is shown.
		assertThat(this.browser.visibleNodes()).filteredOn((node) -> "Event".equals(node.get("base")))
			.allSatisfy((node) -> assertThat((String) node.get("id")).contains("kryvyi-rih"));
		this.browser.screenshot("overview-point-opened");
		this.browser.find(By.cssSelector(".overview-reset")).click();
	}

	@Test
	void anActorsTimelineIsOneClickFromItsPanel() throws IOException {
		WebElement actor = this.browser.find(By.cssSelector(".overview-actors [data-id]"));
		String id = Objects.requireNonNull(actor.getDomAttribute("data-id"));
		actor.click();
		this.browser.waitUntil((d) -> !d.findElements(By.cssSelector("#panel [data-action='timeline']")).isEmpty());
		this.browser.find(By.cssSelector("#panel [data-action='timeline']")).click();
		this.browser.waitUntil((d) -> this.browser.attribute(By.id("panel-timeline"), "data-count") != null);
		int expected = this.graphQl.document("query($id: ID) { timeline(actor: $id, first: 100) { nodes { date } } }")
			.variable("id", id)
			.execute()
			.path("timeline.nodes")
			.entityList(Object.class)
			.get()
			.size();
		assertThat(expected).isPositive();
		assertThat(this.browser.attribute(By.id("panel-timeline"), "data-count")).isEqualTo(String.valueOf(expected));
		this.browser.screenshot("actor-timeline");
	}

}

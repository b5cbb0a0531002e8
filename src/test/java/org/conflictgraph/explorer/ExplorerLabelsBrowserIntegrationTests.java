package org.conflictgraph.explorer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.conflictgraph.IntegrationTest;
import org.conflictgraph.graph.KindColours;
import org.conflictgraph.graph.NodeKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictgraph.explorer.ExplorerBrowserIntegrationTests.BELGOROD;
import static org.conflictgraph.explorer.ExplorerBrowserIntegrationTests.DEFENCE_MINISTRY;
import static org.conflictgraph.explorer.ExplorerBrowserIntegrationTests.FREEDOM_OF_RUSSIA_LEGION;
import static org.conflictgraph.explorer.ExplorerBrowserIntegrationTests.RAIDS;
import static org.conflictgraph.explorer.ExplorerBrowserIntegrationTests.RDK;
import static org.conflictgraph.explorer.ExplorerBrowserIntegrationTests.SIBERIAN_BATTALION;
import static org.conflictgraph.explorer.ExplorerBrowserIntegrationTests.openFromSearch;

/**
 * How the explorer labels and lays out what it shows, in a browser, on the seed graph:
 * names in full, claims as who claims what, namesakes told apart, claimants in their
 * kind's colour, quotes without doubled marks, a path view spread over the graph and a
 * view that fits again when a panel takes room. The graph is drawn on a canvas, so labels
 * and positions are read from Cytoscape through {@code window.explorer.cy}.
 */
@IntegrationTest
@ExtendWith(ExplorerBrowserExtension.class)
class ExplorerLabelsBrowserIntegrationTests {

	static final String MINISTRY_CLAIM = "claim:defence-ministry-attacks-thwarted";

	/** What Cytoscape draws as a node's label: its lines after wrapping, joined. */
	private static final String DRAWN_LABEL = """
			const node = window.explorer.cy.getElementById(arguments[0]);
			if (node.empty()) { return null; }
			const lines = node._private.rscratch.labelWrapCachedLines;
			return { display: node.data('display'), label: node.data('label'),
				drawn: lines ? lines.map((line) => line.trim()).join(' ') : null };""";

	/**
	 * Where the visible nodes are drawn, in the graph element's pixels: whether each lies
	 * inside it, which pairs of those matching the selector (the argument) overlap, and
	 * the box around all of them.
	 */
	private static final String LAYOUT = """
			const cy = window.explorer.cy;
			const graph = document.getElementById('graph').getBoundingClientRect();
			const box = (n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) });
			const boxes = cy.nodes().not('.filtered').map(box);
			const chosen = cy.nodes(arguments[0]).not('.filtered').map(box);
			const overlaps = [];
			for (let i = 0; i < chosen.length; i++) {
				for (let j = i + 1; j < chosen.length; j++) {
					const a = chosen[i], b = chosen[j];
					if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) {
						overlaps.push(a.id + ' / ' + b.id);
					}
				}
			}
			const outside = boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > graph.width || b.y2 > graph.height)
				.map((b) => b.id);
			const x1 = Math.min(...boxes.map((b) => b.x1)), x2 = Math.max(...boxes.map((b) => b.x2));
			const y1 = Math.min(...boxes.map((b) => b.y1)), y2 = Math.max(...boxes.map((b) => b.y2));
			return { nodes: boxes.length, chosen: chosen.length, overlaps, outside, width: graph.width, height: graph.height,
				spanX: (x2 - x1) / graph.width, spanY: (y2 - y1) / graph.height,
				centreX: (x1 + x2) / 2 / graph.width, centreY: (y1 + y2) / 2 / graph.height };""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void longNamesAreDrawnInFullNotCutAtFifteenCharacters(ExplorerBrowser browser) {
		browser.open("expand=" + RDK + "," + FREEDOM_OF_RUSSIA_LEGION);
		browser.waitUntilSettled();
		for (String id : List.of(RDK, FREEDOM_OF_RUSSIA_LEGION)) {
			String name = name(id);
			assertThat(name).hasSizeGreaterThan(15);
			Map<String, Object> label = drawnLabel(browser, id);
			assertThat(label.get("display")).isEqualTo(name);
			assertThat(label.get("drawn")).as("the label Cytoscape draws for %s", id).isEqualTo(name);
		}
	}

	@Test
	void claimNodesReadAsClaimantAndAShortStatement(ExplorerBrowser browser) {
		browser.open("expand=" + RAIDS);
		browser.waitUntilSettled();
		List<String> claims = browser.visibleNodes()
			.stream()
			.filter((node) -> "Claim".equals(node.get("base")))
			.map((node) -> (String) node.get("id"))
			.toList();
		assertThat(claims).hasSizeGreaterThan(3);
		for (String id : claims) {
			Map<String, Object> claim = this.graphQl
				.document("query($id: ID!) { claim(id: $id) { kind statement claimant { name } } }")
				.variable("id", id)
				.execute()
				.path("claim")
				.entity(mapType())
				.get();
			@SuppressWarnings("unchecked")
			Map<String, Object> claimant = (Map<String, Object>) claim.get("claimant");
			String statement = (String) claim.get("statement");
			String who = (claimant != null) ? (String) claimant.get("name") : "claim";
			// The claimants arrive with a second request: wait for them.
			String display = browser.waitUntil((d) -> {
				String shown = (String) drawnLabel(browser, id).get("drawn");
				return (shown != null && shown.startsWith(who + ": ")) ? shown : null;
			});
			assertThat(display).doesNotStartWith(claim.get("kind") + ":");
			String shortStatement = display.substring(who.length() + 2);
			assertThat(shortStatement).hasSizeLessThanOrEqualTo(48);
			if (statement.length() <= 48) {
				assertThat(shortStatement).isEqualTo(statement);
			}
			else {
				assertThat(shortStatement).endsWith("…");
				assertThat(statement).startsWith(shortStatement.substring(0, shortStatement.length() - 1));
				assertThat(shortStatement).hasSizeGreaterThan(30);
			}
		}
	}

	@Test
	void theStateAndTheCountryNamedRussiaCanBeToldApart(ExplorerBrowser browser) {
		browser.open("expand=" + RAIDS);
		browser.waitUntilSettled();
		Map<String, Object> state = drawnLabel(browser, "state:russia");
		Map<String, Object> country = drawnLabel(browser, "country:russia");
		assertThat(state.get("label")).isEqualTo("Russia");
		assertThat(country.get("label")).isEqualTo("Russia");
		assertThat(state.get("drawn")).isEqualTo("Russia (state)");
		assertThat(country.get("drawn")).isEqualTo("Russia (country)");
	}

	@Test
	void contradictingClaimsShowTheirClaimantInTheColourOfItsKind(ExplorerBrowser browser) {
		browser.open("show=" + MINISTRY_CLAIM + "&select=" + MINISTRY_CLAIM);
		browser.waitUntil((d) -> MINISTRY_CLAIM.equals(browser.attribute(By.id("panel"), "data-loaded")));
		List<Map<String, Object>> claimants = this.graphQl
			.document("query($id: ID!) { claim(id: $id) { contradictions { claim { claimant { id kind } } } } }")
			.variable("id", MINISTRY_CLAIM)
			.execute()
			.path("claim.contradictions[*].claim.claimant")
			.entityList(mapType())
			.get();
		assertThat(claimants).hasSizeGreaterThanOrEqualTo(2);
		String grey = rgb(KindColours.UNKNOWN);
		WebElement section = browser
			.find(By.xpath("//*[@id='panel']//section[h3[normalize-space()='Contradicted by']]"));
		for (Map<String, Object> claimant : claimants) {
			String kind = NodeKind.valueOf((String) claimant.get("kind")).label();
			WebElement swatch = section
				.findElement(By.cssSelector("button.entity-link[data-open='" + claimant.get("id") + "'] .swatch"));
			String shown = colour(browser, swatch);
			String legend = colour(browser, browser.find(By
				.xpath("//*[@id='filters']//input[@name='kind'][@value='" + kind + "']/following-sibling::span[1]")));
			assertThat(shown).as("the swatch of %s, a %s", claimant.get("id"), kind)
				.isEqualTo(legend)
				.isEqualTo(rgb(KindColours.ofLabel(kind)))
				.isNotEqualTo(grey);
		}
	}

	@Test
	void quotesThatHaveQuotationMarksOfTheirOwnAreNotDoubled(ExplorerBrowser browser) {
		browser.open("show=" + MINISTRY_CLAIM + "&select=" + MINISTRY_CLAIM);
		browser.waitUntil((d) -> MINISTRY_CLAIM.equals(browser.attribute(By.id("panel"), "data-loaded")));
		List<String> quotes = this.graphQl.document("query($id: ID!) { claim(id: $id) { evidence { quote } } }")
			.variable("id", MINISTRY_CLAIM)
			.execute()
			.path("claim.evidence[*].quote")
			.entityList(String.class)
			.get();
		// "The Russian defense ministry said “Ukrainian terrorist formations” ... had
		// been
		// “thwarted.”"
		assertThat(quotes).anySatisfy((quote) -> assertThat(doubleMarks(quote)).isPositive());
		List<String> shown = browser
			.findAll(By.xpath("//*[@id='panel']//section[h3[normalize-space()='Evidence']]//button[@class='quote']"))
			.stream()
			.map((button) -> Objects.requireNonNull(button.getDomProperty("textContent")))
			.toList();
		assertThat(shown).hasSameSizeAs(quotes);
		for (int i = 0; i < quotes.size(); i++) {
			String quote = quotes.get(i);
			assertThat(shown.get(i)).contains(quote);
			if (doubleMarks(quote) > 0) {
				assertThat(doubleMarks(shown.get(i))).as(shown.get(i)).isEqualTo(doubleMarks(quote));
			}
			else {
				assertThat(shown.get(i)).isEqualTo("“" + quote + "”");
			}
		}
	}

	@Test
	void theFirstPathViewIsSpreadOverTheGraphWithoutOverlappingNodes(ExplorerBrowser browser) {
		// Asked for from the panels, after two searches.
		browser.open("");
		openFromSearch(browser, "Siberian", SIBERIAN_BATTALION);
		browser.find(By.cssSelector("#panel [data-action='path-from']")).click();
		openFromSearch(browser, "defence ministry", DEFENCE_MINISTRY);
		browser.find(By.cssSelector("#panel [data-action='path-to']")).click();
		assertPathLaidOut(browser);
		// Opened from a link, the first thing on the page.
		browser.open("path=" + SIBERIAN_BATTALION + "~" + DEFENCE_MINISTRY);
		assertPathLaidOut(browser);
	}

	private static void assertPathLaidOut(ExplorerBrowser browser) {
		browser.waitUntil((d) -> "paths".equals(browser.attribute(By.id("panel"), "data-showing"))
				&& !browser.graphAttribute("data-highlighted-ids").isEmpty());
		browser.waitUntilSettled();
		Map<String, Object> layout = waitForLayout(browser, "node.path",
				(box) -> ((List<?>) box.get("outside")).isEmpty() && ((List<?>) box.get("overlaps")).isEmpty()
						&& isCentred(box));
		assertThat(((Number) layout.get("chosen")).intValue()).isGreaterThanOrEqualTo(3);
		// Spread out, not a clump in a corner.
		assertThat(Math.max(number(layout, "spanX"), number(layout, "spanY"))).isGreaterThan(0.35);
	}

	@Test
	void theViewFitsAgainWhenAPanelOpens(ExplorerBrowser browser) {
		browser.open("expand=" + BELGOROD);
		browser.waitUntilSettled();
		Map<String, Object> before = waitForLayout(browser, "node", (box) -> ((List<?>) box.get("outside")).isEmpty());
		assertThat(browser.find(By.id("panel")).isDisplayed()).isFalse();
		// Select a node with the keyboard: its details open beside the graph.
		browser.find(By.id("graph")).sendKeys(Keys.ARROW_RIGHT);
		browser.waitUntil((d) -> browser.find(By.id("panel")).isDisplayed());
		browser.waitUntil((d) -> browser.find(By.id("graph")).getRect().getWidth() < number(before, "width") - 100);
		Map<String, Object> after = waitForLayout(browser, "node", (box) -> ((List<?>) box.get("outside")).isEmpty());
		assertThat(number(after, "width")).isLessThan(number(before, "width"));
		assertThat(after.get("nodes")).isEqualTo(before.get("nodes"));
	}

	private static boolean isCentred(Map<String, Object> box) {
		return Math.abs(number(box, "centreX") - 0.5) < 0.2 && Math.abs(number(box, "centreY") - 0.5) < 0.2;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> waitForLayout(ExplorerBrowser browser, String selector,
			Predicate<Map<String, Object>> laidOut) {
		Map<String, Object>[] last = new Map[1];
		try {
			return browser.waitUntil((d) -> {
				last[0] = (Map<String, Object>) browser.script(LAYOUT, selector);
				return laidOut.test(last[0]) ? last[0] : null;
			});
		}
		catch (RuntimeException ex) {
			throw new AssertionError("Not laid out: " + last[0], ex);
		}
	}

	private static double number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).doubleValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> drawnLabel(ExplorerBrowser browser, String id) {
		return browser.waitUntil((d) -> {
			Map<String, Object> label = (Map<String, Object>) browser.script(DRAWN_LABEL, id);
			return (label != null && label.get("drawn") != null) ? label : null;
		});
	}

	private static String colour(ExplorerBrowser browser, WebElement element) {
		return (String) Objects
			.requireNonNull(browser.script("return getComputedStyle(arguments[0]).backgroundColor", element));
	}

	/** {@code #c62828} as the browser computes it, {@code rgb(198, 40, 40)}. */
	private static String rgb(String hex) {
		return "rgb(" + Integer.parseInt(hex.substring(1, 3), 16) + ", " + Integer.parseInt(hex.substring(3, 5), 16)
				+ ", " + Integer.parseInt(hex.substring(5, 7), 16) + ")";
	}

	private static long doubleMarks(String text) {
		return text.chars().filter((c) -> "\"“”„«»".indexOf(c) >= 0).count();
	}

	private String name(String id) {
		return this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Entity { name } } }")
			.variable("id", id)
			.execute()
			.path("node.name")
			.entity(String.class)
			.get();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Class<Map<String, Object>> mapType() {
		return (Class) Map.class;
	}

}

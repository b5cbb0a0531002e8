package org.conflictgraph.explorer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real browser against the running service and its seed graph: what a
 * person does, checked against what the GraphQL API answers for the same question.
 * Screenshots land in target/screenshots/.
 */
@IntegrationTest
@ExtendWith(ExplorerBrowserExtension.class)
class ExplorerBrowserIntegrationTests {

	static final String RDK = "armed-group:russian-volunteer-corps";

	static final String RAIDS = "event:2024-03-12-cross-border-raids-into-russia";

	static final String RDK_CLAIM = "claim:rdk-involved-in-the-fight";

	static final String SIBERIAN_BATTALION = "armed-group:siberian-battalion";

	static final String DEFENCE_MINISTRY = "government-body:russian-defence-ministry";

	static final String BELGOROD = "region:belgorod-oblast";

	static final String FREEDOM_OF_RUSSIA_LEGION = "armed-group:freedom-of-russia-legion";

	static final String ARTICLE = "source:cnn-2024-03-12-cross-border-raids";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void searchOpenExpandReadEvidenceFindPathsFilterByDateAndExport(ExplorerBrowser browser) throws Exception {
		browser.open("");
		browser.screenshot("01-start");

		// Search with suggestions, open with the keyboard.
		WebElement search = browser.find(By.id("search"));
		search.sendKeys("RDK");
		browser.waitUntil((d) -> "RDK".equals(browser.attribute(By.id("suggestions"), "data-text"))
				&& !browser.findAll(By.cssSelector("#suggestions [data-id='" + RDK + "']")).isEmpty());
		assertThat(browser.attribute(By.cssSelector("#suggestions [data-id='" + RDK + "']"), "aria-selected"))
			.isEqualTo("true");
		browser.screenshot("02-suggestions");
		search.sendKeys(Keys.ENTER);
		browser.waitUntil((d) -> RDK.equals(browser.attribute(By.id("panel"), "data-loaded")));
		browser.waitUntilSettled();
		Neighbourhood rdk = neighbourhood(RDK);
		assertThat(browser.visibleNodeIds()).isEqualTo(rdk.nodeIds());
		assertThat(browser.visibleEdgeIds()).isEqualTo(rdk.edgeIds());
		assertThat(browser.find(By.cssSelector("#panel .panel-title")).getText()).contains("Russian Volunteer Corps");

		// Double-click a neighbour: its neighbourhood joins the view.
		browser.doubleClickNode(RAIDS);
		browser.waitUntil((d) -> browser.graphAttribute("data-expanded-ids").contains(RAIDS));
		browser.waitUntilSettled();
		Neighbourhood raids = neighbourhood(RAIDS);
		assertThat(browser.visibleNodeIds()).isEqualTo(union(rdk.nodeIds(), raids.nodeIds()));
		assertThat(browser.visibleEdgeIds()).isEqualTo(union(rdk.edgeIds(), raids.edgeIds()));
		assertThat(union(rdk.nodeIds(), raids.nodeIds())).hasSizeGreaterThan(rdk.nodeIds().size());
		browser.screenshot("03-expanded");

		// The event's claims, with claimant and stance; a quote opens the source.
		browser.waitUntil((d) -> RAIDS.equals(browser.attribute(By.id("panel"), "data-loaded")));
		WebElement claim = browser.find(By.cssSelector("#panel li.claim[data-claim='" + RDK_CLAIM + "']"));
		assertThat(claim.findElement(By.cssSelector(".claimant")).getText()).contains("Russian Volunteer Corps");
		assertThat(claim.findElement(By.cssSelector(".stance")).getText()).isEqualToIgnoringCase("asserts");
		claim.findElement(By.cssSelector("button.quote")).click();
		browser.waitUntil((d) -> "true".equals(browser.attribute(By.id("viewer"), "data-ready")));
		Map<String, Object> article = source(ARTICLE);
		String text = (String) article.get("text");
		WebElement mark = browser.find(By.cssSelector("#viewer .viewer-text mark"));
		int start = Integer.parseInt(Objects.requireNonNull(mark.getDomAttribute("data-start")));
		int end = Integer.parseInt(Objects.requireNonNull(mark.getDomAttribute("data-end")));
		assertThat(mark.getText())
			.isEqualTo("A third group, the Russian Volunteer Corps (RDK), also claimed to be involved in the fight.")
			.isEqualTo(text.substring(start, end));
		assertThat(browser.find(By.cssSelector("#viewer .viewer-text")).getDomProperty("textContent")).isEqualTo(text);
		assertThat(browser.find(By.cssSelector("#viewer .viewer-source")).getText()).contains(
				(String) article.get("title"), (String) article.get("publisher"), (String) article.get("published"));
		assertThat(mark.isDisplayed()).isTrue();
		browser.screenshot("04-evidence");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
		browser.waitUntil((d) -> !browser.find(By.id("viewer")).isDisplayed());

		// Paths from the Siberian Battalion to the Russian defence ministry.
		openFromSearch(browser, "Siberian", SIBERIAN_BATTALION);
		browser.find(By.cssSelector("#panel [data-action='path-from']")).click();
		openFromSearch(browser, "defence ministry", DEFENCE_MINISTRY);
		browser.find(By.cssSelector("#panel [data-action='path-to']")).click();
		browser.waitUntil((d) -> "paths".equals(browser.attribute(By.id("panel"), "data-showing"))
				&& !browser.graphAttribute("data-highlighted-ids").isEmpty());
		browser.waitUntilSettled();
		List<String> expectedPath = pathElementIds(SIBERIAN_BATTALION, DEFENCE_MINISTRY);
		assertThat(expectedPath).contains(SIBERIAN_BATTALION, DEFENCE_MINISTRY);
		assertThat(List.of(browser.graphAttribute("data-highlighted-ids").split(" ")))
			.containsExactlyInAnyOrderElementsOf(expectedPath);
		assertThat(browser.script("return window.explorer.cy.elements('.faded').length")).isNotEqualTo(0L);
		assertThat(browser.findAll(By.cssSelector("#panel .paths > li"))).isNotEmpty();
		browser.screenshot("05-paths");

		// A date filter: everything dated after the 11th of March 2024 goes.
		int before = browser.visibleNodeCount();
		List<Map<String, Object>> dated = browser.loadedNodes()
			.stream()
			.filter((node) -> node.get("date") != null && ((String) node.get("date")).compareTo("2024-03-11") > 0)
			.toList();
		assertThat(dated).isNotEmpty();
		// Typed as a person would, as an ISO date whatever the browser's locale.
		browser.find(By.id("filter-to")).sendKeys("2024-03-11", Keys.TAB);
		browser.waitUntil((d) -> d.getCurrentUrl().contains("to=2024-03-11"));
		assertThat(browser.visibleNodes()).allSatisfy((node) -> {
			if (node.get("date") != null) {
				assertThat((String) node.get("date")).isLessThanOrEqualTo("2024-03-11");
			}
		});
		assertThat(browser.visibleEdges()).allSatisfy((edge) -> {
			if (edge.get("date") != null) {
				assertThat((String) edge.get("date")).isLessThanOrEqualTo("2024-03-11");
			}
		});
		List<String> visible = browser.visibleNodeIds();
		assertThat(dated).allSatisfy((node) -> assertThat(visible).doesNotContain((String) node.get("id")));
		assertThat(browser.visibleNodeCount()).isLessThan(before).isEqualTo(visible.size());
		assertThat(browser.find(By.id("statusline")).getText()).contains("hidden by filters");
		browser.screenshot("06-date-filter");

		// Exports of what is in view.
		browser.find(By.cssSelector("#export-menu > summary")).click();
		browser.waitUntil((d) -> browser.find(By.cssSelector("[data-export='png']")).isDisplayed());
		browser.screenshot("07-export-menu");
		browser.find(By.cssSelector("#export-menu > summary")).click();
		String png = export(browser, "png");
		assertThat(png).startsWith("data:image/png;base64,");
		byte[] image = Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
		assertThat(image).hasSizeGreaterThan(1000);
		assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

		Document graphMl = xml(export(browser, "graphml"));
		assertThat(graphMl.getDocumentElement().getLocalName()).isEqualTo("graphml");
		assertThat(ids(graphMl.getElementsByTagNameNS(GRAPHML, "node"))).isEqualTo(browser.visibleNodeIds());
		assertThat(ids(graphMl.getElementsByTagNameNS(GRAPHML, "edge"))).isEqualTo(browser.visibleEdgeIds());

		JsonNode cytoscape = JsonMapper.builder().build().readTree(export(browser, "cyjs"));
		List<String> nodeIds = new ArrayList<>();
		cytoscape.get("elements").get("nodes").forEach((node) -> nodeIds.add(node.get("data").get("id").asString()));
		List<String> edgeIds = new ArrayList<>();
		cytoscape.get("elements").get("edges").forEach((edge) -> edgeIds.add(edge.get("data").get("id").asString()));
		assertThat(nodeIds).containsExactlyInAnyOrderElementsOf(browser.visibleNodeIds());
		assertThat(edgeIds).containsExactlyInAnyOrderElementsOf(browser.visibleEdgeIds());

		// The service's export with the same filters, around the first node opened.
		String serverExport = Objects.requireNonNull(
				browser.find(By.cssSelector("[data-server-export='graph.graphml']")).getDomProperty("href"));
		assertThat(serverExport).contains("around=" + RDK.replace(":", "%3A"), "dateTo=2024-03-11");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(serverExport)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ids(xml(response.body()).getElementsByTagNameNS(GRAPHML, "node"))).contains(RDK);
	}

	@Test
	void aSharedLinkReopensTheSameView(ExplorerBrowser browser) throws IOException {
		browser.open("expand=" + BELGOROD + "&select=" + BELGOROD + "&layout=concentric&from=2024-01-01");
		browser.waitUntil((d) -> BELGOROD.equals(browser.attribute(By.id("panel"), "data-loaded")));
		browser.waitUntilSettled();
		assertThat(browser.find(By.id("filter-from")).getDomProperty("value")).isEqualTo("2024-01-01");
		assertThat(new Select(browser.find(By.id("layout"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("concentric");
		assertThat(browser.graphAttribute("data-layout")).isEqualTo("concentric");

		Neighbourhood belgorod = neighbourhood(BELGOROD);
		List<String> eventsSince2024 = belgorod.nodes()
			.stream()
			.filter((node) -> ((List<?>) node.get("kinds")).contains("Event"))
			.filter((node) -> ((String) properties(node).get("date")).compareTo("2024-01-01") >= 0)
			.map((node) -> (String) node.get("id"))
			.sorted()
			.toList();
		assertThat(eventsSince2024).isNotEmpty();
		assertThat(browser.visibleNodes()
			.stream()
			.filter((node) -> "Event".equals(node.get("base")))
			.map((node) -> (String) node.get("id"))
			.sorted()
			.toList()).isEqualTo(eventsSince2024);
		// In view only through an attack of May 2023: hidden with it.
		assertThat(belgorod.nodeIds()).contains(FREEDOM_OF_RUSSIA_LEGION);
		assertThat(browser.visibleNodeIds()).contains(BELGOROD).doesNotContain(FREEDOM_OF_RUSSIA_LEGION);
		browser.screenshot("08-shared-link");

		List<String> visible = browser.visibleNodeIds();
		List<String> edges = browser.visibleEdgeIds();
		String link = browser.driver().getCurrentUrl();
		browser.open(link.substring(link.indexOf('#') + 1));
		browser.waitUntil((d) -> BELGOROD.equals(browser.attribute(By.id("panel"), "data-loaded")));
		browser.waitUntilSettled();
		assertThat(browser.visibleNodeIds()).isEqualTo(visible);
		assertThat(browser.visibleEdgeIds()).isEqualTo(edges);
	}

	@Test
	void filtersHideKindsEventTypesStatusesAndRelationships(ExplorerBrowser browser) throws IOException {
		browser.open("expand=" + BELGOROD);
		browser.waitUntilSettled();
		List<String> everything = neighbourhood(BELGOROD).nodeIds();
		browser.waitUntil((d) -> browser.visibleNodeIds().equals(everything));
		assertThat(browser.loadedNodes()).anySatisfy((node) -> assertThat(node.get("base")).isEqualTo("Claim"));

		browser.find(By.cssSelector("#filters input[name='kind'][value='Claim']")).click();
		browser.waitUntil((d) -> d.getCurrentUrl().contains("hideKinds=Claim"));
		assertThat(browser.visibleNodes()).noneSatisfy((node) -> assertThat(node.get("base")).isEqualTo("Claim"));

		browser.find(By.xpath("//details[summary[normalize-space()='Event types']]/summary")).click();
		browser.find(By.cssSelector("#filters input[name='eventType'][value='Accidents']")).click();
		browser.waitUntil((d) -> d.getCurrentUrl().contains("hideEventTypes=Accidents"));
		assertThat(browser.visibleNodeIds()).doesNotContain("event:2024-01-il-76-downing-over-belgorod")
			.contains("event:2024-03-12-drone-interception-over-belgorod");

		browser.find(By.xpath("//details[summary[normalize-space()='Status']]/summary")).click();
		browser.find(By.cssSelector("#filters input[name='status'][value='REPORTED']")).click();
		browser.waitUntil((d) -> d.getCurrentUrl().contains("hideStatuses=REPORTED"));
		assertThat(browser.visibleNodes()).noneSatisfy((node) -> assertThat(node.get("status")).isEqualTo("REPORTED"));
		assertThat(browser.visibleNodes()).anySatisfy((node) -> assertThat(node.get("status")).isEqualTo("CLAIMED"));

		browser.find(By.xpath("//details[summary[normalize-space()='Relationships']]/summary")).click();
		browser.find(By.cssSelector("#filters input[name='relationship'][value='LOCATED_IN']")).click();
		browser.waitUntil((d) -> d.getCurrentUrl().contains("hideRelationships=LOCATED_IN"));
		assertThat(browser.visibleEdges()).isNotEmpty()
			.noneSatisfy((edge) -> assertThat(edge.get("type")).isEqualTo("LOCATED_IN"));
		// Settlements are in view only as places located in the region.
		assertThat(browser.visibleNodeIds()).doesNotContain("settlement:nekhoteevka");
		browser.screenshot("10-filters");

		browser.find(By.id("filter-reset")).click();
		browser.waitUntil((d) -> !d.getCurrentUrl().contains("hide"));
		assertThat(browser.visibleNodeIds()).isEqualTo(everything);
	}

	@Test
	void collapseAndRemoveChangeTheView(ExplorerBrowser browser) throws IOException {
		browser.open("expand=" + RDK);
		browser.waitUntilSettled();
		List<String> expanded = neighbourhood(RDK).nodeIds();
		browser.waitUntil((d) -> browser.visibleNodeIds().equals(expanded));

		browser.doubleClickNode(RDK);
		browser.waitUntil((d) -> browser.visibleNodeIds().equals(List.of(RDK)));
		assertThat(browser.driver().getCurrentUrl()).contains("show=" + RDK).doesNotContain("expand=");

		browser.doubleClickNode(RDK);
		browser.waitUntil((d) -> browser.visibleNodeIds().equals(expanded));

		browser.waitUntil((d) -> RDK.equals(browser.attribute(By.id("panel"), "data-loaded"))
				&& !d.findElements(By.cssSelector("#panel [data-action='remove']")).isEmpty());
		browser.find(By.cssSelector("#panel [data-action='remove']")).click();
		browser.waitUntil((d) -> !browser.visibleNodeIds().contains(RDK));
		assertThat(browser.driver().getCurrentUrl()).contains("remove=" + RDK);
		assertThat(browser.find(By.id("panel")).isDisplayed()).isFalse();
	}

	@Test
	void theKeyboardReachesSearchSuggestionsGraphAndPanels(ExplorerBrowser browser) throws IOException {
		browser.open("");
		browser.find(By.tagName("body")).sendKeys("/");
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("search");

		browser.driver().switchTo().activeElement().sendKeys("Kryv");
		browser.waitUntil((d) -> "Kryv".equals(browser.attribute(By.id("suggestions"), "data-text")));
		List<WebElement> options = browser.findAll(By.cssSelector("#suggestions [role='option']"));
		assertThat(options).hasSizeGreaterThanOrEqualTo(2);
		assertThat(options.stream().map((option) -> option.getDomAttribute("data-id")))
			.contains("settlement:kryvyi-rih");
		WebElement search = browser.find(By.id("search"));
		search.sendKeys(Keys.ARROW_DOWN);
		assertThat(options.get(1).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(search.getDomAttribute("aria-activedescendant")).isEqualTo(options.get(1).getDomAttribute("id"));
		String second = options.get(1).getDomAttribute("data-id");
		search.sendKeys(Keys.ENTER);
		browser.waitUntil((d) -> Objects.equals(second, browser.attribute(By.id("panel"), "data-loaded")));
		browser.waitUntilSettled();
		browser.screenshot("09-keyboard");

		// Tab goes from the search to the layout choice; Escape closes the details.
		search.sendKeys(Keys.TAB);
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("layout");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
		browser.waitUntil((d) -> !browser.find(By.id("panel")).isDisplayed());

		// In the graph, arrows select nodes and Delete removes the selected one.
		WebElement graph = browser.find(By.id("graph"));
		graph.sendKeys(Keys.ARROW_RIGHT);
		browser.waitUntil((d) -> !browser.graphAttribute("data-selected-id").isEmpty());
		String selected = browser.graphAttribute("data-selected-id");
		browser.waitUntil((d) -> selected.equals(browser.attribute(By.id("panel"), "data-loaded")));
		graph.sendKeys(Keys.DELETE);
		browser.waitUntil((d) -> !browser.visibleNodeIds().contains(selected));

		// The layout choice follows the keyboard too, and lands in the URL.
		new Select(browser.find(By.id("layout"))).selectByValue("grid");
		browser.waitUntil((d) -> "grid".equals(browser.graphAttribute("data-layout")));
		assertThat(browser.driver().getCurrentUrl()).contains("layout=grid");

		// "?" shows the keys; Escape closes the help.
		browser.find(By.id("graph")).sendKeys("?");
		browser.waitUntil((d) -> browser.find(By.id("help-dialog")).isDisplayed());
		browser.screenshot("12-help");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
		browser.waitUntil((d) -> !browser.find(By.id("help-dialog")).isDisplayed());
	}

	@Test
	void aFailedRequestSaysWhatWentWrong(ExplorerBrowser browser) throws IOException {
		browser.open("expand=armed-group:no-such-group");
		browser.waitUntil((d) -> browser.find(By.id("message")).isDisplayed());
		browser.waitUntilSettled();
		assertThat(browser.find(By.id("message")).getText()).contains("No node with id 'armed-group:no-such-group'");
		assertThat(browser.visibleNodeCount()).isZero();
		browser.screenshot("11-error");
	}

	static void openFromSearch(ExplorerBrowser browser, String text, String id) {
		WebElement search = browser.find(By.id("search"));
		search.clear();
		search.sendKeys(text);
		By option = By.cssSelector("#suggestions [data-id='" + id + "']");
		browser.waitUntil((d) -> text.equals(browser.attribute(By.id("suggestions"), "data-text"))
				&& !browser.findAll(option).isEmpty());
		browser.find(option).click();
		browser.waitUntil((d) -> id.equals(browser.attribute(By.id("panel"), "data-loaded")));
		browser.waitUntilSettled();
	}

	private static String export(ExplorerBrowser browser, String format) {
		browser.find(By.cssSelector("#export-menu > summary")).click();
		browser.script("window.explorer.lastExport = null; delete document.body.dataset.lastExport;");
		browser.find(By.cssSelector("[data-export='" + format + "']")).click();
		browser.waitUntil((d) -> format.equals(browser.attribute(By.tagName("body"), "data-last-export")));
		return (String) Objects.requireNonNull(browser.script("return window.explorer.lastExport.content"));
	}

	private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

	private static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> ids(NodeList elements) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < elements.getLength(); i++) {
			ids.add(((Element) elements.item(i)).getAttribute("id"));
		}
		return ids.stream().sorted().toList();
	}

	private static List<String> union(List<String> first, List<String> second) {
		TreeSet<String> union = new TreeSet<>(first);
		union.addAll(second);
		return List.copyOf(union);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> node) {
		return (Map<String, Object>) node.get("properties");
	}

	/** The neighbourhood the explorer asks for when it expands a node. */
	private Neighbourhood neighbourhood(String id) {
		var response = this.graphQl.documentName("explorerNeighborhood")
			.variable("id", id)
			.variable("limit", 60)
			.execute();
		List<Map<String, Object>> nodes = response.path("neighborhood.nodes").entityList(mapType()).get();
		List<String> edges = response.path("neighborhood.edges[*].id").entityList(String.class).get();
		return new Neighbourhood(nodes, edges.stream().sorted().toList());
	}

	private List<String> pathElementIds(String from, String to) {
		var response = this.graphQl.documentName("explorerPaths").variable("from", from).variable("to", to).execute();
		TreeSet<String> ids = new TreeSet<>();
		ids.addAll(response.path("paths.paths[*].nodes[*].id").entityList(String.class).get());
		ids.addAll(response.path("paths.paths[*].edges[*].id").entityList(String.class).get());
		return List.copyOf(ids);
	}

	private Map<String, Object> source(String id) {
		return this.graphQl.documentName("explorerSource")
			.variable("id", id)
			.execute()
			.path("source")
			.entity(mapType())
			.get();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Class<Map<String, Object>> mapType() {
		return (Class) Map.class;
	}

	record Neighbourhood(List<Map<String, Object>> nodes, List<String> edgeIds) {

		List<String> nodeIds() {
			return this.nodes.stream().map((node) -> (String) node.get("id")).sorted().toList();
		}

	}

}

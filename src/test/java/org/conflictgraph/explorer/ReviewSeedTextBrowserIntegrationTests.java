package org.conflictgraph.explorer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.conflictgraph.ConflictGraphApplication;
import org.conflictgraph.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review workspace as issue 12 asks for it: the seed article's text drafted on an
 * empty graph (a service of its own, no seed), one proposed item fixed, the report
 * ingested from the browser, and the fixed item found in that graph.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExplorerBrowserExtension.class)
class ReviewSeedTextBrowserIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ConfigurableApplicationContext empty;

	private String base = "";

	@BeforeAll
	void startAnEmptyGraph(@TempDir Path directory) {
		this.empty = new SpringApplicationBuilder(ConflictGraphApplication.class).main(ConflictGraphApplication.class)
			.profiles("test")
			.run("--server.port=0", "--spring.main.banner-mode=off", "--conflictgraph.seed.enabled=false",
					"--conflictgraph.embedded.bolt-port=0",
					"--conflictgraph.embedded.data-directory=" + directory.resolve("neo4j"));
		this.base = "http://localhost:" + ((WebServerApplicationContext) this.empty).getWebServer().getPort() + "/";
	}

	@AfterAll
	void stopTheEmptyGraph() {
		if (this.empty != null) {
			this.empty.close();
		}
	}

	@Test
	void theSeedTextIsDraftedOnAnEmptyGraphFixedIngestedAndFound(ExplorerBrowser browser) throws Exception {
		JsonNode source = JSON
			.readTree(new ClassPathResource("reports/seed/cnn-2024-03-12-cross-border-raids.json").getInputStream())
			.get("source");
		assertThat(graphql("{ events(first: 1) { totalCount } }").at("/data/events/totalCount").asInt()).isZero();
		ReviewPage.draft(browser, this.base, source.get("text").asString(), source.get("published").asString(), "CNN",
				"Seed text, reviewed");
		// on an empty graph every entity is new
		assertThat(browser.findAll(By.cssSelector("#entities li .badge.existing"))).isEmpty();
		// fix one item: an entity's name
		WebElement entity = browser.findAll(By.cssSelector("#entities li"))
			.stream()
			.filter((li) -> li.getAttribute("data-id").startsWith("armed-group:"))
			.findFirst()
			.orElseThrow();
		String id = entity.getAttribute("data-id");
		WebElement name = entity.findElement(By.cssSelector("input.edit"));
		String fixed = name.getAttribute("value") + " (reviewed)";
		name.clear();
		name.sendKeys(fixed, Keys.TAB);
		ReviewPage.ingest(browser);
		JsonNode node = graphql("{ node(id: \"" + id + "\") { ... on Entity { name } } }");
		assertThat(node.at("/data/node/name").asString()).isEqualTo(fixed);
		assertThat(graphql("{ events(first: 1) { totalCount } }").at("/data/events/totalCount").asInt()).isPositive();
	}

	private JsonNode graphql(String query) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.base + "graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)),
						StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body());
	}

}

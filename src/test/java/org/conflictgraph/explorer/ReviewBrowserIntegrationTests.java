package org.conflictgraph.explorer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.security.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review workspace in a real browser: paste a text, draft it, fix one proposed item,
 * ingest with an editor key, and find the fixed item in the graph. The seed graph is
 * loaded (the application context is shared), so the draft's actors link to the seed's
 * nodes; the ingested source is retracted afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ExplorerBrowserExtension.class)
class ReviewBrowserIntegrationTests {

	static final String SOURCE = "source:conflict-graph-evaluation-desk-2024-05-15-review-test";

	static final String FIXED_TITLE = "Reviewed: a section of an apartment building in Belgorod collapsed";

	@Autowired
	HttpGraphQlTester graphQl;

	@AfterAll
	void retract() {
		editor().document("mutation { retractSource(sourceId: \"" + SOURCE + "\") { sourceId } }").execute();
	}

	@Test
	void draftFixOneItemIngestAndFindItInTheGraph(ExplorerBrowser browser) throws Exception {
		String text = new String(
				new ClassPathResource("drafting/belgorod-2024-05-15.txt").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		browser.driver().get("about:blank");
		browser.driver().get(browser.base() + "review.html");
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		js.executeScript("document.getElementById('text').value = arguments[0];"
				+ "document.getElementById('published').value = '2024-05-15';", text);
		browser.find(By.id("publisher")).sendKeys("Conflict Graph evaluation desk");
		browser.find(By.id("title")).sendKeys("Review test");
		browser.find(By.id("key")).sendKeys(TestKeys.EDITOR, Keys.TAB);
		browser.find(By.id("draft")).click();
		// the first draft loads the OpenNLP models: more patience than a page needs
		new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
			.until((d) -> !d.findElements(By.cssSelector("#events li")).isEmpty());
		// every proposed span is highlighted in the text
		assertThat(browser.findAll(By.cssSelector("#text-view .hl.actor"))).isNotEmpty();
		assertThat(browser.findAll(By.cssSelector("#text-view .hl.claim"))).isNotEmpty();
		// the seed's governor is linked, not new (the badge is set in capitals)
		assertThat(browser.find(By.cssSelector("#entities li[data-id='person:vyacheslav-gladkov'] .badge")).getText())
			.containsIgnoringCase("existing node");
		// fix one item: the first event's title
		WebElement event = browser.findAll(By.cssSelector("#events li")).get(0);
		String eventId = event.getAttribute("data-id");
		WebElement title = event.findElement(By.cssSelector("input.edit"));
		title.clear();
		title.sendKeys(FIXED_TITLE, Keys.TAB);
		browser.find(By.id("dry-run")).click();
		new WebDriverWait(browser.driver(), Duration.ofMinutes(2)).until((d) -> {
			List<WebElement> status = d.findElements(By.id("result-status"));
			return !status.isEmpty() && status.get(0).getText().contains("dry run");
		});
		assertThat(browser.find(By.id("result-status")).getText()).startsWith("INGESTED");
		browser.find(By.id("ingest")).click();
		new WebDriverWait(browser.driver(), Duration.ofMinutes(2)).until((d) -> {
			List<WebElement> status = d.findElements(By.id("result-status"));
			return !status.isEmpty() && !status.get(0).getText().contains("dry run");
		});
		assertThat(browser.find(By.id("result-status")).getText()).startsWith("INGESTED");
		browser.screenshot("review-ingested");
		this.graphQl.document("query($id: ID!) { event(id: $id) { title } }")
			.variable("id", eventId)
			.execute()
			.path("event.title")
			.entity(String.class)
			.isEqualTo(FIXED_TITLE);
	}

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate()
			.header("X-API-Key", TestKeys.EDITOR)
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.build();
	}

}

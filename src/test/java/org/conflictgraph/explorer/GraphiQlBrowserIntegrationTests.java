package org.conflictgraph.explorer;

import java.io.IOException;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import org.conflictgraph.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in a browser that reaches nothing but loopback: everything it loads comes from
 * the jar.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphiQlBrowserIntegrationTests {

	@LocalServerPort
	int port;

	ExplorerBrowser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		if (ExplorerBrowser.unavailable() == null) {
			this.browser = ExplorerBrowser.start(this.port);
		}
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void graphiqlRunsAQueryWithoutInternetAndOffersTheExamplesAndTheSchemaDocs() throws IOException {
		ExplorerBrowser.assumeInstalled();
		this.browser.openPath("graphiql");
		this.browser.waitUntil((d) -> !d.findElements(By.cssSelector(".graphiql-execute-button")).isEmpty());
		// One tab for the welcome query and one per file under graphql/examples/.
		int examples = Integer
			.parseInt(Objects.requireNonNull(this.browser.attribute(By.id("graphiql"), "data-examples")));
		assertThat(examples).isGreaterThanOrEqualTo(10);
		assertThat(this.browser.findAll(By.cssSelector(".graphiql-tab"))).hasSize(examples + 1);
		this.browser.find(By.cssSelector(".graphiql-tab")).click();
		this.browser.find(By.cssSelector(".graphiql-execute-button")).click();
		String result = this.browser.waitUntil((d) -> {
			String text = (String) this.browser.script("return document.querySelector('.result-window').textContent");
			return (text != null && text.contains("neo4jVersion")) ? text : null;
		});
		assertThat(result).contains("\"embedded\"").contains("\"nodeCounts\"").doesNotContain("\"errors\"");
		// The schema documentation is one click away.
		this.browser.find(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
		this.browser.waitUntil((d) -> !d.findElements(By.cssSelector(".graphiql-doc-explorer")).isEmpty());
		assertThat(this.browser.find(By.cssSelector(".graphiql-doc-explorer")).getText()).contains("Query");
		this.browser.screenshot("graphiql");
	}

}

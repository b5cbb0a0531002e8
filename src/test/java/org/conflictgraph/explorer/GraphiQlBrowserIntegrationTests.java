package org.conflictgraph.explorer;

import java.io.IOException;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.conflictgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in a browser that reaches nothing but loopback: everything it loads comes from
 * the jar.
 */
@IntegrationTest
@ExtendWith(ExplorerBrowserExtension.class)
class GraphiQlBrowserIntegrationTests {

	@Test
	void graphiqlRunsAQueryWithoutInternetAndOffersTheExamplesAndTheSchemaDocs(ExplorerBrowser browser)
			throws IOException {
		browser.openPath("graphiql");
		browser.waitUntil((d) -> !d.findElements(By.cssSelector(".graphiql-execute-button")).isEmpty());
		// One tab for the welcome query and one per file under graphql/examples/.
		int examples = Integer.parseInt(Objects.requireNonNull(browser.attribute(By.id("graphiql"), "data-examples")));
		assertThat(examples).isGreaterThanOrEqualTo(10);
		assertThat(browser.findAll(By.cssSelector(".graphiql-tab"))).hasSize(examples + 1);
		browser.find(By.cssSelector(".graphiql-tab")).click();
		browser.find(By.cssSelector(".graphiql-execute-button")).click();
		String result = browser.waitUntil((d) -> {
			String text = (String) browser.script("return document.querySelector('.result-window').textContent");
			return (text != null && text.contains("neo4jVersion")) ? text : null;
		});
		assertThat(result).contains("\"embedded\"").contains("\"nodeCounts\"").doesNotContain("\"errors\"");
		// The schema documentation is one click away.
		browser.find(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
		browser.waitUntil((d) -> !d.findElements(By.cssSelector(".graphiql-doc-explorer")).isEmpty());
		assertThat(browser.find(By.cssSelector(".graphiql-doc-explorer")).getText()).contains("Query");
		browser.screenshot("graphiql");
	}

}

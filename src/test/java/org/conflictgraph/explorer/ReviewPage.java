package org.conflictgraph.explorer;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.conflictgraph.security.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps of the review workspace the browser tests share: draft a text, ingest it. */
final class ReviewPage {

	private ReviewPage() {
	}

	/**
	 * Opens the review page of the service at {@code base}, fills in the text and its
	 * source with the editor key, drafts, and waits until events are proposed.
	 */
	static void draft(ExplorerBrowser browser, String base, String text, String published, String publisher,
			String title) {
		browser.driver().get("about:blank");
		browser.driver().get(base + "review.html");
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('text').value = arguments[0];"
				+ "document.getElementById('published').value = arguments[1];", text, published);
		browser.find(By.id("publisher")).sendKeys(publisher);
		browser.find(By.id("title")).sendKeys(title);
		// the key is kept for the browser session: the field may hold it already
		browser.find(By.id("key")).clear();
		browser.find(By.id("key")).sendKeys(TestKeys.EDITOR, Keys.TAB);
		browser.find(By.id("draft")).click();
		// the first draft loads the OpenNLP models: more patience than a page needs
		new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
			.until((d) -> !d.findElements(By.cssSelector("#events li")).isEmpty());
	}

	/** Dry run, then ingest; each must answer INGESTED. */
	static void ingest(ExplorerBrowser browser) {
		browser.find(By.id("dry-run")).click();
		waitForResult(browser, true);
		assertThat(browser.find(By.id("result-status")).getText()).startsWith("INGESTED");
		browser.find(By.id("ingest")).click();
		waitForResult(browser, false);
		assertThat(browser.find(By.id("result-status")).getText()).startsWith("INGESTED");
	}

	private static void waitForResult(ExplorerBrowser browser, boolean dryRun) {
		// The page renders the result afresh: an element found may be gone when read.
		new WebDriverWait(browser.driver(), Duration.ofMinutes(2)).ignoring(StaleElementReferenceException.class)
			.until((d) -> {
				List<WebElement> status = d.findElements(By.id("result-status"));
				return !status.isEmpty() && !status.get(0).getText().isBlank()
						&& status.get(0).getText().contains("dry run") == dryRun;
			});
	}

}

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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

	static final String PUBLISHER = "Conflict Graph evaluation desk";

	/**
	 * The governor's name misspelt: the drafter cannot link it by name key (Gladkow would
	 * be the same key), the resolver finds it alike.
	 */
	static final String MISSPELT_GOVERNOR = "The governor of Russia’s Belgorod region, Vyacheslav Gladkoff, said two "
			+ "people were injured in a drone attack on the village of Shebekino on Monday.";

	/** The governor by a short form of his name: not alike enough for a near match. */
	static final String SHORT_NAMED_GOVERNOR = "Belgorod governor Slava Gladkov said two people were injured in a "
			+ "drone attack on the village of Shebekino on Monday.";

	static final String NEAR_MATCH_SOURCE = "source:conflict-graph-evaluation-desk-2024-05-20-near-match-test";

	static final String SEARCH_SOURCE = "source:conflict-graph-evaluation-desk-2024-05-20-search-link-test";

	static final String EDIT_SOURCE = "source:conflict-graph-evaluation-desk-2024-05-22-edit-in-place-test";

	static final String RELATION_SOURCE = "source:conflict-graph-evaluation-desk-2024-05-22-relation-edit-test";

	static final String FIXED_TITLE = "Reviewed: a section of an apartment building in Belgorod collapsed";

	@Autowired
	HttpGraphQlTester graphQl;

	@AfterAll
	void retract() {
		for (String source : List.of(SOURCE, NEAR_MATCH_SOURCE, SEARCH_SOURCE, EDIT_SOURCE, RELATION_SOURCE)) {
			editor().document("mutation($id: ID!) { retractSource(sourceId: $id) { sourceId } }")
				.variable("id", source)
				.execute();
		}
	}

	@Test
	void draftFixOneItemIngestAndFindItInTheGraph(ExplorerBrowser browser) throws Exception {
		String text = new String(
				new ClassPathResource("drafting/belgorod-2024-05-15.txt").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		draft(browser, text, "2024-05-15", "Review test");
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
		ReviewPage.ingest(browser);
		browser.screenshot("review-ingested");
		this.graphQl.document("query($id: ID!) { event(id: $id) { title } }")
			.variable("id", eventId)
			.execute()
			.path("event.title")
			.entity(String.class)
			.isEqualTo(FIXED_TITLE);
	}

	@Test
	void aNewEntityThatResemblesAnExistingNodeIsLinkedToItWithOneClick(ExplorerBrowser browser) {
		draft(browser, MISSPELT_GOVERNOR, "2024-05-20", "Near match test");
		WebElement governor = browser.find(By.cssSelector("#entities li[data-id='person:vyacheslav-gladkoff']"));
		assertThat(governor.findElement(By.cssSelector(".badge")).getText()).isEqualToIgnoringCase("new");
		// the resolver's near-match warning of the dry run, with the score and why
		String warning = governor.findElement(By.cssSelector(".resembles")).getText();
		assertThat(warning).contains("resembles Vyacheslav Gladkov", "person:vyacheslav-gladkov", "score 0.9",
				"'Vyacheslav Gladkoff' and 'Vyacheslav Gladkov' are alike");
		governor.findElement(By.cssSelector("button.use-existing")).click();
		assertLinkedToTheSeedsGovernor(browser, "vyacheslav-gladkoff");
		// his position follows the link too
		assertThat(browser.findAll(By.cssSelector("#relations li")).stream().map(WebElement::getText)).anyMatch(
				(relation) -> relation.startsWith("HOLDS_POSITION person:vyacheslav-gladkov → region:belgorod-oblast"));
		ReviewPage.ingest(browser);
		assertTheClaimIsTheSeedsGovernors("vyacheslav-gladkoff");
	}

	@Test
	void anEntityIsLinkedToANodePickedWithThePrefixSearch(ExplorerBrowser browser) {
		draft(browser, SHORT_NAMED_GOVERNOR, "2024-05-20", "Search link test");
		WebElement person = browser.find(By.cssSelector("#entities li[data-id='person:slava-gladkov']"));
		assertThat(person.findElements(By.cssSelector(".resembles"))).isEmpty();
		WebElement search = person.findElement(By.cssSelector("input.link-search"));
		search.sendKeys("Gladk");
		WebElement suggestion = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until((d) -> d
			.findElements(By.cssSelector(
					"#entities li[data-id='person:slava-gladkov'] .link-suggestions li[data-id='person:vyacheslav-gladkov']"))
			.stream()
			.findFirst()
			.orElse(null));
		assertThat(suggestion.getText()).contains("Vyacheslav Gladkov");
		suggestion.click();
		assertLinkedToTheSeedsGovernor(browser, "slava-gladkov");
		ReviewPage.ingest(browser);
		assertTheClaimIsTheSeedsGovernors("slava-gladkov");
	}

	@Test
	void kindNameTypeDateFigureStanceAndStatementAreEditedInPlace(ExplorerBrowser browser) {
		draft(browser,
				"The Kestrel Battalion said on Tuesday that its fighters had shelled Russian positions near "
						+ "the village of Tykhe.\nRussia’s defense ministry denied the claim.",
				"2024-05-22", "Edit in place test");
		// an entity's kind, and with it its id
		WebElement battalion = browser.find(By.cssSelector("#entities li[data-id='armed-group:kestrel-battalion']"));
		new Select(battalion.findElement(By.cssSelector("select.edit-kind"))).selectByValue("MilitaryForce");
		WebElement force = browser.find(By.cssSelector("#entities li[data-id='military-force:kestrel-battalion']"));
		WebElement name = force.findElement(By.cssSelector("input.edit"));
		name.clear();
		name.sendKeys("Kestrel Battalion of the Ukrainian army", Keys.TAB);
		// the claim follows the new id
		assertThat(browser.find(By.cssSelector("#claims li[data-id='claim:kestrel-battalion-statement-1'] .meta"))
			.getText()).contains("claimant military-force:kestrel-battalion");
		// an event's type, sub-type and date
		String eventId = browser.findAll(By.cssSelector("#events li")).get(0).getAttribute("data-id");
		new Select(browser.find(By.cssSelector("#events li[data-id='" + eventId + "'] select.edit-type")))
			.selectByValue("Battles");
		new Select(browser.find(By.cssSelector("#events li[data-id='" + eventId + "'] select.edit-subtype")))
			.selectByValue("Armed clash");
		WebElement date = browser.find(By.cssSelector("#events li[data-id='" + eventId + "'] input.edit-date"));
		date.clear();
		date.sendKeys("2024-05-20", Keys.TAB);
		// a figure added to a claim
		new Select(browser
			.find(By.cssSelector("#claims li[data-id='claim:kestrel-battalion-statement-1'] select.figure-add")))
			.selectByValue("destroyed");
		WebElement value = browser.find(By.cssSelector(
				"#claims li[data-id='claim:kestrel-battalion-statement-1'] .figure[data-measure='destroyed'] input.figure-value"));
		value.clear();
		value.sendKeys("3", Keys.TAB);
		new Select(browser.find(By.cssSelector(
				"#claims li[data-id='claim:kestrel-battalion-statement-1'] .figure[data-measure='destroyed'] select.figure-qualifier")))
			.selectByValue("AT_LEAST");
		// a claim's stance and statement
		WebElement denial = browser
			.find(By.cssSelector("#claims li[data-id='claim:russian-defence-ministry-statement-2']"));
		new Select(denial.findElement(By.cssSelector("select.edit-stance"))).selectByValue("ASSERTS");
		WebElement statement = browser
			.find(By.cssSelector("#claims li[data-id='claim:russian-defence-ministry-statement-2'] input.edit"));
		statement.clear();
		statement.sendKeys("The ministry said nothing of the kind.", Keys.TAB);
		ReviewPage.ingest(browser);
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Entity { name kind } } }")
			.variable("id", "military-force:kestrel-battalion")
			.execute()
			.path("node.kind")
			.entity(String.class)
			.isEqualTo("MILITARY_FORCE")
			.path("node.name")
			.entity(String.class)
			.isEqualTo("Kestrel Battalion of the Ukrainian army");
		this.graphQl.document("query($id: ID!) { event(id: $id) { type subType date datePrecision } }")
			.variable("id", eventId)
			.execute()
			.path("event.type")
			.entity(String.class)
			.isEqualTo("Battles")
			.path("event.subType")
			.entity(String.class)
			.isEqualTo("Armed clash")
			.path("event.date")
			.entity(String.class)
			.isEqualTo("2024-05-20");
		this.graphQl.document("query($id: ID!) { claim(id: $id) { stance statement claimant { id } } }")
			.variable("id", "claim:russian-defence-ministry-statement-2")
			.execute()
			.path("claim.stance")
			.entity(String.class)
			.isEqualTo("ASSERTS")
			.path("claim.statement")
			.entity(String.class)
			.isEqualTo("The ministry said nothing of the kind.");
		this.graphQl
			.document("query($id: ID!) { claim(id: $id) { claimant { id } quantities { measure value qualifier } } }")
			.variable("id", "claim:kestrel-battalion-statement-1")
			.execute()
			.path("claim.claimant.id")
			.entity(String.class)
			.isEqualTo("military-force:kestrel-battalion")
			.path("claim.quantities[0].measure")
			.entity(String.class)
			.isEqualTo("destroyed")
			.path("claim.quantities[0].value")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("claim.quantities[0].qualifier")
			.entity(String.class)
			.isEqualTo("AT_LEAST");
	}

	@Test
	void aRelationsTypeIsEditedInPlace(ExplorerBrowser browser) {
		draft(browser, "The Kestrel Battalion said on Tuesday that its fighters had shelled Russian positions near "
				+ "the village of Tykhe.", "2024-05-22", "Relation edit test");
		List<String> ids = browser.findAll(By.cssSelector("#relations li"))
			.stream()
			.map((li) -> li.getAttribute("data-id"))
			.toList();
		String id = ids.stream()
			.filter((relation) -> relation.startsWith("OCCURRED_IN:"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no occurrence among " + ids));
		String eventId = id.substring("OCCURRED_IN:".length(), id.indexOf("->"));
		String placeId = id.substring(id.indexOf("->") + 2);
		WebElement occurrence = browser.find(By.cssSelector("#relations li[data-id='" + id + "']"));
		occurrence.findElement(By.cssSelector("details.relation-edit summary")).click();
		// the ends offer the report's items, the current ones chosen
		assertThat(new Select(occurrence.findElement(By.cssSelector("select.edit-from"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo(eventId);
		assertThat(new Select(occurrence.findElement(By.cssSelector("select.edit-to"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo(placeId);
		// the shelling was aimed at the village rather than said to happen in it
		new Select(occurrence.findElement(By.cssSelector("select.edit-relation-type"))).selectByValue("TARGETED");
		assertThat(
				browser.findAll(By.cssSelector("#relations li[data-id='TARGETED:" + eventId + "->" + placeId + "']")))
			.hasSize(1);
		ReviewPage.ingest(browser);
		this.graphQl.document("query($id: ID!) { source(id: $id) { id } }")
			.variable("id", RELATION_SOURCE)
			.execute()
			.path("source.id")
			.entity(String.class)
			.isEqualTo(RELATION_SOURCE);
		this.graphQl.document("query($id: ID!) { event(id: $id) { effects { action target { id } } } }")
			.variable("id", eventId)
			.execute()
			.path("event.effects[0].action")
			.entity(String.class)
			.isEqualTo("TARGETED")
			.path("event.effects[0].target.id")
			.entity(String.class)
			.isEqualTo(placeId);
	}

	private void draft(ExplorerBrowser browser, String text, String published, String title) {
		ReviewPage.draft(browser, browser.base(), text, published, PUBLISHER, title);
	}

	private void assertLinkedToTheSeedsGovernor(ExplorerBrowser browser, String misspelt) {
		assertThat(browser.findAll(By.cssSelector("#entities li[data-id='person:" + misspelt + "']"))).isEmpty();
		WebElement linked = browser.find(By.cssSelector("#entities li[data-id='person:vyacheslav-gladkov']"));
		assertThat(linked.findElement(By.cssSelector(".badge")).getText())
			.containsIgnoringCase("existing node person:vyacheslav-gladkov");
		assertThat(linked.findElement(By.cssSelector("input.edit")).getAttribute("value"))
			.isEqualTo("Vyacheslav Gladkov");
		assertThat(linked.findElements(By.cssSelector(".resembles"))).isEmpty();
		// the claim and the relations follow the link
		assertThat(browser.find(By.cssSelector("#claims li .meta")).getText())
			.contains("claimant person:vyacheslav-gladkov");
		assertThat(browser.findAll(By.cssSelector("#relations li")).stream().map(WebElement::getText))
			.noneMatch((relation) -> relation.contains(misspelt));
	}

	private void assertTheClaimIsTheSeedsGovernors(String misspelt) {
		this.graphQl.document("query($id: ID!) { claim(id: $id) { claimant { id } } }")
			.variable("id", "claim:" + misspelt + "-casualties-1")
			.execute()
			.path("claim.claimant.id")
			.entity(String.class)
			.isEqualTo("person:vyacheslav-gladkov");
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", "person:" + misspelt)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty());
	}

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate()
			.header("X-API-Key", TestKeys.EDITOR)
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.build();
	}

}

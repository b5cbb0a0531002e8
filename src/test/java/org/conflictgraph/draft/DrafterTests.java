package org.conflictgraph.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The drafting rules on the seed article with no graph (the reference gazetteer only):
 * what a reviewer relies on finding in the draft.
 */
class DrafterTests {

	static String text;

	static DraftReport report;

	@BeforeAll
	static void draftTheSeedText() throws IOException {
		text = new String(new ClassPathResource("reports/seed/cnn-2024-03-12-cross-border-raids.txt").getInputStream()
			.readAllBytes(), StandardCharsets.UTF_8);
		report = new Drafter(new Nlp(), Gazetteer.load())
			.draft(text, new DraftSource(null, null, null, "CNN", null, "2024-03-12", null), KnownNodes.NONE)
			.report();
	}

	@Test
	void everyQuoteIsVerbatimAtItsOffset() {
		List<DraftReport.Evidence> quotes = new java.util.ArrayList<>();
		report.entities().forEach((e) -> quotes.addAll(e.evidence()));
		report.events().forEach((e) -> quotes.addAll(e.evidence()));
		report.claims().forEach((c) -> quotes.addAll(c.evidence()));
		report.relations().forEach((r) -> quotes.addAll(r.evidence()));
		assertThat(quotes).hasSizeGreaterThan(100);
		assertThat(quotes)
			.allSatisfy((quote) -> assertThat(text.substring(quote.start(), quote.start() + quote.quote().length()))
				.isEqualTo(quote.quote()));
	}

	@Test
	void theGovernorInAnAppositionHoldsHisPositionAndMakesHisClaims() {
		assertThat(report.relations()).anySatisfy((r) -> {
			assertThat(r.type()).isEqualTo("HOLDS_POSITION");
			assertThat(r.from()).isEqualTo("person:vyacheslav-gladkov");
			assertThat(r.to()).isEqualTo("region:belgorod-oblast");
			assertThat(r.properties()).containsEntry("position", "Governor");
		});
		// "He added that Ukrainian fighters were not presently in the Belgorod
		// settlements."
		assertThat(report.claims()).anySatisfy((c) -> {
			assertThat(c.claimant()).isEqualTo("person:vyacheslav-gladkov");
			assertThat(c.stance()).isEqualTo("DENIES");
			assertThat(c.evidence().get(0).quote()).startsWith("He added");
		});
	}

	@Test
	void aRelayedClaimNamesItsClaimantAndWhoReportedIt() {
		assertThat(report.claims()).anySatisfy((c) -> {
			assertThat(c.claimant()).isEqualTo("government-body:russian-defence-ministry");
			assertThat(c.reportedBy()).containsExactly("media-outlet:ria-novosti");
		});
	}

	@Test
	void figuresKeepTheirQualifiers() {
		// "At least three people, two women and one man, were killed and 40 injured"
		assertThat(report.claims()).anySatisfy(
				(c) -> assertThat(c.figures()).containsEntry("killed", new DraftReport.Figure(3, "AT_LEAST", null))
					.containsEntry("injured", new DraftReport.Figure(40, "EXACT", null)));
	}

	@Test
	@Disabled("Fails: \"The decision will affect more than 4,500 students\" has no reporting verb of its own, so no "
			+ "claim takes the figure (open, see docs/drafting.md)")
	void aFigureInTheSentenceAfterTheClaimKeepsItsQualifier() {
		assertThat(report.claims()).anySatisfy((c) -> assertThat(c.figures()).containsEntry("affected",
				new DraftReport.Figure(4500, "MORE_THAN", null)));
	}

	@Test
	void datesAreResolvedAgainstThePublicationDateWithTheirPrecision() {
		assertThat(report.events()).anySatisfy((e) -> {
			assertThat(e.date()).isEqualTo("2023-05-01");
			assertThat(e.datePrecision()).isEqualTo("MONTH");
			assertThat(e.type()).isEqualTo("Battles");
		});
		assertThat(report.events()).anySatisfy((e) -> {
			assertThat(e.date()).isEqualTo("2024-01-01");
			assertThat(e.datePrecision()).isEqualTo("MONTH");
			assertThat(e.subType()).isEqualTo("Aircraft crash");
		});
	}

	@Test
	void dronesInterceptedOverEachRegionAreSeparateEventsAndClaims() {
		List<DraftReport.Event> interceptions = report.events()
			.stream()
			.filter((e) -> e.subType().equals("Disrupted weapons use"))
			.toList();
		assertThat(interceptions).hasSize(7);
		assertThat(report.claims()).filteredOn((c) -> c.kind().equals("interception"))
			.anySatisfy((c) -> assertThat(c.figures())
				.containsEntry("intercepted", new DraftReport.Figure(11, "EXACT", null))
				.containsEntry("destroyed", new DraftReport.Figure(11, "EXACT", null)));
	}

	@Test
	@Disabled("Fails: no contradiction is proposed on the seed text (open, see docs/drafting.md)")
	void aRepulsionClaimContradictsTheAttackersClaims() {
		assertThat(report.claims()).anySatisfy((c) -> {
			assertThat(c.kind()).isEqualTo("repulsion");
			assertThat(c.contradicts()).isNotEmpty();
		});
	}

	@Test
	void gazetteerPlacesCiteTheGazetteerAndTheirParents() {
		assertThat(report.entities()).anySatisfy((e) -> {
			assertThat(e.id()).isEqualTo("region:dnipropetrovsk-oblast");
			assertThat(e.evidence()).isEmpty();
			assertThat(e.reference().source()).isEqualTo(Gazetteer.SOURCE_ID);
		});
		assertThat(report.relations()).anySatisfy((r) -> {
			assertThat(r.type()).isEqualTo("LOCATED_IN");
			assertThat(r.from()).isEqualTo("settlement:kryvyi-rih");
			assertThat(r.to()).isEqualTo("region:dnipropetrovsk-oblast");
		});
	}

	@Test
	void aTextWithoutAPublicationDateIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Drafter(new Nlp(), Gazetteer.load()).draft("Some text.",
					new DraftSource(null, null, null, "CNN", null, "12 March", null), KnownNodes.NONE))
			.withMessageContaining("YYYY-MM-DD");
	}

}

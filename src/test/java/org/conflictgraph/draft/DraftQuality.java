package org.conflictgraph.draft;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.conflictgraph.ConflictGraphApplication;
import org.conflictgraph.ingest.ReportIngester;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The drafting quality command (docs/drafting.md): starts the service without the web
 * server on a fresh embedded Neo4j, drafts the seed text on the empty graph (gazetteer
 * only) and scores it against the curated seed report, ingests the seed, then drafts and
 * scores the evaluation texts (so linking to the seed's nodes counts), and times the
 * drafting of a text of about 1,000 words. Prints the figures; no assertions.
 */
public final class DraftQuality {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DraftQuality() {
	}

	record Case(String name, String text, String curated, String publisher, String published) {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Files.createTempDirectory("draft-quality");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConflictGraphApplication.class)
			.web(WebApplicationType.NONE)
			.properties("conflictgraph.embedded.bolt-port=0",
					"conflictgraph.embedded.data-directory=" + directory.resolve("neo4j"),
					"conflictgraph.seed.enabled=false", "logging.level.root=WARN")
			.run();
		try {
			run(context);
		}
		finally {
			context.close();
		}
	}

	private static void run(ConfigurableApplicationContext context) throws Exception {
		DraftService drafts = context.getBean(DraftService.class);
		ReportIngester ingester = context.getBean(ReportIngester.class);
		String seedText = resource("reports/seed/cnn-2024-03-12-cross-border-raids.txt");
		String seedReport = resource("reports/seed/cnn-2024-03-12-cross-border-raids.json");
		List<Case> cases = List.of(
				new Case("seed (CNN, 12 March 2024), empty graph", seedText, seedReport, "CNN", "2024-03-12"),
				new Case("Odesa drone strike (evaluation text), seed loaded", resource("drafting/odesa-2024-03-03.txt"),
						resource("drafting/odesa-2024-03-03.json"), "Conflict Graph evaluation desk", "2024-03-03"),
				new Case("Belgorod collapse and Vovchansk (evaluation text), seed loaded",
						resource("drafting/belgorod-2024-05-15.txt"), resource("drafting/belgorod-2024-05-15.json"),
						"Conflict Graph evaluation desk", "2024-05-15"));
		boolean seeded = false;
		for (Case c : cases) {
			if (!seeded && !c.name().contains("empty graph")) {
				ingester.ingest(seedReport.getBytes(StandardCharsets.UTF_8), false);
				seeded = true;
			}
			DraftService.DraftAnswer answer = drafts.draft(c.text(),
					new DraftSource(null, "NewsArticle", null, c.publisher(), null, c.published(), "en"));
			JsonNode curated = JSON.readTree(c.curated());
			DraftScorer.Result r = new DraftScorer(c.text()).score(answer.report(), curated);
			System.out.println("== " + c.name() + " (" + words(c.text()) + " words)");
			System.out.println("  entities   " + r.entities());
			System.out.println("  claims     " + r.claims());
			System.out.println("  events     " + r.events() + String.format(Locale.ROOT,
					"; dates right on %.0f%% of matched events", 100 * r.eventDateAccuracy()));
			System.out.println("  figures    " + r.figures());
			System.out.println("  relations  " + r.relations());
			System.out.println(String.format(Locale.ROOT, "  verbatim   %d of %d quotes (%.1f%%)", r.verbatimQuotes(),
					r.quotes(), (r.quotes() == 0) ? 100.0 : 100.0 * r.verbatimQuotes() / r.quotes()));
			System.out.println("  validator  " + answer.problems().size() + " problem(s)" + (answer.problems().isEmpty()
					? "" : ": " + answer.problems().subList(0, Math.min(3, answer.problems().size()))));
			System.out.println("  linked     " + answer.stats().get("linkedEntities") + " entities to existing nodes");
		}
		// at least 1,000 words (the article length): the seed text, both
		// evaluation
		// texts, then the seed's lines again until the count is reached
		StringBuilder text = new StringBuilder(seedText + "\n" + resource("drafting/odesa-2024-03-03.txt") + "\n"
				+ resource("drafting/belgorod-2024-05-15.txt"));
		String[] seedLines = seedText.split("\n");
		for (int k = 0; words(text.toString()) < 1000; k++) {
			text.append('\n').append(seedLines[k % seedLines.length]);
		}
		String longText = text.toString();
		Drafter rules = new Drafter(context.getBean(Nlp.class), Gazetteer.load());
		DraftSource source = new DraftSource(null, "NewsArticle", null, "CNN", null, "2024-05-15", "en");
		List<Long> total = new ArrayList<>();
		List<Long> drafting = new ArrayList<>();
		List<Long> alone = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			long start = System.nanoTime();
			DraftService.DraftAnswer answer = drafts.draft(longText, source);
			total.add((System.nanoTime() - start) / 1_000_000);
			drafting.add(((Number) answer.stats().get("draftMillis")).longValue());
			start = System.nanoTime();
			rules.draft(longText, source, KnownNodes.NONE);
			alone.add((System.nanoTime() - start) / 1_000_000);
		}
		System.out
			.println("== timing: " + words(longText) + " words; the first of 7 runs loads the models and is left out");
		System.out.println("  rules alone (OpenNLP and drafting rules, no database)  " + median(alone));
		System.out.println("  drafting with name look-ups in the graph               " + median(drafting));
		System.out.println("  whole request: drafting and the pipeline's dry run     " + median(total));
		System.out.println("  (first run: " + total.get(0) + " ms; load average "
				+ String.format(Locale.ROOT, "%.1f",
						java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
				+ " on " + Runtime.getRuntime().availableProcessors() + " cores)");
	}

	private static String median(List<Long> runs) {
		List<Long> warm = new ArrayList<>(runs.subList(1, runs.size()));
		warm.sort(Long::compare);
		return "median " + warm.get(warm.size() / 2) + " ms, max " + warm.get(warm.size() - 1) + " ms";
	}

	private static int words(String text) {
		return text.split("\\s+").length;
	}

	private static String resource(String path) throws Exception {
		return new String(new ClassPathResource(path).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

}

package org.conflictgraph.draft;

import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Development aid: drafts a text on no graph and scores it against a curated report. */
final class DraftProbe {

	private DraftProbe() {
	}

	public static void main(String[] args) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		String text = Files.readString(Path.of(args[0]));
		JsonNode curated = json.readTree(Files.readString(Path.of(args[1])));
		Drafter drafter = new Drafter(new Nlp(), Gazetteer.load());
		DraftSource source = new DraftSource(null, "NewsArticle", null, args[2], null, args[3], "en");
		Drafter.Drafted drafted = drafter.draft(text, source, KnownNodes.NONE);
		JsonNode draft = json.valueToTree(drafted.report());
		Files.writeString(Path.of("/tmp/draft.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(draft));
		DraftScorer.Result r = new DraftScorer(text).score(draft, curated);
		System.out.println("entities  " + r.entities());
		System.out.println("claims    " + r.claims());
		System.out.println("events    " + r.events() + " dates " + r.eventDateAccuracy());
		System.out.println("figures   " + r.figures());
		System.out.println("relations " + r.relations());
		System.out.println("verbatim  " + r.verbatimQuotes() + "/" + r.quotes());
		drafted.warnings().forEach((w) -> System.out.println("  warning: " + w));
	}

}

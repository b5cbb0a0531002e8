package org.conflictgraph.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.ingest.NearMatch;
import org.conflictgraph.ingest.Problem;
import org.conflictgraph.ingest.ReportIngester;
import org.conflictgraph.ingest.ReportRejectedException;
import org.conflictgraph.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Drafts a report from a text against the graph, then runs the pipeline's dry run on it:
 * the answer carries the draft, what the reviewer should look at (rule warnings and every
 * problem the validator found, with its JSON path) and counts.
 */
@Service
public class DraftService {

	/** The longest text drafted in one request. */
	static final int MAX_TEXT_CHARS = 200_000;

	private final Drafter drafter;

	private final GraphKnownNodes known;

	private final ReportIngester ingester;

	private final JsonMapper json = JsonMapper.builder().build();

	DraftService(Nlp nlp, GraphKnownNodes known, ReportIngester ingester) {
		this.drafter = new Drafter(nlp, Gazetteer.load());
		this.known = known;
		this.ingester = ingester;
	}

	/**
	 * A draft as the interfaces answer it.
	 *
	 * @param nearMatches the drafted new entities that the resolver finds alike to
	 * existing nodes (the dry run's near-match warnings), for the reviewer to link
	 * instead
	 */
	public record DraftAnswer(JsonNode report, List<String> warnings, List<Problem> problems,
			List<Resemblance> nearMatches, Map<String, Object> stats) {
	}

	/**
	 * A new entity of the draft that resembles an existing node: the resolver's near
	 * match with the existing node's kind, so that the entity can be relinked to it.
	 *
	 * @param id the drafted entity's id
	 * @param name the drafted entity's name
	 * @param resembles the existing node's id
	 * @param resemblesName the existing node's name
	 * @param resemblesKind the existing node's kind label
	 * @param matchedName the existing node's name or alias that is most alike
	 * @param score 0..1
	 * @param why in words
	 */
	public record Resemblance(String id, String name, String resembles, String resemblesName, String resemblesKind,
			String matchedName, double score, String why) {
	}

	/**
	 * Drafts and dry-runs.
	 * @throws InvalidInputException when the text or the source fields are unusable
	 */
	public DraftAnswer draft(@Nullable String text, @Nullable DraftSource source) {
		List<Problem> problems = new ArrayList<>();
		if (text == null || text.isBlank()) {
			problems.add(new Problem("$.text", "The text is missing or empty: paste the article's text"));
		}
		else if (text.length() > MAX_TEXT_CHARS) {
			problems.add(new Problem("$.text", "The text has " + text.length() + " characters, more than the limit of "
					+ MAX_TEXT_CHARS + "; draft it in parts"));
		}
		if (source == null) {
			problems
				.add(new Problem("$.source", "The source fields are missing: give at least published and publisher"));
		}
		else {
			if (source.published() == null || !source.published().matches("\\d{4}-\\d{2}-\\d{2}")) {
				problems.add(new Problem("$.source.published",
						"The publication date is missing or not YYYY-MM-DD; it anchors dates such as \"Tuesday\""));
			}
			if (source.publisher() == null || source.publisher().isBlank()) {
				problems.add(new Problem("$.source.publisher", "The publisher is missing: give its id or name"));
			}
			if (source.kind() != null
					&& !List.of("NewsArticle", "SocialMediaPost", "NewsAgencyReport").contains(source.kind())) {
				problems.add(new Problem("$.source.kind",
						"The kind must be NewsArticle, SocialMediaPost or NewsAgencyReport, not \"" + source.kind()
								+ "\""));
			}
			if (source.id() != null && !source.id().isBlank()
					&& !source.id().matches("source:[a-z0-9]+(-[a-z0-9]+)*")) {
				problems.add(new Problem("$.source.id", "The id must look like source:words-joined-by-hyphens"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ReportRejectedException(problems) {
				@Override
				public String getMessage() {
					return "The draft request is incomplete (" + problems.size() + " problem"
							+ ((problems.size() == 1) ? "" : "s") + "): " + problems.get(0);
				}
			};
		}
		long started = System.nanoTime();
		Drafter.Drafted drafted;
		try {
			drafted = this.drafter.draft(text, source, this.known.nodes());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(ex.getMessage());
		}
		long drafting = System.nanoTime() - started;
		JsonNode report = this.json.valueToTree(drafted.report());
		List<Problem> validation = List.of();
		List<NearMatch> nearMatches = List.of();
		try {
			nearMatches = this.ingester.ingest(this.json.writeValueAsBytes(report), true).nearMatches();
		}
		catch (ReportRejectedException ex) {
			validation = ex.getProblems();
		}
		List<Resemblance> resemblances = resemblances(nearMatches);
		Map<String, Object> stats = new LinkedHashMap<>(drafted.stats());
		stats.put("problems", validation.size());
		stats.put("draftMillis", drafting / 1_000_000);
		return new DraftAnswer(report, drafted.warnings(), validation, resemblances, stats);
	}

	private List<Resemblance> resemblances(List<NearMatch> nearMatches) {
		if (nearMatches.isEmpty()) {
			return List.of();
		}
		Map<String, KnownNodes.Known> existing = this.known
			.byIds(nearMatches.stream().map(NearMatch::resembles).distinct().toList());
		List<Resemblance> resemblances = new ArrayList<>();
		for (NearMatch match : nearMatches) {
			KnownNodes.Known node = existing.get(match.resembles());
			if (node != null) {
				resemblances.add(new Resemblance(match.id(), match.name(), node.id(), node.name(), node.kind(),
						match.resemblesName(), match.score(), match.why()));
			}
		}
		return resemblances;
	}

}

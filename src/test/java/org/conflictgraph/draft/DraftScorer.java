package org.conflictgraph.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Scores a draft against a curated report of the same text: precision, recall and F1 for
 * entities (same node, or overlapping evidence and the same base label), claims (same
 * claimant and overlapping evidence), events (overlapping evidence and the same ACLED
 * type; date accuracy apart), figures (measure, value and qualifier, on matched claims)
 * and relations (same type between matched ends), and the share of verbatim quotes.
 */
final class DraftScorer {

	private static final Set<String> ACTORS = Set.of("ArmedGroup", "MilitaryForce", "GovernmentBody", "Person",
			"MediaOutlet", "State");

	private static final Set<String> PLACES = Set.of("Country", "Region", "District", "Settlement", "Facility");

	record Score(int truePositives, int drafted, int curated) {

		double precision() {
			return (this.drafted == 0) ? 0 : (double) this.truePositives / this.drafted;
		}

		double recall() {
			return (this.curated == 0) ? 1 : (double) this.truePositives / this.curated;
		}

		double f1() {
			double p = precision();
			double r = recall();
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

		@Override
		public String toString() {
			return String.format("P %.2f  R %.2f  F1 %.2f  (%d of %d drafted, %d curated)", precision(), recall(), f1(),
					this.truePositives, this.drafted, this.curated);
		}

	}

	record Result(Score entities, Score claims, Score events, double eventDateAccuracy, Score figures, Score relations,
			int quotes, int verbatimQuotes) {
	}

	private final String text;

	private final Map<String, String> idMap = new HashMap<>();

	DraftScorer(String text) {
		this.text = text;
	}

	Result score(JsonNode draft, JsonNode curated) {
		Score entities = match(draft.path("entities"), curated.path("entities"), (d, c) -> {
			String dk = base(d.path("kind").asString());
			return dk.equals(base(c.path("kind").asString())) && overlap(d, c);
		}, true);
		Score events = match(draft.path("events"), curated.path("events"),
				(d, c) -> d.path("type").asString().equals(c.path("type").asString()) && overlap(d, c), true);
		int dated = 0;
		int matchedEvents = 0;
		Map<String, JsonNode> curatedEvents = index(curated.path("events"));
		for (JsonNode d : draft.path("events")) {
			JsonNode c = curatedEvents.get(this.idMap.get(d.path("id").asString()));
			if (c != null) {
				matchedEvents++;
				if (c.path("date").asString().equals(d.path("date").asString())
						&& c.path("datePrecision").asString().equals(d.path("datePrecision").asString())) {
					dated++;
				}
			}
		}
		Score claims = match(draft.path("claims"), curated.path("claims"),
				(d, c) -> mapped(d.path("claimant").asString()).equals(c.path("claimant").asString()) && overlap(d, c),
				false);
		// figures on matched claims
		Map<String, JsonNode> curatedClaims = index(curated.path("claims"));
		int figureHits = 0;
		int draftedFigures = 0;
		int curatedFigures = 0;
		for (JsonNode c : curated.path("claims")) {
			curatedFigures += c.path("figures").size();
		}
		for (JsonNode d : draft.path("claims")) {
			draftedFigures += d.path("figures").size();
			JsonNode c = curatedClaims.get(this.idMap.get(d.path("id").asString()));
			if (c == null) {
				continue;
			}
			for (var field : d.path("figures").properties()) {
				JsonNode value = c.path("figures").path(field.getKey());
				if (!value.isMissingNode() && sameFigure(field.getValue(), value)) {
					figureHits++;
				}
			}
		}
		Score figures = new Score(figureHits, draftedFigures, curatedFigures);
		// relations between matched ends
		List<String> curatedRelations = new ArrayList<>();
		for (JsonNode c : curated.path("relations")) {
			curatedRelations
				.add(c.path("type").asString() + " " + c.path("from").asString() + " " + c.path("to").asString());
		}
		int relationHits = 0;
		int draftedRelations = 0;
		for (JsonNode d : draft.path("relations")) {
			draftedRelations++;
			String key = d.path("type").asString() + " " + mapped(d.path("from").asString()) + " "
					+ mapped(d.path("to").asString());
			if (curatedRelations.remove(key)) {
				relationHits++;
			}
		}
		Score relations = new Score(relationHits, draftedRelations, curated.path("relations").size());
		int quotes = 0;
		int verbatim = 0;
		for (String section : List.of("entities", "events", "claims", "relations")) {
			for (JsonNode item : draft.path(section)) {
				for (JsonNode evidence : item.path("evidence")) {
					quotes++;
					String quote = evidence.path("quote").asString();
					int start = evidence.path("start").asInt(-1);
					if (start >= 0 && start + quote.length() <= this.text.length()
							&& this.text.substring(start, start + quote.length()).equals(quote)) {
						verbatim++;
					}
				}
			}
		}
		return new Result(entities, claims, events, (matchedEvents == 0) ? 0 : (double) dated / matchedEvents, figures,
				relations, quotes, verbatim);
	}

	private String mapped(String id) {
		return this.idMap.getOrDefault(id, id);
	}

	private interface Matcher {

		boolean matches(JsonNode drafted, JsonNode curated);

	}

	// One-to-one: first the same id, then the rule, in document order.
	private Score match(JsonNode drafted, JsonNode curated, Matcher matcher, boolean sameIdCounts) {
		List<JsonNode> open = new ArrayList<>();
		curated.forEach(open::add);
		int hits = 0;
		List<JsonNode> rest = new ArrayList<>();
		for (JsonNode d : drafted) {
			JsonNode same = null;
			if (sameIdCounts) {
				for (JsonNode c : open) {
					if (c.path("id").asString().equals(d.path("id").asString())) {
						same = c;
						break;
					}
				}
			}
			if (same != null) {
				open.remove(same);
				this.idMap.put(d.path("id").asString(), same.path("id").asString());
				hits++;
			}
			else {
				rest.add(d);
			}
		}
		for (JsonNode d : rest) {
			for (JsonNode c : open) {
				if (matcher.matches(d, c)) {
					open.remove(c);
					this.idMap.put(d.path("id").asString(), c.path("id").asString());
					hits++;
					break;
				}
			}
		}
		return new Score(hits, drafted.size(), curated.size());
	}

	private Map<String, JsonNode> index(JsonNode items) {
		Map<String, JsonNode> map = new LinkedHashMap<>();
		items.forEach((item) -> map.put(item.path("id").asString(), item));
		return map;
	}

	private static String base(String kind) {
		return ACTORS.contains(kind) ? "Actor" : PLACES.contains(kind) ? "Place" : "Asset";
	}

	private boolean overlap(JsonNode a, JsonNode b) {
		for (int[] x : spans(a)) {
			for (int[] y : spans(b)) {
				if (x[0] < y[1] && y[0] < x[1]) {
					return true;
				}
			}
		}
		return false;
	}

	private List<int[]> spans(JsonNode item) {
		List<int[]> spans = new ArrayList<>();
		for (JsonNode evidence : item.path("evidence")) {
			String quote = evidence.path("quote").asString();
			int start = evidence.has("start") ? evidence.path("start").asInt() : this.text.indexOf(quote);
			if (start >= 0) {
				spans.add(new int[] { start, start + quote.length() });
			}
		}
		return spans;
	}

	/**
	 * The same figure: the same number with the same qualifier, a plain number being
	 * {@code EXACT} as in the report format.
	 */
	static boolean sameFigure(JsonNode drafted, JsonNode curated) {
		return value(drafted) == value(curated) && qualifier(drafted).equals(qualifier(curated));
	}

	private static int value(JsonNode figure) {
		return figure.isObject() ? figure.path("value").asInt() : figure.asInt();
	}

	private static String qualifier(JsonNode figure) {
		return figure.isObject() ? figure.path("qualifier").asString("EXACT") : "EXACT";
	}

}

package org.conflictgraph.draft;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the drafting rules: reporting verbs, event triggers mapped to the
 * ACLED types of docs/model.md, figure measures, number words, demonyms, cue words for
 * kinds.
 */
final class Lexicon {

	private Lexicon() {
	}

	static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "claimed", "claims", "claim", "wrote",
			"writes", "reported", "reports", "announced", "announces", "accused", "accuses", "blamed", "blames",
			"denied", "denies", "added", "adds", "stated", "states", "told", "confirmed", "confirms", "warned",
			"insisted", "alleged", "declared");

	static final Set<String> OTHER_STATEMENT_VERBS = Set.of("expressed", "pledged", "promised", "vowed");

	static final Set<String> DENIAL_WORDS = Set.of("not", "n’t", "n't", "never");

	/** Demonym or country name to ISO country code and country name. */
	static final Map<String, String[]> DEMONYMS = Map.ofEntries(Map.entry("russian", new String[] { "RU", "Russia" }),
			Map.entry("russia", new String[] { "RU", "Russia" }),
			Map.entry("ukrainian", new String[] { "UA", "Ukraine" }),
			Map.entry("ukraine", new String[] { "UA", "Ukraine" }),
			Map.entry("belarusian", new String[] { "BY", "Belarus" }),
			Map.entry("belarus", new String[] { "BY", "Belarus" }),
			Map.entry("polish", new String[] { "PL", "Poland" }), Map.entry("poland", new String[] { "PL", "Poland" }),
			Map.entry("kremlin", new String[] { "RU", "Russia" }), Map.entry("kyiv", new String[] { "UA", "Ukraine" }),
			Map.entry("moscow", new String[] { "RU", "Russia" }));

	static final Map<String, String> ADJECTIVE = Map.of("RU", "Russian", "UA", "Ukrainian", "BY", "Belarusian", "PL",
			"Polish");

	/** Capitals that stand for their state as the subject of a verb ("Kyiv fired"). */
	static final Map<String, String> CAPITALS = Map.of("kyiv", "UA", "kiev", "UA", "moscow", "RU", "minsk", "BY");

	static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december");

	static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday");

	static final Set<String> NOT_NAMES = Set.of("telegram", "school", "earlier", "later", "well", "as", "in", "the",
			"a", "an", "at", "one", "on", "it", "he", "she", "they", "we", "no", "similar", "drone", "tuesday’s",
			"eight", "pro-ukrainian", "this", "that", "but", "after", "while", "when", "meanwhile");

	static final Set<String> ARMED_GROUP_CUES = Set.of("battalion", "corps", "legion", "brigade", "regiment",
			"division", "army", "group", "company", "guard", "unit", "militia", "front", "battalions");

	static final Set<String> GOVERNMENT_CUES = Set.of("ministry", "council", "service", "committee", "administration",
			"government", "office", "kremlin", "parliament", "rada", "duma", "staff", "agency", "police", "prosecutor",
			"directorate", "command");

	static final Set<String> MEDIA_CUES = Set.of("novosti", "tass", "interfax", "news", "times", "post", "pravda",
			"izvestia", "kommersant", "ukrinform", "reuters", "suspilne");

	static final Set<String> TITLES = Set.of("president", "governor", "mayor", "minister", "commander", "general",
			"spokesman", "spokeswoman", "spokesperson", "chief", "head", "leader", "colonel");

	/** An event trigger: a word sequence (prefixes ending in '*') and its ACLED type. */
	record Trigger(List<String> words, String type, String subType, double confidence, String name) {
	}

	static final String BATTLES = "Battles";

	static final String REMOTE = "Explosions/Remote violence";

	static final String STRATEGIC = "Strategic developments";

	static final String ACCIDENTS = "Accidents";

	static final List<Trigger> TRIGGERS = List.of(
			trigger("cross- border attack*", BATTLES, "Armed clash", 0.8, "cross-border attack"),
			trigger("cross-border attack*", BATTLES, "Armed clash", 0.8, "cross-border attack"),
			trigger("cross-border raid*", BATTLES, "Armed clash", 0.8, "cross-border raid"),
			trigger("incursion*", BATTLES, "Armed clash", 0.75, "incursion"),
			trigger("raid*", BATTLES, "Armed clash", 0.6, "raid"),
			trigger("cross the border", BATTLES, "Armed clash", 0.7, "border crossing"),
			trigger("break through", BATTLES, "Armed clash", 0.6, "breakthrough attempt"),
			trigger("clash*", BATTLES, "Armed clash", 0.7, "clash"),
			trigger("fighting", BATTLES, "Armed clash", 0.6, "fighting"),
			trigger("assault*", BATTLES, "Armed clash", 0.6, "assault"),
			trigger("offensive", BATTLES, "Armed clash", 0.5, "offensive"),
			trigger("captured", BATTLES, "Armed clash", 0.5, "capture"),
			trigger("drone strike*", REMOTE, "Air/drone strike", 0.85, "drone strike"),
			trigger("drone attack*", REMOTE, "Air/drone strike", 0.85, "drone attack"),
			trigger("wave of drones", REMOTE, "Air/drone strike", 0.8, "drone attack"),
			trigger("drones struck", REMOTE, "Air/drone strike", 0.8, "drone strike"),
			trigger("drone struck", REMOTE, "Air/drone strike", 0.8, "drone strike"),
			trigger("using a drone", REMOTE, "Air/drone strike", 0.75, "drone strike"),
			trigger("air strike*", REMOTE, "Air/drone strike", 0.85, "air strike"),
			trigger("airstrike*", REMOTE, "Air/drone strike", 0.85, "air strike"),
			trigger("glide bomb*", REMOTE, "Air/drone strike", 0.8, "glide bomb strike"),
			trigger("missile strike*", REMOTE, "Shelling/artillery/missile attack", 0.85, "missile strike"),
			trigger("missile attack*", REMOTE, "Shelling/artillery/missile attack", 0.85, "missile attack"),
			trigger("ballistic missile*", REMOTE, "Shelling/artillery/missile attack", 0.8, "missile attack"),
			trigger("shelling", REMOTE, "Shelling/artillery/missile attack", 0.8, "shelling"),
			trigger("shelled", REMOTE, "Shelling/artillery/missile attack", 0.8, "shelling"),
			trigger("fired back", REMOTE, "Shelling/artillery/missile attack", 0.6, "strike"),
			trigger("rocket attack*", REMOTE, "Shelling/artillery/missile attack", 0.8, "rocket attack"),
			trigger("intercepted", STRATEGIC, "Disrupted weapons use", 0.8, "interception"),
			trigger("shot down", STRATEGIC, "Disrupted weapons use", 0.8, "interception"),
			trigger("downing", ACCIDENTS, "Aircraft crash", 0.6, "downing"),
			trigger("crashed", ACCIDENTS, "Aircraft crash", 0.8, "crash"),
			trigger("crash", ACCIDENTS, "Aircraft crash", 0.6, "crash"),
			trigger("online learning", STRATEGIC, "Other", 0.6, "school closures"),
			trigger("evacuat*", STRATEGIC, "Other", 0.6, "evacuation"),
			trigger("similar measures", STRATEGIC, "Other", 0.5, "measures"),
			trigger("rescue operation", STRATEGIC, "Other", 0.6, "rescue operation"),
			trigger("rescuers", STRATEGIC, "Other", 0.55, "rescue operation"),
			trigger("had struck", REMOTE, "Air/drone strike", 0.5, "strike"),
			trigger("have struck", REMOTE, "Air/drone strike", 0.5, "strike"),
			trigger("has struck", REMOTE, "Air/drone strike", 0.5, "strike"),
			trigger("arrested", STRATEGIC, "Arrests", 0.7, "arrest"),
			trigger("detained", STRATEGIC, "Arrests", 0.7, "arrest"));

	private static Trigger trigger(String words, String type, String subType, double confidence, String name) {
		return new Trigger(List.of(words.split(" ")), type, subType, confidence, name);
	}

	/** Figure measures of the report format and the words that state them. */
	static final Map<String, String> MEASURES = Map.ofEntries(Map.entry("killed", "killed"),
			Map.entry("dead", "killed"), Map.entry("died", "killed"), Map.entry("injured", "injured"),
			Map.entry("wounded", "injured"), Map.entry("hurt", "injured"), Map.entry("hospitalized", "hospitalized"),
			Map.entry("hospitalised", "hospitalized"), Map.entry("rescued", "rescued"),
			Map.entry("intercepted", "intercepted"), Map.entry("destroyed", "destroyed"),
			Map.entry("eliminated", "destroyed"), Map.entry("damaged", "damaged"), Map.entry("affect", "affected"),
			Map.entry("affected", "affected"), Map.entry("leaving", "affected"), Map.entry("killing", "killed"),
			Map.entry("injuring", "injured"), Map.entry("wounding", "injured"), Map.entry("shot", "intercepted"),
			Map.entry("remained", "affected"), Map.entry("remain", "affected"), Map.entry("pulled", "rescued"));

	/**
	 * Nouns that, as the definite subject opening a sentence without a reporting verb
	 * ("The decision will affect ..."), take up what the previous sentence's claim
	 * announced: that sentence continues the claim.
	 */
	static final Set<String> ANNOUNCEMENT_NOUNS = Set.of("decision", "move", "measure", "measures", "order", "step",
			"ban", "closure", "closures", "restriction", "restrictions", "evacuation", "plan");

	static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));

	static final Set<String> VAGUE_NUMBERS = Set.of("dozens", "hundreds", "thousands", "several", "scores");

	/** Asset head words and their kinds. */
	static final Map<String, String> ASSETS = Map.ofEntries(Map.entry("drone", "Drone"), Map.entry("drones", "Drone"),
			Map.entry("missile", "Missile"), Map.entry("missiles", "Missile"), Map.entry("rocket", "Missile"),
			Map.entry("rockets", "Missile"), Map.entry("plane", "Aircraft"), Map.entry("aircraft", "Aircraft"),
			Map.entry("jet", "Aircraft"), Map.entry("helicopter", "Aircraft"), Map.entry("il-76", "Aircraft"),
			Map.entry("tank", "Vehicle"), Map.entry("tanks", "Vehicle"), Map.entry("carrier", "Vehicle"),
			Map.entry("vehicles", "Vehicle"), Map.entry("vehicle", "Vehicle"), Map.entry("depot", "Infrastructure"),
			Map.entry("refinery", "Infrastructure"), Map.entry("line", "Infrastructure"),
			Map.entry("plant", "Infrastructure"), Map.entry("substation", "Infrastructure"),
			Map.entry("schools", "Infrastructure"), Map.entry("hospital", "Infrastructure"),
			Map.entry("buildings", "Infrastructure"), Map.entry("building", "Infrastructure"),
			Map.entry("bridge", "Infrastructure"), Map.entry("airfield", "Infrastructure"),
			Map.entry("port", "Infrastructure"), Map.entry("warehouse", "Infrastructure"),
			Map.entry("terminal", "Infrastructure"));

	/** Claim kinds by the words that signal them, checked in this order. */
	static final List<String[]> CLAIM_KINDS = List.of(
			new String[] { "blame", "accused", "blamed", "accuses", "blames" },
			new String[] { "responsibility", "responsibility", "launched" },
			new String[] { "repulsion", "thwarted", "repelled", "repulsed", "foiled" },
			new String[] { "involvement", "involved" }, new String[] { "interception", "intercepted", "shot" },
			new String[] { "destruction", "destroyed", "eliminated" },
			new String[] { "casualties", "killed", "injured", "wounded", "casualties", "dead", "hospitalized" },
			new String[] { "rescue", "rescued" }, new String[] { "condolence", "condolences" },
			new String[] { "damage", "damage", "damaged", "extinguished", "fire" },
			new String[] { "accident", "crashed", "crash" }, new String[] { "strike", "struck" },
			new String[] { "measure", "will", "move", "measures", "continue" },
			new String[] { "presence", "home", "presently" }, new String[] { "pledge", "pledge", "pledged" });

}

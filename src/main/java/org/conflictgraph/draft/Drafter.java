package org.conflictgraph.draft;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.draft.KnownNodes.Known;
import org.conflictgraph.draft.Lexicon.Trigger;
import org.conflictgraph.draft.Nlp.Sentence;
import org.conflictgraph.draft.Nlp.Token;
import org.conflictgraph.ingest.Names;
import org.conflictgraph.graph.Vocabulary;

/**
 * The drafting rules: from an article's text and source fields to a report draft. Pure
 * (no database): the graph's names come in through {@link KnownNodes}. Every item cites
 * verbatim spans with offsets and carries the confidence and name of the rule that
 * proposed it.
 */
public final class Drafter {

	static final Set<String> ACTOR_KINDS = Set.of("ArmedGroup", "MilitaryForce", "GovernmentBody", "Person",
			"MediaOutlet", "State");

	static final Set<String> PLACE_KINDS = Set.of("Country", "Region", "District", "Settlement", "Facility");

	static final String REQUEST_SOURCE = "source:draft-request";

	private final Nlp nlp;

	private final Gazetteer gazetteer;

	public Drafter(Nlp nlp, Gazetteer gazetteer) {
		this.nlp = nlp;
		this.gazetteer = gazetteer;
	}

	/** A draft with what the person reviewing it should know. */
	public record Drafted(DraftReport report, List<String> warnings, Map<String, Integer> stats) {
	}

	/**
	 * Drafts a report.
	 * @throws IllegalArgumentException when the text or the publication date is unusable
	 */
	public Drafted draft(String text, DraftSource source, KnownNodes known) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("The text is empty: paste the article's text");
		}
		LocalDate published;
		try {
			published = LocalDate.parse((source.published() != null) ? source.published() : "");
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"source.published must be the publication date as YYYY-MM-DD (it anchors dates such as \"Tuesday\")");
		}
		List<Sentence> sentences = this.nlp.analyse(text);
		return new Run(text, source, published, sentences, known).draft();
	}

	static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "x" : slug;
	}

	static String prefix(String kind) {
		return kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** An entity as the rules build it. */
	static final class Ent {

		String id;

		final String kind;

		String name;

		final Set<String> aliases = new LinkedHashSet<>();

		@Nullable String description;

		final Map<String, Object> properties = new LinkedHashMap<>();

		final List<int[]> evidence = new ArrayList<>();

		@Nullable String reference;

		@Nullable String referenceNote;

		double confidence;

		String rule;

		@Nullable String existing;

		@Nullable String country;

		@Nullable Ent governs;

		Ent(String id, String kind, String name, double confidence, String rule) {
			this.id = id;
			this.kind = kind;
			this.name = name;
			this.confidence = confidence;
			this.rule = rule;
		}

		boolean actor() {
			return ACTOR_KINDS.contains(this.kind);
		}

		boolean place() {
			return PLACE_KINDS.contains(this.kind);
		}

	}

	record Mention(int sentence, int from, int to, int start, int end, Ent ent) {
	}

	static final class Ev {

		final String id;

		final String type;

		final String subType;

		String title;

		String date;

		String precision;

		final List<int[]> evidence = new ArrayList<>();

		final double confidence;

		final String rule;

		final Set<Ent> places = new LinkedHashSet<>();

		String status = "REPORTED";

		final int sentence;

		Ev(String id, String type, String subType, String title, String date, String precision, double confidence,
				String rule, int sentence) {
			this.id = id;
			this.type = type;
			this.subType = subType;
			this.title = title;
			this.date = date;
			this.precision = precision;
			this.confidence = confidence;
			this.rule = rule;
			this.sentence = sentence;
		}

	}

	static final class Cl {

		String id;

		final Ent claimant;

		final List<Ent> reportedBy = new ArrayList<>();

		String kind;

		String stance;

		String statement;

		@Nullable String date;

		final Set<String> about = new LinkedHashSet<>();

		final Map<String, Integer> figures = new LinkedHashMap<>();

		final Map<String, String> qualifiers = new LinkedHashMap<>();

		final Set<String> contradicts = new LinkedHashSet<>();

		final List<int[]> evidence = new ArrayList<>();

		final double confidence;

		final String rule;

		final int sentence;

		final int verb;

		Cl(Ent claimant, String kind, String stance, double confidence, String rule, int sentence, int verb) {
			this.id = "";
			this.claimant = claimant;
			this.kind = kind;
			this.stance = stance;
			this.statement = "";
			this.confidence = confidence;
			this.rule = rule;
			this.sentence = sentence;
			this.verb = verb;
		}

	}

	record Rel(String type, String from, String to, @Nullable String key, Map<String, Object> properties,
			List<int[]> evidence, @Nullable String reference, @Nullable String note, double confidence, String rule) {
	}

	/** One drafting run over one text. */
	private final class Run {

		private final String text;

		private final DraftSource source;

		private final LocalDate published;

		private final List<Sentence> sentences;

		private final Map<String, List<Known>> known;

		private static final java.util.regex.Pattern GOVERNOR_APPOSITION = java.util.regex.Pattern
			.compile("(?i:governor) of [^,.]{1,60}, (\\p{Lu}[\\p{L}’'-]+ \\p{Lu}[\\p{L}’'-]+),");

		/** The day of the last event, when its sentence gave one, and that sentence. */
		private @Nullable String lastEventDay;

		private int lastEventDaySentence = -10;

		private final Map<String, Ent> entities = new LinkedHashMap<>();

		private final List<Mention> mentions = new ArrayList<>();

		private final List<Ev> events = new ArrayList<>();

		private final List<Cl> claims = new ArrayList<>();

		private final List<Rel> relations = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private final List<DraftReport.Context> context = new ArrayList<>();

		private final Set<String> usedIds = new HashSet<>();

		private final Ent publisher;

		private final String lowerText;

		private boolean usedGazetteer;

		private @Nullable Ent openQuoteClaimant;

		Run(String text, DraftSource source, LocalDate published, List<Sentence> sentences, KnownNodes known) {
			this.text = text;
			this.source = source;
			this.published = published;
			this.sentences = sentences;
			this.lowerText = text.toLowerCase(Locale.ROOT);
			this.known = known.byKeys(candidateKeys());
			this.publisher = publisherEntity();
		}

		// Every name key of every span of up to six tokens: one look-up against the
		// graph.
		private Set<String> candidateKeys() {
			Set<String> keys = new LinkedHashSet<>();
			for (Sentence sentence : this.sentences) {
				List<Token> tokens = sentence.tokens();
				for (int i = 0; i < tokens.size(); i++) {
					if (!tokens.get(i).capitalised()) {
						continue;
					}
					for (int j = i + 1; j <= Math.min(tokens.size(), i + 6); j++) {
						String key = Names.key(this.text.substring(tokens.get(i).start(), tokens.get(j - 1).end()));
						if (!key.isEmpty()) {
							keys.add(key);
						}
					}
				}
			}
			if (this.source.publisher() != null) {
				keys.add(Names.key(this.source.publisher()));
			}
			return keys;
		}

		private Ent publisherEntity() {
			String name = (this.source.publisher() != null && !this.source.publisher().isBlank())
					? this.source.publisher().strip() : "Unknown publisher";
			String given = name.startsWith("media-outlet:") ? name : null;
			for (Known node : this.known.getOrDefault(Names.key(name), List.of())) {
				if (node.kind().equals("MediaOutlet")) {
					Ent ent = new Ent(node.id(), "MediaOutlet", node.name(), 1.0, "publisher:existing");
					ent.existing = node.id();
					this.entities.put(ent.id, ent);
					return ent;
				}
			}
			String id = (given != null) ? given : "media-outlet:" + slug(name);
			Ent ent = new Ent(id, "MediaOutlet", (given != null) ? given.substring(13) : name, 1.0,
					"publisher:request");
			ent.reference = REQUEST_SOURCE;
			ent.referenceNote = "the publisher named in the draft request";
			ent.description = "Publisher of the source.";
			this.entities.put(ent.id, ent);
			this.usedIds.add(ent.id);
			return ent;
		}

		Drafted draft() {
			for (Sentence sentence : this.sentences) {
				if (sentence.heading()) {
					this.context.add(new DraftReport.Context(sentence.text(this.text), sentence.start(),
							"section heading (short line without closing punctuation)"));
					continue;
				}
				List<Mention> found = mentions(sentence);
				this.mentions.addAll(found);
				List<Ev> sentenceEvents = events(sentence, found);
				List<Cl> sentenceClaims = claims(sentence, found, sentenceEvents);
				Cl continued = sentenceClaims.isEmpty() ? continuedClaim(sentence) : null;
				figures(sentence, found, (continued != null) ? List.of(continued) : sentenceClaims, sentenceEvents);
				relations(sentence, found, sentenceEvents, sentenceClaims);
			}
			contradictions();
			placeHierarchy();
			return build();
		}

		// ---------------------------------------------------------------- mentions

		private List<Mention> mentions(Sentence sentence) {
			List<Token> t = sentence.tokens();
			boolean[] taken = new boolean[t.size()];
			List<Mention> found = new ArrayList<>();
			institutions(sentence, t, taken, found);
			governors(sentence, t, taken, found);
			listedRegions(sentence, t, taken, found);
			names(sentence, t, taken, found);
			properNouns(sentence, t, taken, found);
			unnamedGroups(sentence, t, taken, found);
			assets(sentence, t, taken, found);
			found.sort((a, b) -> Integer.compare(a.from(), b.from()));
			return found;
		}

		private Mention mention(Sentence sentence, int from, int to, Ent ent, boolean[] taken, List<Mention> found) {
			List<Token> t = sentence.tokens();
			Mention mention = new Mention(sentence.index(), from, to, t.get(from).start(), t.get(to - 1).end(), ent);
			for (int i = from; i < to; i++) {
				taken[i] = true;
			}
			addEvidence(ent.evidence, mention.start(), mention.end());
			found.add(mention);
			return mention;
		}

		private void addEvidence(List<int[]> evidence, int start, int end) {
			for (int[] span : evidence) {
				if (span[0] == start && span[1] == end) {
					return;
				}
			}
			evidence.add(new int[] { start, end });
		}

		private boolean free(boolean[] taken, int from, int to) {
			for (int i = from; i < to; i++) {
				if (taken[i]) {
					return false;
				}
			}
			return true;
		}

		private @Nullable String[] countryOf(List<Token> t, int i, Sentence sentence, List<Mention> found) {
			if (i < 0) {
				return null;
			}
			String word = t.get(i).text().toLowerCase(Locale.ROOT);
			if (word.equals("its") || word.equals("their")) {
				Set<String> kinds = Set.of("GovernmentBody", "State", "MilitaryForce");
				// "Ukraine’s General Staff said its forces": an actor earlier in the
				// sentence first, then the last one before it
				Ent last = null;
				for (Mention m : found) {
					if (m.from() < i && kinds.contains(m.ent().kind) && m.ent().country != null) {
						last = m.ent();
					}
				}
				if (last == null) {
					last = lastActor(sentence.index(), t.get(i).start(), kinds);
				}
				if (last != null && last.country != null) {
					return new String[] { last.country, countryName(last.country) };
				}
				return null;
			}
			return Lexicon.DEMONYMS.get(word);
		}

		private String countryName(String code) {
			Gazetteer.Place country = Drafter.this.gazetteer.country(code);
			return (country != null) ? country.name() : code;
		}

		/**
		 * "the Russian defense ministry", "Ukraine’s armed forces", "its air defenses".
		 */
		private void institutions(Sentence sentence, List<Token> t, boolean[] taken, List<Mention> found) {
			for (int i = 0; i < t.size(); i++) {
				String w = t.get(i).text().toLowerCase(Locale.ROOT);
				String next = (i + 1 < t.size()) ? t.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
				int head = -1;
				String institution = null;
				String kind = null;
				int modifierEnd = i;
				if (w.equals("ministry")) {
					head = i;
					String field = (i > 0) ? t.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
					modifierEnd = (field.equals("defense") || field.equals("defence") || field.equals("foreign")
							|| field.equals("interior") || field.equals("emergencies")) ? i - 1 : i;
					String what = field.startsWith("defen") ? "defence" : field;
					institution = (modifierEnd < i) ? what + " ministry" : "ministry";
					kind = "GovernmentBody";
				}
				else if (w.equals("defenses") || w.equals("defences") || w.equals("defence") || w.equals("defense")) {
					if (i > 0 && t.get(i - 1).is("air")) {
						head = i;
						modifierEnd = i - 1;
						institution = "air defences";
						kind = "MilitaryForce";
					}
				}
				else if (w.equals("force") && i > 0 && t.get(i - 1).is("air")) {
					// "Ukraine’s air force"
					head = i;
					modifierEnd = i - 1;
					institution = "air force";
					kind = "MilitaryForce";
				}
				else if (w.equals("staff") && i > 0 && t.get(i - 1).text().equals("General")) {
					// "Ukraine’s General Staff"
					head = i;
					modifierEnd = i - 1;
					institution = "General Staff";
					kind = "GovernmentBody";
				}
				else if ((w.equals("officials") || w.equals("authorities")) && i > 0
						&& Lexicon.DEMONYMS.containsKey(t.get(i - 1).text().toLowerCase(Locale.ROOT))) {
					// "according to Ukrainian officials": unnamed, but a claimant
					head = i;
					modifierEnd = i;
					institution = w;
					kind = "GovernmentBody";
				}
				else if (w.equals("assaults") && i > 0
						&& Lexicon.DEMONYMS.containsKey(t.get(i - 1).text().toLowerCase(Locale.ROOT))) {
					// "repelled Russian assaults": the assaults' armed forces
					head = i;
					modifierEnd = i;
					institution = "armed forces";
					kind = "MilitaryForce";
				}
				else if ((w.equals("forces") && i > 0 && t.get(i - 1).is("armed")) || w.equals("soldiers")
						|| w.equals("servicemen") || w.equals("troops") || w.equals("army")
						|| (w.equals("forces") && i > 0
								&& (t.get(i - 1).is("its")
										|| Lexicon.DEMONYMS.containsKey(t.get(i - 1).text().toLowerCase(Locale.ROOT))))
						|| (w.equals("military")
								&& (next.equals("plane") || next.equals("aircraft") || next.equals("jet")))) {
					head = i;
					modifierEnd = (w.equals("forces") && t.get(i - 1).is("armed")) ? i - 1 : i;
					institution = "armed forces";
					kind = "MilitaryForce";
				}
				if (w.equals("administration") && i > 1
						&& t.get(i - 1).text().matches("(?i)military|city|regional|district")
						&& t.get(i - 2).capitalised() && !taken[i]) {
					administration(sentence, t, i, taken, found);
					continue;
				}
				if (head < 0 || taken[head]) {
					continue;
				}
				int modifier = modifierEnd - 1;
				if (modifier >= 0 && t.get(modifier).text().matches("’s|'s")) {
					modifier--;
				}
				String[] country = countryOf(t, modifier, sentence, found);
				int from = (country != null) ? modifier : modifierEnd;
				if (country == null && institution.equals("ministry")
						|| country == null && institution.equals("defence ministry")) {
					Ent last = lastKind(sentence.index(), t.get(i).start(), "GovernmentBody", "ministry");
					if (last != null) {
						int start = (from > 0 && t.get(from - 1).is("the")) ? from - 1 : from;
						mention(sentence, start, head + 1, last, taken, found);
					}
					continue;
				}
				if (country == null) {
					continue;
				}
				String adjective = Lexicon.ADJECTIVE.getOrDefault(country[0], country[1]);
				String name = adjective + " " + institution;
				Ent ent = entity(kind, name, List.of(), 0.8, "institution:" + institution.replace(' ', '-'));
				ent.country = country[0];
				ent.properties.put("country", country[0]);
				if (ent.description == null) {
					ent.description = name + " (drafted from \""
							+ this.text.substring(t.get(from).start(), t.get(head).end()) + "\").";
				}
				boolean possessivePronoun = t.get(from).is("its") || t.get(from).is("their");
				int start = possessivePronoun ? from : from;
				mention(sentence, start, head + 1, ent, taken, found);
			}
		}

		/**
		 * "The governor of Russia’s Belgorod region, Vyacheslav Gladkov", "Belgorod’s
		 * governor", "the governor there".
		 */
		private void governors(Sentence sentence, List<Token> t, boolean[] taken, List<Mention> found) {
			for (int i = 0; i < t.size(); i++) {
				if (!t.get(i).is("governor") || taken[i]) {
					continue;
				}
				int from = (i > 0 && (t.get(i - 1).is("the") || t.get(i - 1).is("a"))) ? i - 1 : i;
				Ent region = null;
				int to = i + 1;
				if (i >= 2 && t.get(i - 1).text().matches("’s|'s")) {
					region = placeNamed(t.get(i - 2).text(), true);
					from = i - 2;
				}
				else if (i > 0 && t.get(i - 1).is("regional")) {
					// "..., the regional governor said": the region of a
					// place the sentence names
					from = (i > 1 && t.get(i - 2).is("the")) ? i - 2 : i - 1;
					region = regionBefore(t, i - 1);
					if (region == null) {
						region = lastPlace(sentence.index(), t.get(i).start(), "Region");
					}
				}
				else if (i + 1 < t.size() && t.get(i + 1).is("there")) {
					region = regionBefore(t, i);
					if (region == null) {
						region = lastPlace(sentence.index(), t.get(i).start(), "Region");
					}
					to = i + 2;
				}
				else if (i + 3 < t.size() && t.get(i + 1).is("of") && t.get(i + 2).is("that")
						&& t.get(i + 3).text().toLowerCase(Locale.ROOT).startsWith("region")) {
					region = regionBefore(t, i);
					if (region == null) {
						region = lastPlace(sentence.index(), t.get(i).start(), "Region");
					}
					to = i + 4;
				}
				else if (i + 2 < t.size() && t.get(i + 1).is("of")) {
					int j = i + 2;
					while (j < t.size() && j < i + 7 && !t.get(j).text().equals(",")) {
						j++;
					}
					for (int k = j; k > i + 2; k--) {
						Ent place = placeNamed(
								this.text.substring(t.get(k - 2 < i + 2 ? i + 2 : k - 2).start(), t.get(k - 1).end()),
								false);
						if (place == null) {
							place = placeNamed(t.get(k - 1).text(), true);
						}
						if (place == null && k - 2 >= i + 2) {
							place = placeNamed(t.get(k - 2).text(), true);
						}
						if (place != null && place.kind.equals("Region")) {
							region = place;
							to = j;
							break;
						}
					}
				}
				if (region == null) {
					continue;
				}
				Ent person = null;
				int end = to;
				// apposition: ", First Last,"
				if (to + 2 < t.size() && t.get(to).text().equals(",") && t.get(to + 1).capitalised()
						&& t.get(to + 2).capitalised()) {
					String name = t.get(to + 1).text() + " " + t.get(to + 2).text();
					person = entity("Person", name, List.of(), 0.85, "apposition:governor");
					end = to + 3;
				}
				if (person == null) {
					person = governorOf(region);
				}
				if (person == null) {
					// "..., the regional governor said. The governor of Ukraine’s Odesa
					// region, Oleh Kiper, said ...": named in the next sentence
					String named = governorNamedIn(sentence.index() + 1);
					if (named != null) {
						person = entity("Person", named, List.of(), 0.7, "governor:named-next-sentence");
					}
				}
				if (person == null) {
					person = entity("Person", "Unnamed governor of " + region.name, List.of(), 0.6, "cue:governor");
					person.description = "The governor of " + region.name + ", not named in the article.";
				}
				person.governs = region;
				if (person.description == null) {
					person.description = "Governor of " + region.name + ".";
				}
				Mention m = mention(sentence, from, end, person, markOnly(taken, from, end), found);
				this.relations.add(new Rel("HOLDS_POSITION", person.id, region.id, null, Map.of("position", "Governor"),
						List.of(new int[] { m.start(), m.end() }), null, null, 0.75, "apposition:governor"));
				ensurePlace(region);
			}
		}

		/**
		 * The region a capitalised word earlier in the same sentence names ("School
		 * children in Kursk ..., the governor of that region"): the nearest one, which
		 * the sentence's "that region" or "there" points back to before any earlier
		 * sentence's.
		 */
		private @Nullable Ent regionBefore(List<Token> t, int before) {
			for (int k = before - 1; k >= 0; k--) {
				if (!t.get(k).capitalised() || k == 0 && !t.get(k).tag().equals("PROPN")) {
					continue;
				}
				String key = Names.key(t.get(k).text());
				for (Known node : this.known.getOrDefault(key, List.of())) {
					if (node.kind().equals("Region")) {
						return existing(node);
					}
				}
				Gazetteer.Place region = Drafter.this.gazetteer.regionByStem(key);
				if (region != null) {
					return gazetteerPlace(region);
				}
			}
			return null;
		}

		/**
		 * "the Vovchansk military administration": a government body named after its
		 * place, located there; "The head of the ... administration, Tamaz
		 * Gambarashvili," holds a position in it.
		 */
		private void administration(Sentence sentence, List<Token> t, int i, boolean[] taken, List<Mention> found) {
			String placeName = t.get(i - 2).text();
			Ent place = placeNamed(placeName, false);
			String name = placeName + " " + t.get(i - 1).text().toLowerCase(Locale.ROOT) + " administration";
			Ent body = entity("GovernmentBody", name, List.of(), 0.75, "cue:administration");
			if (place != null) {
				body.country = place.country;
				if (body.description == null) {
					body.description = "The " + name + " (drafted from the text).";
				}
			}
			int from = t.get(i - 3 >= 0 ? i - 3 : i - 2).is("the") ? i - 3 : i - 2;
			Mention m = mention(sentence, from, i + 1, body, taken, found);
			if (place != null) {
				addEvidence(place.evidence, m.start(), m.end());
				found.add(new Mention(sentence.index(), i - 2, i - 1, t.get(i - 2).start(), t.get(i - 2).end(), place));
				this.relations.add(new Rel("LOCATED_IN", body.id, place.id, null, Map.of(),
						List.of(new int[] { m.start(), m.end() }), null, null, 0.7, "administration:place"));
			}
			// "The head of the Vovchansk military administration, Tamaz Gambarashvili,"
			if (from >= 2 && t.get(from - 1).is("of") && t.get(from - 2).text().matches("(?i)head|chief")
					&& i + 3 < t.size() && t.get(i + 1).text().equals(",") && t.get(i + 2).capitalised()
					&& t.get(i + 3).capitalised() && (i + 4 >= t.size() || t.get(i + 4).text().equals(","))) {
				int start = (from >= 3 && t.get(from - 3).is("the")) ? from - 3 : from - 2;
				Ent person = entity("Person", t.get(i + 2).text() + " " + t.get(i + 3).text(), List.of(), 0.8,
						"apposition:head");
				if (person.description == null) {
					person.description = "Head of the " + name + ".";
				}
				Mention pm = mention(sentence, start, i + 4, person, taken, found);
				this.relations.add(new Rel("HOLDS_POSITION", person.id, body.id, null, Map.of("position", "Head"),
						List.of(new int[] { pm.start(), pm.end() }), null, null, 0.75, "apposition:head"));
			}
		}

		/** The name in "governor of ... region, First Last," of that sentence, if any. */
		private @Nullable String governorNamedIn(int index) {
			if (index >= this.sentences.size()) {
				return null;
			}
			java.util.regex.Matcher m = GOVERNOR_APPOSITION.matcher(this.sentences.get(index).text(this.text));
			return m.find() ? m.group(1) : null;
		}

		private boolean[] markOnly(boolean[] taken, int from, int to) {
			return taken;
		}

		private @Nullable Ent governorOf(Ent region) {
			for (Ent ent : this.entities.values()) {
				if (ent.kind.equals("Person") && ent.governs == region) {
					return ent;
				}
			}
			return null;
		}

		/**
		 * "one each over Leningrad, Bryansk and Tula regions", "the Sudzhansky and
		 * Glushkovsky districts".
		 */
		private void listedRegions(Sentence sentence, List<Token> t, boolean[] taken, List<Mention> found) {
			for (int i = 1; i < t.size(); i++) {
				String w = t.get(i).text().toLowerCase(Locale.ROOT);
				String suffix = w.equals("regions") ? " region" : w.equals("districts") ? " District" : null;
				if (suffix == null || !t.get(i - 1).capitalised()) {
					continue;
				}
				int j = i - 1;
				List<Integer> names = new ArrayList<>();
				while (j >= 0 && t.get(j).capitalised()) {
					names.add(j);
					if (j - 1 >= 0 && (t.get(j - 1).text().equals(",") || t.get(j - 1).is("and"))) {
						j -= 2;
					}
					else {
						break;
					}
				}
				for (int k : names) {
					if (taken[k]) {
						continue;
					}
					Ent place = placeNamed(t.get(k).text() + suffix, false);
					if (place == null && suffix.equals(" District")) {
						place = entity("District", t.get(k).text() + " District", List.of(), 0.6, "cue:district");
						place.properties.put("adminLevel", 2);
					}
					if (place != null) {
						ensurePlace(place);
						mention(sentence, k, k + 1, place, taken, found);
					}
				}
			}
		}

		/** Names of the graph and of the gazetteer, longest first. */
		private void names(Sentence sentence, List<Token> t, boolean[] taken, List<Mention> found) {
			for (int n = 6; n >= 1; n--) {
				for (int i = 0; i + n <= t.size(); i++) {
					if (!free(taken, i, i + n)) {
						continue;
					}
					Token first = t.get(i);
					Token last = t.get(i + n - 1);
					if (!first.capitalised()
							|| (!last.capitalised() && !last.text().matches("(?i)region|oblast|district|raion"))) {
						continue;
					}
					if (n == 1 && Lexicon.NOT_NAMES.contains(first.text().toLowerCase(Locale.ROOT))) {
						continue;
					}
					String span = this.text.substring(first.start(), last.end());
					Ent ent = resolveName(span, sentence, t, i, i + n);
					if (ent != null) {
						mention(sentence, i, i + n, ent, taken, found);
					}
				}
			}
		}

		private @Nullable Ent resolveName(String span, Sentence sentence, List<Token> t, int from, int to) {
			String key = Names.key(span);
			if (key.isEmpty()) {
				return null;
			}
			boolean actorContext = actorContext(t, from, to);
			String word = span.toLowerCase(Locale.ROOT);
			if (actorContext && Lexicon.CAPITALS.containsKey(word)) {
				return state(Lexicon.CAPITALS.get(word));
			}
			List<Known> nodes = this.known.getOrDefault(key, List.of());
			Known best = null;
			for (Known node : nodes) {
				boolean actor = ACTOR_KINDS.contains(node.kind());
				if (best == null || (actor == actorContext && ACTOR_KINDS.contains(best.kind()) != actorContext)) {
					best = node;
				}
			}
			List<Gazetteer.Place> places = Drafter.this.gazetteer.byKey(key);
			Gazetteer.Place place = places.isEmpty() ? null : places.get(0);
			if (place != null && place.adminLevel() == 0 && actorContext) {
				return state(place.countryCode());
			}
			Gazetteer.Place region = Drafter.this.gazetteer.regionByStem(key);
			// "the southern Ukrainian city of Odesa" is the city,
			// whatever else the text says
			boolean settlementCue = from >= 2 && t.get(from - 1).is("of")
					&& t.get(from - 2).text().matches("(?i)city|town|village|settlement");
			if (region != null && (place == null || place.kind().equals("Settlement")) && !settlementCue
					&& preferRegion(span, sentence)) {
				place = region;
			}
			if (best != null && (place == null || ACTOR_KINDS.contains(best.kind()) == actorContext
					|| best.id().equals(place.id()))) {
				return existing(best);
			}
			if (place != null) {
				Ent ent = gazetteerPlace(place);
				if (!ent.name.equalsIgnoreCase(span) && !span.toLowerCase(Locale.ROOT).endsWith("region")) {
					ent.aliases.add(span);
				}
				return ent;
			}
			if (best != null) {
				return existing(best);
			}
			// a short form of a name of this text: "RIA" for "RIA Novosti"
			if (to - from == 1 && t.get(from).text().length() >= 3) {
				for (Ent ent : this.entities.values()) {
					if ((ent.kind.equals("MediaOutlet") || ent.kind.equals("ArmedGroup")) && ent.name.contains(" ")
							&& ent.name.startsWith(span + " ")) {
						return ent;
					}
				}
			}
			return null;
		}

		private boolean preferRegion(String span, Sentence sentence) {
			String lower = span.toLowerCase(Locale.ROOT);
			String sentenceText = sentence.text(this.text).toLowerCase(Locale.ROOT);
			return this.lowerText.contains(lower + " region") || this.lowerText.contains(lower + " oblast")
					|| sentenceText.contains("region") || lower.equals("moscow");
		}

		private boolean actorContext(List<Token> t, int from, int to) {
			Token before = (from > 0) ? t.get(from - 1) : null;
			Token after = (to < t.size()) ? t.get(to) : null;
			if (before != null && before.tag().equals("ADP") || before != null && before.is("inside")) {
				return false;
			}
			if (after != null && after.text().matches("’s|'s")) {
				return false;
			}
			if (after != null && (after.tag().equals("VERB") || after.tag().equals("AUX") || after.is("reportedly")
					|| after.is("also"))) {
				return true;
			}
			// the object of an accusation or a blame: "accused Ukraine", "blamed Ukraine"
			return before != null
					&& (before.is("accused") || before.is("blamed") || before.is("accuses") || before.is("blames"));
		}

		private Ent state(String code) {
			Gazetteer.Place country = Drafter.this.gazetteer.country(code);
			String name = (country != null) ? country.name() : code;
			for (Known node : this.known.getOrDefault(Names.key(name), List.of())) {
				if (node.kind().equals("State")) {
					Ent ent = existing(node);
					ent.country = code;
					return ent;
				}
			}
			Ent ent = entity("State", name, List.of(), 0.85, "gazetteer:state");
			ent.country = code;
			ent.properties.put("country", code);
			if (ent.description == null) {
				ent.description = "The state of " + name + ".";
			}
			return ent;
		}

		private Ent existing(Known node) {
			Ent ent = this.entities.get(node.id());
			if (ent == null) {
				ent = new Ent(node.id(), node.kind(), node.name(), 0.9, "graph:name-key");
				ent.existing = node.id();
				this.entities.put(ent.id, ent);
				this.usedIds.add(ent.id);
			}
			if (ent.kind.equals("State") || ent.kind.equals("Country")) {
				String[] country = Lexicon.DEMONYMS.get(ent.name.toLowerCase(Locale.ROOT));
				if (country != null) {
					ent.country = country[0];
				}
			}
			return ent;
		}

		private Ent gazetteerPlace(Gazetteer.Place place) {
			for (Known node : this.known.getOrDefault(Names.key(place.name()), List.of())) {
				if (node.kind().equals(place.kind())) {
					Ent ent = existing(node);
					ent.country = place.countryCode();
					return ent;
				}
			}
			Ent ent = this.entities.get(place.id());
			if (ent == null) {
				ent = new Ent(place.id(), place.kind(), place.name(), 0.9, "gazetteer");
				ent.aliases.addAll(place.aliases());
				ent.aliases.remove(place.name());
				ent.properties.put("location", Map.of("latitude", place.latitude(), "longitude", place.longitude()));
				ent.properties.put("locationPrecision",
						(place.adminLevel() == 0) ? "conventional country point" : (place.adminLevel() == 1)
								? "administrative centre, not the region centroid" : "approximate centre");
				ent.properties.put("adminLevel", place.adminLevel());
				ent.properties.put("countryCode", place.countryCode());
				if (place.geonamesId() != null) {
					ent.properties.put("geonamesId", place.geonamesId());
				}
				ent.reference = Gazetteer.SOURCE_ID;
				ent.referenceNote = "coordinates and admin level from the reference gazetteer; not stated in the article";
				ent.country = place.countryCode();
				this.entities.put(ent.id, ent);
				this.usedIds.add(ent.id);
				this.usedGazetteer = true;
			}
			return ent;
		}

		private @Nullable Ent placeNamed(String name, boolean regionStem) {
			String key = Names.key(name);
			for (Known node : this.known.getOrDefault(key, List.of())) {
				if (PLACE_KINDS.contains(node.kind())) {
					return existing(node);
				}
			}
			List<Gazetteer.Place> places = Drafter.this.gazetteer.byKey(key);
			if (regionStem) {
				Gazetteer.Place region = Drafter.this.gazetteer.regionByStem(key);
				if (region != null) {
					return gazetteerPlace(region);
				}
			}
			return places.isEmpty() ? null : gazetteerPlace(places.get(0));
		}

		private void ensurePlace(Ent place) {
			// gazetteer places are created with their properties; nothing else to do
		}

		/** Capitalised sequences with a kind from cue words. */
		private void properNouns(Sentence sentence, List<Token> t, boolean[] taken, List<Mention> found) {
			int i = 0;
			while (i < t.size()) {
				if (taken[i] || !t.get(i).capitalised() || (i == 0 && !t.get(i).tag().equals("PROPN"))
						|| Lexicon.NOT_NAMES.contains(t.get(i).text().toLowerCase(Locale.ROOT))
						|| Lexicon.MONTHS.contains(t.get(i).text().toLowerCase(Locale.ROOT))
						|| Lexicon.DAYS.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
					i++;
					continue;
				}
				int j = i + 1;
				while (j < t.size() && !taken[j]) {
					Token tok = t.get(j);
					if (tok.capitalised() && !Lexicon.DAYS.contains(tok.text().toLowerCase(Locale.ROOT))) {
						j++;
					}
					else if ((tok.is("of") || tok.is("for")) && j + 1 < t.size() && t.get(j + 1).capitalised()) {
						j++;
					}
					else {
						break;
					}
				}
				classify(sentence, t, i, j, taken, found);
				i = j;
			}
		}

		private void classify(Sentence sentence, List<Token> t, int from, int to, boolean[] taken,
				List<Mention> found) {
			// titles: "President Volodymyr Zelensky", "Ukrainian President ..."
			String first = t.get(from).text().toLowerCase(Locale.ROOT);
			if (Lexicon.TITLES.contains(first) && to - from >= 3) {
				person(sentence, t, from, from + 1, to, taken, found);
				return;
			}
			if (Lexicon.DEMONYMS.containsKey(first) && to - from >= 4
					&& Lexicon.TITLES.contains(t.get(from + 1).text().toLowerCase(Locale.ROOT))) {
				person(sentence, t, from, from + 2, to, taken, found);
				return;
			}
			if (to - from == 1 && Lexicon.DEMONYMS.containsKey(first)) {
				return;
			}
			String lastWord = t.get(to - 1).text().toLowerCase(Locale.ROOT);
			String name = this.text.substring(t.get(from).start(), t.get(to - 1).end());
			String before = (from > 0) ? t.get(from - 1).text().toLowerCase(Locale.ROOT) : "";
			String before2 = (from > 1) ? t.get(from - 2).text().toLowerCase(Locale.ROOT) : "";
			String after = (to < t.size()) ? t.get(to).text().toLowerCase(Locale.ROOT) : "";
			// an organisation name followed by a person's name: "the Defense Council of
			// Kryvyi Rih Oleksandr Vilkul"
			for (int k = to - 2; k > from; k--) {
				if (Lexicon.GOVERNMENT_CUES.contains(t.get(from).text().toLowerCase(Locale.ROOT))
						|| Lexicon.GOVERNMENT_CUES
							.contains(t.get(from + 1 < to ? from + 1 : from).text().toLowerCase(Locale.ROOT))) {
					if (to - k == 2 && t.get(k).tag().equals("PROPN") && t.get(k - 1).tag().equals("PROPN")
							&& Drafter.this.gazetteer
								.byKey(Names.key(this.text.substring(t.get(from).start(), t.get(k - 1).end())))
								.isEmpty()
							&& !Drafter.this.gazetteer.byKey(Names.key(t.get(k - 2).text() + " " + t.get(k - 1).text()))
								.isEmpty()) {
						classify(sentence, t, from, k, taken, found);
						int orgEnd = k;
						Mention org = found.get(found.size() - 1);
						Ent person = entity("Person", this.text.substring(t.get(k).start(), t.get(to - 1).end()),
								List.of(), 0.75, "apposition:head-of");
						int start = (from >= 3 && t.get(from - 1).is("the") && t.get(from - 2).is("of")) ? from - 3 : k;
						if (start < k && t.get(start).is("head") && start > 0 && t.get(start - 1).is("the")) {
							start--;
						}
						Mention m = mention(sentence, start, to, person, taken, found);
						if (start < k) {
							this.relations.add(new Rel("HOLDS_POSITION", person.id, org.ent().id, null,
									Map.of("position", "Head"), List.of(new int[] { m.start(), m.end() }), null, null,
									0.75, "apposition:head-of"));
							person.description = "Head of " + org.ent().name + ".";
						}
						return;
					}
				}
			}
			String kind = null;
			String rule = null;
			double confidence = 0.6;
			if (Lexicon.ARMED_GROUP_CUES.contains(lastWord)) {
				kind = "ArmedGroup";
				rule = "cue:" + lastWord;
				confidence = 0.8;
			}
			else if (Lexicon.GOVERNMENT_CUES.contains(lastWord) || Lexicon.GOVERNMENT_CUES.contains(first)) {
				kind = "GovernmentBody";
				rule = "cue:" + (Lexicon.GOVERNMENT_CUES.contains(lastWord) ? lastWord : first);
				confidence = 0.75;
			}
			else if (Lexicon.MEDIA_CUES.contains(lastWord) || before.equals("media") || before.equals("agency")
					|| before.equals("outlet") || before.equals("newspaper")) {
				kind = "MediaOutlet";
				rule = "cue:media";
				confidence = 0.75;
			}
			else if (before.equals("of")
					&& (before2.equals("village") || before2.equals("villages") || before2.equals("town")
							|| before2.equals("city") || before2.equals("settlement"))
					|| sentenceHasVillageList(t, from)) {
				kind = "Settlement";
				rule = "cue:" + before2;
				confidence = 0.75;
			}
			else if (after.equals("region") || after.equals("oblast")) {
				kind = "Region";
				rule = "cue:region";
			}
			else if (after.equals("district") || after.equals("raion")) {
				kind = "District";
				rule = "cue:district";
			}
			else if (to - from >= 2 && to - from <= 3 && allProper(t, from, to)
					&& (Lexicon.SPEECH_VERBS.contains(after) || after.equals(","))) {
				kind = "Person";
				rule = "proper-noun:person-before-verb";
				confidence = 0.55;
			}
			if (kind == null) {
				if (to - from >= 2 || t.get(from).tag().equals("PROPN") && from > 0) {
					this.warnings.add("Not classified, left out: \"" + name + "\" at " + t.get(from).start());
				}
				return;
			}
			List<String> aliases = new ArrayList<>();
			int end = to;
			// an acronym in brackets: "the Russian Volunteer Corps (RDK)"
			if (to + 2 < t.size() && t.get(to).text().equals("(") && t.get(to + 2).text().equals(")")
					&& t.get(to + 1).text().matches("[A-Z]{2,6}")) {
				aliases.add(t.get(to + 1).text());
				end = to + 3;
			}
			String entityName = name;
			if (kind.equals("ArmedGroup") && Lexicon.DEMONYMS.containsKey(first) && !name.contains(" of ")
					&& t.get(from).tag().equals("ADJ") && to - from == 2) {
				entityName = name;
			}
			Ent ent = entity(kind, entityName, aliases, confidence, rule);
			if (kind.equals("Settlement")) {
				ent.properties.putIfAbsent("adminLevel", 3);
			}
			if (kind.equals("ArmedGroup") || kind.equals("GovernmentBody") || kind.equals("MediaOutlet")) {
				String[] country = Lexicon.DEMONYMS.get(first);
				if (country == null && before.matches("russian|ukrainian|belarusian")) {
					country = Lexicon.DEMONYMS.get(before);
				}
				if (country != null) {
					ent.properties.put("country", country[0]);
					ent.country = country[0];
				}
			}
			int start = from;
			if (from > 0 && t.get(from - 1).is("the")) {
				start = from - 1;
			}
			Mention m = mention(sentence, start, end, ent, taken, found);
			// apposition to a description: "A separate pro-Ukrainian group of Russian
			// fighters, the Siberian Battalion"
			if (kind.equals("ArmedGroup") && start >= 2 && t.get(start).is("the")
					&& t.get(start - 1).text().equals(",")) {
				for (int k = start - 2; k >= 0 && k >= start - 10; k--) {
					if (t.get(k).tag().equals("DET") && (k == 0 || t.get(k - 1).text().equals(","))) {
						addEvidence(ent.evidence, t.get(k).start(), m.end());
						for (int x = k; x < start; x++) {
							taken[x] = true;
						}
						break;
					}
				}
			}
			if (ent.description == null) {
				ent.description = kind.replaceAll("([a-z])([A-Z])", "$1 $2") + " named in the article.";
			}
		}

		private boolean sentenceHasVillageList(List<Token> t, int from) {
			// "villages of Nekhoteevka and Spodariushino"
			return from >= 4 && t.get(from - 1).is("and") && t.get(from - 3).is("of")
					&& t.get(from - 4).text().toLowerCase(Locale.ROOT).startsWith("village");
		}

		private boolean allProper(List<Token> t, int from, int to) {
			for (int i = from; i < to; i++) {
				if (!t.get(i).tag().equals("PROPN") && !t.get(i).tag().equals("NOUN")) {
					return false;
				}
			}
			return true;
		}

		private void person(Sentence sentence, List<Token> t, int from, int nameFrom, int to, boolean[] taken,
				List<Mention> found) {
			int end = to;
			String lastText = t.get(to - 1).text();
			String name = this.text.substring(t.get(nameFrom).start(), t.get(to - 1).end());
			Ent person = entity("Person", name, List.of(), 0.8,
					"title:" + t.get(nameFrom - 1).text().toLowerCase(Locale.ROOT));
			String title = t.get(nameFrom - 1).text();
			String position = title.substring(0, 1).toUpperCase(Locale.ROOT)
					+ title.substring(1).toLowerCase(Locale.ROOT);
			String[] country = Lexicon.DEMONYMS.get(t.get(from).text().toLowerCase(Locale.ROOT));
			if (country == null) {
				// "President Volodmyr Zelensky’s hometown" in a sentence about Ukraine
				country = (this.lowerText.contains("ukrainian president") || this.lowerText.contains("president volod"))
						? Lexicon.DEMONYMS.get("ukraine") : null;
			}
			if (person.description == null) {
				person.description = position + ((country != null) ? " of " + country[1] : "") + ".";
			}
			Mention m = mention(sentence, from, end, person, taken, found);
			if (country != null && position.equals("President")) {
				Ent state = state(country[0]);
				this.relations.add(new Rel("HOLDS_POSITION", person.id, state.id, null, Map.of("position", position),
						List.of(new int[] { m.start(), m.end() }), null, null, 0.8, "title:president"));
			}
			if (lastText.isEmpty()) {
				this.warnings.add("empty name");
			}
		}

		/** "Pro-Ukrainian groups of Russian fighters", "The group, comprising ...". */
		private void unnamedGroups(Sentence sentence, List<Token> t, boolean[] taken, List<Mention> found) {
			for (int i = 0; i < t.size(); i++) {
				if (taken[i] || !(t.get(i).is("group") || t.get(i).is("groups"))) {
					continue;
				}
				if (i > 0 && t.get(i - 1).is("the") && (i < 2 || !t.get(i - 2).is("of"))) {
					// "The group": the last armed group; an apposition after it describes
					// it
					Ent last = lastKind(sentence.index(), t.get(i).start(), "ArmedGroup", null);
					if (last == null) {
						continue;
					}
					int end = i + 1;
					if (i + 1 < t.size() && t.get(i + 1).text().equals(",")) {
						int j = i + 2;
						while (j < t.size() && !t.get(j).text().equals(",")) {
							j++;
						}
						if (j < t.size()) {
							addEvidence(last.evidence, t.get(i + 2).start(), t.get(j - 1).end());
							// "fighting as part of Ukraine’s armed forces"
							for (Mention inside : found) {
								if (inside.from() > i && inside.to() <= j && inside.ent().kind.equals("MilitaryForce")
										&& inside.from() >= 3 && t.get(inside.from() - 2).is("part")) {
									this.relations.add(new Rel("PART_OF", last.id, inside.ent().id, null, Map.of(),
											List.of(new int[] { t.get(inside.from() - 3).start(), inside.end() }), null,
											null, 0.6, "apposition:part-of"));
								}
							}
						}
					}
					mention(sentence, i - 1, end, last, taken, found);
					continue;
				}
				if (i + 2 < t.size() && t.get(i + 1).is("of")) {
					int j = i + 2;
					while (j < t.size() && (t.get(j).tag().equals("ADJ") || t.get(j).tag().equals("PROPN"))) {
						j++;
					}
					if (j < t.size() && t.get(j).text().matches("fighters|volunteers|partisans|saboteurs|militants")) {
						boolean named = j + 2 < t.size() && t.get(j + 1).text().equals(",") && t.get(j + 2).is("the");
						if (named) {
							continue;
						}
						int start = i;
						while (start > 0
								&& (t.get(start - 1).tag().equals("ADJ") || t.get(start - 1).tag().equals("DET"))) {
							start--;
						}
						String what = this.text.substring(t.get(i + 2).start(), t.get(j).end());
						Ent ent = entity("ArmedGroup", "Unnamed group of " + what, List.of(), 0.5,
								"description:unnamed-group");
						ent.id = claimable("armed-group:unnamed-" + slug(what) + "-group", ent);
						ent.description = "Group the article describes as \""
								+ this.text.substring(t.get(start).start(), t.get(j).end()) + "\" without naming it.";
						String[] country = Lexicon.DEMONYMS.get(t.get(j - 1).text().toLowerCase(Locale.ROOT));
						if (country != null) {
							ent.properties.put("country", country[0]);
							ent.country = country[0];
						}
						mention(sentence, start, j + 1, ent, taken, found);
					}
				}
			}
		}

		private String claimable(String id, Ent ent) {
			if (!ent.id.equals(id)) {
				this.entities.remove(ent.id);
				this.usedIds.remove(ent.id);
				String unique = unique(id);
				this.entities.put(unique, ent);
				return unique;
			}
			return id;
		}

		/**
		 * Drones, missiles, aircraft, vehicles and infrastructure named by a noun phrase.
		 */
		private void assets(Sentence sentence, List<Token> t, boolean[] taken, List<Mention> found) {
			for (int i = 0; i < t.size(); i++) {
				String w = t.get(i).text().toLowerCase(Locale.ROOT);
				String kind = Lexicon.ASSETS.get(w);
				if (kind == null || taken[i]) {
					continue;
				}
				String next = (i + 1 < t.size()) ? t.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
				String prev = (i > 0) ? t.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
				if (w.equals("line") && !prev.equals("power")) {
					continue;
				}
				if (w.equals("plant") && !prev.equals("power")) {
					continue;
				}
				if (w.equals("carrier") && !prev.equals("personnel")) {
					continue;
				}
				if ((w.startsWith("missile") || w.startsWith("drone"))
						&& (next.startsWith("strike") || next.startsWith("attack") || next.equals("forces"))) {
					// "by missile strikes", "a missile strike on Kharkiv", "a
					// Ukrainian missile attack": the missile is an asset; "missile
					// forces" and "drone strikes" are not
					boolean indefinite = prev.matches("an?")
							|| i > 1 && t.get(i - 2).text().matches("(?i)an?") && Lexicon.DEMONYMS.containsKey(prev);
					if (!(w.startsWith("missile") && (prev.equals("by") || indefinite && !next.equals("forces")))) {
						continue;
					}
				}
				if (prev.equals("of") && i > 1 && t.get(i - 2).text().matches("(?i)wave|swarm|dozens|hundreds")) {
					continue;
				}
				int start = i;
				while (start > 0 && !taken[start - 1]
						&& (t.get(start - 1).tag().matches("ADJ|NOUN|NUM|VERB") && !t.get(start - 1).text().equals(",")
								&& start > i - 4
								&& !Lexicon.MEASURES.containsKey(t.get(start - 1).text().toLowerCase(Locale.ROOT))
								|| t.get(start - 1).text().matches("(?i)an?|the|its|one|several|two|four|five"))) {
					start--;
				}
				int end = (next.startsWith("strike")) ? i + 2 : i + 1;
				String phrase = this.text.substring(t.get(start).start(), t.get(end - 1).end());
				boolean definite = t.get(start).is("the") || t.get(start).is("its");
				if (definite && kind.equals("Aircraft")) {
					Ent last = lastKind(sentence.index(), t.get(i).start(), "Aircraft", null);
					if (last != null) {
						mention(sentence, start, end, last, taken, found);
						continue;
					}
				}
				String bare = phrase.replaceFirst(
						"(?i)^(an?|the|its|one|several|\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|\\w+ of the) ",
						"");
				String place = placeAfter(t, end, sentence);
				String name = bare.substring(0, 1).toUpperCase(Locale.ROOT) + bare.substring(1)
						+ ((place != null) ? " in " + place : "");
				String id = prefix(kind) + ":" + this.published + "-"
						+ slug(bare + ((place != null) ? " " + place : ""));
				Ent ent = new Ent(unique(id), kind, name, 0.55, "asset:" + w);
				ent.description = name + ", as the article mentions it (\"" + phrase + "\").";
				Integer quantity = quantity(t, start, i);
				if (quantity != null) {
					ent.properties.put("quantity", quantity);
				}
				if (w.equals("il-76") || (i > 0 && t.get(i - 1).is("ilyushin"))) {
					ent.properties.put("model", "Ilyushin Il-76");
				}
				this.entities.put(ent.id, ent);
				mention(sentence, start, end, ent, taken, found);
			}
		}

		private @Nullable String placeAfter(List<Token> t, int end, Sentence sentence) {
			if (end + 1 < t.size() && t.get(end).is("in") && t.get(end + 1).capitalised()) {
				Ent place = placeNamed(t.get(end + 1).text(), true);
				return (place != null) ? place.name : null;
			}
			return null;
		}

		private @Nullable Integer quantity(List<Token> t, int from, int head) {
			for (int i = from; i < head; i++) {
				Integer n = number(t.get(i).text());
				if (n != null) {
					return n;
				}
				if (t.get(i).is("a") || t.get(i).is("an")) {
					return 1;
				}
			}
			return null;
		}

		private Ent entity(String kind, String name, List<String> aliases, double confidence, String rule) {
			String key = Names.key(name);
			for (Ent ent : this.entities.values()) {
				if (ent.kind.equals(kind) && (Names.key(ent.name).equals(key)
						|| ent.aliases.stream().anyMatch((alias) -> Names.key(alias).equals(key)))) {
					ent.aliases.addAll(aliases);
					return ent;
				}
			}
			for (Known node : this.known.getOrDefault(key, List.of())) {
				if (node.kind().equals(kind) || (ACTOR_KINDS.contains(kind) && ACTOR_KINDS.contains(node.kind()))) {
					Ent ent = existing(node);
					ent.aliases.addAll(aliases);
					if (!node.name().equalsIgnoreCase(name)) {
						ent.aliases.add(name);
					}
					return ent;
				}
			}
			for (String alias : aliases) {
				for (Known node : this.known.getOrDefault(Names.key(alias), List.of())) {
					if (node.kind().equals(kind)) {
						return existing(node);
					}
				}
			}
			Ent ent = new Ent(unique(prefix(kind) + ":" + slug(name)), kind, name, confidence, rule);
			ent.aliases.addAll(aliases);
			this.entities.put(ent.id, ent);
			return ent;
		}

		private String unique(String id) {
			String candidate = id;
			for (int n = 2; this.usedIds.contains(candidate); n++) {
				candidate = id + "-" + n;
			}
			this.usedIds.add(candidate);
			return candidate;
		}

		private @Nullable Ent lastActor(int sentence, int before, Set<String> kinds) {
			for (int i = this.mentions.size() - 1; i >= 0; i--) {
				Mention m = this.mentions.get(i);
				if (m.start() < before && kinds.contains(m.ent().kind)) {
					return m.ent();
				}
			}
			return null;
		}

		private @Nullable Ent lastKind(int sentence, int before, String kind, @Nullable String nameContains) {
			for (int i = this.mentions.size() - 1; i >= 0; i--) {
				Mention m = this.mentions.get(i);
				if (m.start() < before && m.ent().kind.equals(kind)
						&& (nameContains == null || m.ent().name.toLowerCase(Locale.ROOT).contains(nameContains))) {
					return m.ent();
				}
			}
			return null;
		}

		private @Nullable Ent lastPlace(int sentence, int before, String kind) {
			return lastKind(sentence, before, kind, null);
		}

		// ---------------------------------------------------------------- events

		private List<Ev> events(Sentence sentence, List<Mention> found) {
			List<Token> t = sentence.tokens();
			List<Ev> result = new ArrayList<>();
			if (interceptionList(sentence, found, result)) {
				return result;
			}
			for (int i = 0; i < t.size(); i++) {
				for (Trigger trigger : Lexicon.TRIGGERS) {
					if (!matches(t, i, trigger.words())) {
						continue;
					}
					int end = i + trigger.words().size();
					String subType = trigger.subType();
					if (trigger.type().equals(Lexicon.ACCIDENTS) && !mentionsKind(found, "Aircraft")
							&& !sentence.text(this.text).toLowerCase(Locale.ROOT).contains("il-76")) {
						subType = "Other";
					}
					boolean definite = i > 0 && (t.get(i - 1).is("the") || t.get(i - 1).text().matches("’s|'s"));
					Ev same = sameTypeIn(result, trigger.type());
					if (same == null && definite) {
						same = lastEvent(trigger.type(), sentence.index());
					}
					int[] span = span(t, Math.max(0, i - 1), Math.min(t.size(), end + 4));
					if (same != null) {
						addEvidence(same.evidence, span[0], span[1]);
						if (!result.contains(same)) {
							result.add(same);
						}
						continue;
					}
					String[] date = date(sentence, found);
					if (date[2].equals("publication") && this.lastEventDay != null
							&& sentence.index() - this.lastEventDaySentence <= 2) {
						// "... collapsed on Sunday ... He added that rescuers had
						// pulled 17 people from the rubble": the story goes on on the
						// day the last event, a sentence or two before, was given
						date = new String[] { this.lastEventDay, Vocabulary.DAY_PRECISION, "carried" };
					}
					this.lastEventDay = (!date[2].equals("publication") && date[1].equals(Vocabulary.DAY_PRECISION))
							? date[0] : null;
					this.lastEventDaySentence = sentence.index();
					List<Mention> places = placesOf(t, found, end);
					String placeName = places.isEmpty() ? null : places.get(0).ent().name;
					String title = capitalise(trigger.name()) + ((placeName != null) ? " in " + placeName : "") + " ("
							+ date[0] + ")";
					String id = unique("event:" + date[0] + "-"
							+ slug(trigger.name() + ((placeName != null) ? " " + placeName : "")));
					Ev ev = new Ev(id, trigger.type(), subType, title, date[0], date[1],
							trigger.confidence() * (date[2].equals("stated") ? 1.0 : 0.9), "trigger:" + trigger.name(),
							sentence.index());
					addEvidence(ev.evidence, span[0], span[1]);
					for (Mention place : places) {
						ev.places.add(place.ent());
						String precision = t.get(place.from() - 1).text().toLowerCase(Locale.ROOT);
						this.relations.add(new Rel("OCCURRED_IN", ev.id, place.ent().id, null,
								Map.of("precision", precision), List.of(span(t, place.from() - 1, place.to())), null,
								null, 0.7, "event:place-" + precision));
					}
					this.events.add(ev);
					result.add(ev);
				}
			}
			// "the attacks", "the fight": the last battle, when the sentence names none
			for (int i = 1; i < t.size(); i++) {
				if (t.get(i - 1).is("the") && t.get(i).text().matches("(?i)attacks?|fight|incursion|raids?")) {
					String noun = t.get(i).text().toLowerCase(Locale.ROOT).replaceAll("s$", "");
					Ev last = null;
					if (sameTypeIn(result, Lexicon.BATTLES) == null) {
						last = lastEvent(Lexicon.BATTLES, sentence.index());
					}
					else if (result.stream().noneMatch((ev) -> ev.rule.contains(noun))) {
						// "tried to cross the border ..., but claimed the
						// attacks had been thwarted": the attacks named so in
						// an earlier sentence, as well
						last = earlierEventNamed(Lexicon.BATTLES, noun, sentence.index());
					}
					if (last != null && !result.contains(last)) {
						addEvidence(last.evidence, t.get(i - 1).start(), t.get(i).end());
						result.add(last);
					}
				}
			}
			return result;
		}

		private boolean mentionsKind(List<Mention> found, String kind) {
			return found.stream().anyMatch((m) -> m.ent().kind.equals(kind));
		}

		private List<Mention> placesOf(List<Token> t, List<Mention> found, int after) {
			List<Mention> result = new ArrayList<>();
			for (Mention m : found) {
				if (m.ent().place() && m.from() > 0) {
					String prep = t.get(m.from() - 1).text().toLowerCase(Locale.ROOT);
					if (prep.equals("the") && m.from() > 1) {
						// "over the Odesa, Mykolaiv and Dnipropetrovsk regions"
						prep = t.get(m.from() - 2).text().toLowerCase(Locale.ROOT);
					}
					if (prep.equals("of") && m.from() > 2
							&& t.get(m.from() - 2).text().matches("(?i)city|town|village|villages")) {
						// "in the southern Ukrainian city of Odesa": the
						// preposition before the phrase
						for (int k = m.from() - 3; k >= Math.max(0, m.from() - 7); k--) {
							String before = t.get(k).text().toLowerCase(Locale.ROOT);
							if (before.matches("in|near|over|at|into|inside|on")) {
								prep = before;
								break;
							}
						}
					}
					if (prep.matches("in|near|over|at|into|inside|across|on|and|,")) {
						if (prep.equals("and") || prep.equals(",")) {
							prep = "in";
						}
						if (!result.isEmpty() && result.get(0).ent().kind.equals("Country")) {
							result.clear();
						}
						if (result.isEmpty() || !m.ent().kind.equals("Country")) {
							result.add(m);
						}
					}
				}
			}
			return result;
		}

		private int[] span(List<Token> t, int from, int to) {
			return new int[] { t.get(from).start(), t.get(Math.max(from, to - 1)).end() };
		}

		private @Nullable Ev sameTypeIn(List<Ev> list, String type) {
			for (Ev ev : list) {
				if (ev.type.equals(type)) {
					return ev;
				}
			}
			return null;
		}

		private @Nullable Ev lastEvent(String type, int sentence) {
			for (int i = this.events.size() - 1; i >= 0; i--) {
				if (this.events.get(i).type.equals(type)) {
					return this.events.get(i);
				}
			}
			return null;
		}

		/**
		 * The last event of the type from an earlier sentence whose trigger has the noun.
		 */
		private @Nullable Ev earlierEventNamed(String type, String noun, int sentence) {
			for (int i = this.events.size() - 1; i >= 0; i--) {
				Ev ev = this.events.get(i);
				if (ev.sentence < sentence && ev.type.equals(type) && ev.rule.contains(noun)) {
					return ev;
				}
			}
			return null;
		}

		private boolean matches(List<Token> t, int i, List<String> words) {
			if (i + words.size() > t.size()) {
				return false;
			}
			for (int k = 0; k < words.size(); k++) {
				String word = words.get(k);
				String tok = t.get(i + k).text().toLowerCase(Locale.ROOT);
				if (word.endsWith("*") ? !tok.startsWith(word.substring(0, word.length() - 1)) : !tok.equals(word)) {
					return false;
				}
			}
			return true;
		}

		/**
		 * "intercepted two drones over Moscow, seven over Belgorod, ... one each over A,
		 * B and C regions".
		 */
		private boolean interceptionList(Sentence sentence, List<Mention> found, List<Ev> result) {
			List<Token> t = sentence.tokens();
			int verb = -1;
			for (int i = 0; i < t.size(); i++) {
				if (t.get(i).is("intercepted")
						|| (t.get(i).is("shot") && i + 1 < t.size() && t.get(i + 1).is("down"))) {
					verb = i;
					break;
				}
			}
			if (verb < 0) {
				return false;
			}
			List<Object[]> items = new ArrayList<>();
			for (Mention m : found) {
				if (!m.ent().place() || m.from() < 2 || m.from() < verb) {
					continue;
				}
				int k = m.from() - 1;
				while (k > verb && (t.get(k).text().equals(",") || t.get(k).is("and") || t.get(k).capitalised())) {
					k--;
				}
				if (!t.get(k).is("over")) {
					continue;
				}
				int n = k - 1;
				if (n > verb && t.get(n).is("each")) {
					n--;
				}
				if (n > verb && t.get(n).is("drones")) {
					n--;
				}
				Integer count = (n > verb) ? number(t.get(n).text()) : null;
				if (count == null) {
					continue;
				}
				items.add(new Object[] { m, count, n });
			}
			if (items.size() < 2) {
				return false;
			}
			boolean destroyed = sentence.text(this.text).toLowerCase(Locale.ROOT).contains("and destroyed");
			for (Object[] item : items) {
				Mention place = (Mention) item[0];
				int count = (Integer) item[1];
				int n = (Integer) item[2];
				String[] date = date(sentence, found);
				Ev ev = new Ev(unique("event:" + date[0] + "-drone-interception-over-" + slug(place.ent().name)),
						Lexicon.STRATEGIC, "Disrupted weapons use",
						"Drone interception over " + place.ent().name + " (" + date[0] + ")", date[0], date[1], 0.75,
						"list:interception", sentence.index());
				int[] span = new int[] { t.get(n).start(), place.end() };
				addEvidence(ev.evidence, span[0], span[1]);
				ev.places.add(place.ent());
				this.relations.add(new Rel("OCCURRED_IN", ev.id, place.ent().id, null, Map.of("precision", "over"),
						List.of(span), null, null, 0.75, "list:interception"));
				Ent drone = new Ent(unique("drone:" + this.published + "-intercepted-over-" + slug(place.ent().name)),
						"Drone", "Drones intercepted over " + place.ent().name, 0.7, "list:interception");
				drone.properties.put("quantity", count);
				drone.description = count + " drone(s) reported intercepted over " + place.ent().name + ".";
				addEvidence(drone.evidence, span[0], span[1]);
				this.entities.put(drone.id, drone);
				this.relations.add(new Rel("INVOLVED", ev.id, drone.id, null, Map.of("role", "intercepted"),
						List.of(span), null, null, 0.7, "list:interception"));
				this.events.add(ev);
				result.add(ev);
				ev.title = ev.title + "#" + count + (destroyed ? "#destroyed" : "") + "#" + drone.id;
			}
			return true;
		}

		private String[] date(Sentence sentence, List<Mention> found) {
			List<Token> t = sentence.tokens();
			for (int i = 0; i < t.size(); i++) {
				String w = t.get(i).text().toLowerCase(Locale.ROOT).replace("’s", "");
				if (Lexicon.MONTHS.contains(w) && !(w.equals("may") && !t.get(i).capitalised())) {
					int month = List.copyOf(new java.util.TreeSet<>(List.of())).size();
					month = monthNumber(w);
					if (i + 1 < t.size() && t.get(i + 1).text().matches("\\d{4}")) {
						return new String[] { t.get(i + 1).text() + String.format("-%02d-01", month),
								Vocabulary.MONTH_PRECISION, "stated" };
					}
					if (i + 1 < t.size() && t.get(i + 1).text().matches("\\d{1,2}")) {
						LocalDate d = LocalDate.of(this.published.getYear(), month,
								Integer.parseInt(t.get(i + 1).text()));
						if (d.isAfter(this.published)) {
							d = d.minusYears(1);
						}
						return new String[] { d.toString(), Vocabulary.DAY_PRECISION, "stated" };
					}
					LocalDate d = LocalDate.of(this.published.getYear(), month, 1);
					if (d.isAfter(this.published)) {
						d = d.minusYears(1);
					}
					return new String[] { d.toString(), Vocabulary.MONTH_PRECISION, "stated" };
				}
				int day = Lexicon.DAYS.indexOf(w);
				if (day >= 0) {
					LocalDate d = this.published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(day + 1)));
					return new String[] { d.toString(), Vocabulary.DAY_PRECISION, "stated" };
				}
				if (w.equals("yesterday")) {
					return new String[] { this.published.minusDays(1).toString(), Vocabulary.DAY_PRECISION, "stated" };
				}
				if (w.equals("today")) {
					return new String[] { this.published.toString(), Vocabulary.DAY_PRECISION, "stated" };
				}
				if (w.equals("following") && i + 1 < t.size() && t.get(i + 1).is("months") && !this.events.isEmpty()) {
					String year = this.events.get(this.events.size() - 1).date.substring(0, 4);
					return new String[] { year + "-01-01", Vocabulary.YEAR_PRECISION, "stated" };
				}
				if (w.matches("\\d{4}") && i > 0 && t.get(i - 1).is("in")) {
					return new String[] { w + "-01-01", Vocabulary.YEAR_PRECISION, "stated" };
				}
			}
			return new String[] { this.published.toString(), Vocabulary.DAY_PRECISION, "publication" };
		}

		private int monthNumber(String month) {
			List<String> months = List.of("january", "february", "march", "april", "may", "june", "july", "august",
					"september", "october", "november", "december");
			return months.indexOf(month) + 1;
		}

		// ---------------------------------------------------------------- claims

		private List<Cl> claims(Sentence sentence, List<Mention> found, List<Ev> sentenceEvents) {
			List<Token> t = sentence.tokens();
			List<Cl> result = new ArrayList<>();
			String lower = sentence.text(this.text).toLowerCase(Locale.ROOT);
			boolean startsInQuote = this.openQuoteClaimant != null;
			Cl previous = null;
			for (int v = 0; v < t.size(); v++) {
				String w = t.get(v).text().toLowerCase(Locale.ROOT);
				boolean speech = Lexicon.SPEECH_VERBS.contains(w) && t.get(v).tag().matches("VERB|AUX|NOUN");
				boolean saying = w.equals("saying");
				boolean according = w.equals("according") && v + 2 < t.size() && t.get(v + 1).is("to");
				boolean other = Lexicon.OTHER_STATEMENT_VERBS.contains(w);
				if (!speech && !saying && !according && !other) {
					continue;
				}
				if (speech && v > 0 && t.get(v - 1).text().matches("(?i)were|was|been|be")) {
					// "No casualties were reported": the article's own statement
					Cl cl = claim(this.publisher, sentence, v, "report:passive", 0.6, lower);
					result.add(cl);
					previous = cl;
					continue;
				}
				if (w.equals("citing") && previous != null) {
					continue;
				}
				if (w.startsWith("claim") && v + 1 < t.size() && t.get(v + 1).is("responsibility")) {
					// handled as a speech verb below
				}
				Ent claimant;
				String rule;
				if (according) {
					claimant = actorAfter(found, v + 2);
					rule = "report:according-to";
					if (claimant == null) {
						continue;
					}
					if (previous != null && previous.claimant == claimant) {
						continue;
					}
					if (!result.isEmpty()) {
						continue;
					}
				}
				else if (saying) {
					if (previous != null && !Lexicon.OTHER_STATEMENT_VERBS
						.contains(t.get(previous.verb).text().toLowerCase(Locale.ROOT))) {
						addEvidence(previous.evidence, sentence.start(), sentence.end());
						continue;
					}
					claimant = (previous != null) ? previous.claimant : firstActor(found);
					rule = "report:saying";
					if (claimant == null) {
						continue;
					}
				}
				else {
					claimant = subject(sentence, found, v, previous);
					rule = "report:" + w;
					if (claimant == null) {
						this.warnings.add("No claimant found for \"" + t.get(v).text() + "\" at " + t.get(v).start());
						continue;
					}
				}
				// "RIA Novosti reported, citing the defense ministry": the ministry
				// claims, RIA relays
				Ent reportedBy = null;
				if (w.equals("reported") && v + 2 < t.size() && t.get(v + 1).text().equals(",")
						&& t.get(v + 2).is("citing")) {
					Ent cited = actorAfter(found, v + 3);
					if (cited != null) {
						reportedBy = claimant;
						claimant = cited;
						rule = "report:citing";
					}
				}
				double confidence = claimant.rule.startsWith("cue:governor") || claimant.confidence < 0.6 ? 0.6 : 0.75;
				Cl cl = claim(claimant, sentence, v, rule, confidence, lower);
				if (reportedBy != null) {
					cl.reportedBy.add(reportedBy);
				}
				if (w.startsWith("den")) {
					cl.stance = "DENIES";
				}
				result.add(cl);
				previous = cl;
			}
			if (result.isEmpty() && startsInQuote) {
				Cl cl = claim(this.openQuoteClaimant, sentence, 0, "report:quote-continued", 0.7, lower);
				result.add(cl);
			}
			if (result.isEmpty() && (lower.contains("reportedly"))) {
				result.add(claim(this.publisher, sentence, 0, "report:reportedly", 0.6, lower));
			}
			if (result.isEmpty() && casualtyWords(lower)) {
				result.add(claim(this.publisher, sentence, 0, "report:article-figures", 0.55, lower));
			}
			// quotes opened and not closed continue in the next sentence
			int open = count(sentence.text(this.text), '“') - count(sentence.text(this.text), '”');
			this.openQuoteClaimant = (open > 0 && !result.isEmpty()) ? result.get(0).claimant : null;
			for (Cl cl : result) {
				for (Ev ev : sentenceEvents) {
					cl.about.add(ev.id);
				}
				if (cl.about.isEmpty()) {
					Ev last = this.events.isEmpty() ? null : this.events.get(this.events.size() - 1);
					if (last != null && sentence.index() - last.sentence <= 3) {
						cl.about.add(last.id);
					}
				}
				if (cl.about.isEmpty()) {
					for (Mention m : found) {
						if (m.ent() != cl.claimant) {
							cl.about.add(m.ent().id);
							break;
						}
					}
				}
				if (cl.about.isEmpty()) {
					cl.about.add(cl.claimant.id);
				}
				if (!cl.claimant.kind.equals("MediaOutlet") || cl.claimant != this.publisher) {
					for (Ev ev : sentenceEvents) {
						if (ev.status.equals("REPORTED")) {
							ev.status = "CLAIMED";
						}
					}
				}
				this.claims.add(cl);
			}
			return result;
		}

		/**
		 * "School children in Kursk will move to online learning, the governor announced.
		 * The decision will affect more than 4,500 students": a sentence without a
		 * reporting verb whose subject takes up the announcement continues the previous
		 * sentence's claim, which gets it as evidence (and its figures).
		 */
		private @Nullable Cl continuedClaim(Sentence sentence) {
			List<Token> t = sentence.tokens();
			if (t.size() < 3 || !t.get(0).text().matches("The|This|That|These|Those")
					|| !Lexicon.ANNOUNCEMENT_NOUNS.contains(t.get(1).text().toLowerCase(Locale.ROOT))) {
				return null;
			}
			Cl last = this.claims.isEmpty() ? null : this.claims.get(this.claims.size() - 1);
			if (last == null || last.sentence != sentence.index() - 1) {
				return null;
			}
			addEvidence(last.evidence, sentence.start(), sentence.end());
			return last;
		}

		private int count(String s, char c) {
			int n = 0;
			for (int i = 0; i < s.length(); i++) {
				if (s.charAt(i) == c) {
					n++;
				}
			}
			return n;
		}

		private boolean casualtyWords(String lower) {
			return lower.matches(".*\\b(killed|injured|wounded|dead|died|hospitali[sz]ed)\\b.*")
					&& lower.matches(".*\\d.*|.*\\b(one|two|three|four|five|six|seven|eight|nine|ten)\\b.*");
		}

		private Cl claim(Ent claimant, Sentence sentence, int verb, String rule, double confidence, String lower) {
			String kind = "statement";
			String after = (verb > 0 && verb < sentence.tokens().size())
					? this.text.substring(sentence.tokens().get(verb).start(), sentence.end()).toLowerCase(Locale.ROOT)
					: lower;
			outer: for (String[] entry : Lexicon.CLAIM_KINDS) {
				for (int k = 1; k < entry.length; k++) {
					if (after.matches("(?s).*\\b" + java.util.regex.Pattern.quote(entry[k]) + "\\b.*")) {
						kind = entry[0];
						break outer;
					}
				}
			}
			if (rule.equals("report:reportedly")) {
				kind = "attribution";
			}
			String stance = "ASSERTS";
			for (Token tok : sentence.tokens()) {
				if (tok.start() >= sentence.tokens().get(Math.min(verb, sentence.tokens().size() - 1)).start()
						&& Lexicon.DENIAL_WORDS.contains(tok.text().toLowerCase(Locale.ROOT))) {
					stance = "DENIES";
				}
			}
			Cl cl = new Cl(claimant, kind, stance, confidence, rule, sentence.index(), verb);
			cl.id = unique("claim:" + slug(shortName(claimant)) + "-" + kind + "-" + (sentence.index() + 1));
			String[] date = date(sentence, List.of());
			cl.date = date[1].equals(Vocabulary.DAY_PRECISION) ? date[0] : null;
			String body = sentence.text(this.text).strip();
			cl.statement = (claimant == this.publisher) ? body : "According to " + claimant.name + ": " + body;
			addEvidence(cl.evidence, sentence.start(), sentence.end());
			return cl;
		}

		private String shortName(Ent ent) {
			String[] words = ent.name.split("\\s+");
			return (words.length > 3) ? String.join(" ", List.of(words).subList(words.length - 3, words.length))
					: ent.name;
		}

		private @Nullable Ent actorAfter(List<Mention> found, int from) {
			for (Mention m : found) {
				if (m.from() >= from && m.from() <= from + 1 && m.ent().actor()) {
					return m.ent();
				}
			}
			return null;
		}

		private @Nullable Ent firstActor(List<Mention> found) {
			for (Mention m : found) {
				if (m.ent().actor()) {
					return m.ent();
				}
			}
			return null;
		}

		private @Nullable Ent subject(Sentence sentence, List<Mention> found, int verb, @Nullable Cl previous) {
			List<Token> t = sentence.tokens();
			int k = verb - 1;
			while (k >= 0 && (t.get(k).tag().equals("ADV") && !t.get(k).is("there") || t.get(k).text().equals(",")
					|| t.get(k).is("there") || t.get(k).text().equals(")"))) {
				k--;
			}
			if (k >= 0 && (t.get(k).is("but") || t.get(k).is("and")) && previous != null) {
				return previous.claimant;
			}
			if (k >= 0) {
				String w = t.get(k).text().toLowerCase(Locale.ROOT);
				if (w.equals("he") || w.equals("she")) {
					return lastActor(sentence.index(), t.get(k).start(), Set.of("Person"));
				}
				if (w.equals("it")) {
					Set<String> kinds = Set.of("GovernmentBody", "ArmedGroup", "MilitaryForce", "MediaOutlet");
					// "Russia’s defense ministry said its forces had struck ... It denied
					// ...": the speaker of the sentence before goes on speaking
					Cl last = this.claims.isEmpty() ? null : this.claims.get(this.claims.size() - 1);
					if (k == 0 && last != null && last.sentence == sentence.index() - 1
							&& kinds.contains(last.claimant.kind) && last.claimant != this.publisher) {
						return last.claimant;
					}
					return lastActor(sentence.index(), t.get(k).start(), kinds);
				}
				if (w.equals("they")) {
					return lastActor(sentence.index(), t.get(k).start(),
							Set.of("ArmedGroup", "GovernmentBody", "MilitaryForce"));
				}
			}
			Mention nearest = null;
			for (Mention m : found) {
				if (m.to() <= verb && m.ent().actor() && m.to() >= k + 1 && m.to() <= k + 1) {
					nearest = m;
				}
			}
			if (nearest != null) {
				// "The group, comprising ... Ukraine’s armed forces, also said": the
				// subject opens the sentence
				Mention initial = found.isEmpty() ? null : found.get(0);
				if (initial != null && initial != nearest && initial.ent().actor() && initial.from() <= 1
						&& initial.to() < t.size() && t.get(initial.to()).text().equals(",")
						&& t.get(nearest.to()).text().equals(",") && !nearest.ent().kind.equals("Person")
						&& !nearest.ent().kind.equals("ArmedGroup")) {
					return initial.ent();
				}
				return nearest.ent();
			}
			return null;
		}

		// ---------------------------------------------------------------- figures

		private void figures(Sentence sentence, List<Mention> found, List<Cl> sentenceClaims, List<Ev> sentenceEvents) {
			if (sentenceClaims.isEmpty()) {
				return;
			}
			List<Token> t = sentence.tokens();
			String lower = sentence.text(this.text).toLowerCase(Locale.ROOT);
			// per-place interception claims
			boolean list = !sentenceEvents.isEmpty() && sentenceEvents.get(0).rule.equals("list:interception");
			if (list) {
				Cl template = sentenceClaims.get(0);
				this.claims.remove(template);
				Ent force = null;
				for (Mention m : found) {
					if (m.ent().kind.equals("MilitaryForce")) {
						force = m.ent();
						break;
					}
				}
				for (Ev ev : sentenceEvents) {
					String[] parts = ev.title.split("#");
					ev.title = parts[0];
					int count = Integer.parseInt(parts[1]);
					boolean destroyed = parts.length > 3;
					String droneId = parts[parts.length - 1];
					Cl cl = new Cl(template.claimant, "interception", "ASSERTS", 0.7, "list:interception",
							sentence.index(), template.verb);
					cl.id = unique("claim:" + slug(shortName(template.claimant)) + "-interception-over-"
							+ slug(ev.places.iterator().next().name));
					cl.date = template.date;
					cl.statement = "According to " + template.claimant.name + ", " + count
							+ " drone(s) were intercepted" + (destroyed ? " and destroyed" : "") + " over "
							+ ev.places.iterator().next().name + ".";
					cl.about.add(ev.id);
					cl.about.add(droneId);
					cl.figures.put("intercepted", count);
					if (destroyed) {
						cl.figures.put("destroyed", count);
					}
					cl.evidence.add(new int[] { sentence.start(), sentence.end() });
					cl.evidence.addAll(ev.evidence);
					ev.status = "CLAIMED";
					this.claims.add(cl);
					if (force != null) {
						Map<String, Object> props = new LinkedHashMap<>();
						props.put("eventId", ev.id);
						props.put("claimId", cl.id);
						this.relations.add(new Rel("INTERCEPTED", force.id, droneId, null, props,
								List.of(ev.evidence.get(0)), null, null, 0.65, "list:interception"));
					}
				}
				return;
			}
			if (lower.contains("no casualties")) {
				Cl cl = claimNear(sentenceClaims, lower.indexOf("no casualties") + sentence.start(), t);
				cl.figures.put("killed", 0);
				cl.figures.put("injured", 0);
				cl.qualifiers.put("killed", "EXACT");
				cl.qualifiers.put("injured", "EXACT");
			}
			boolean[] appositive = new boolean[t.size()];
			boolean[] used = new boolean[t.size()];
			int lastNumber = -10;
			for (int i = 0; i < t.size(); i++) {
				if (number(t.get(i).text()) == null) {
					continue;
				}
				if (i > 0 && (t.get(i - 1).is("including") || t.get(i - 1).text().equals(",") && i - lastNumber <= 4
						|| t.get(i - 1).is("and") && lastNumber >= 0 && appositive[lastNumber]
								&& i - lastNumber <= 3)) {
					appositive[i] = true;
				}
				if (i > 0 && t.get(i - 1).is("each")) {
					appositive[i] = true;
				}
				lastNumber = i;
			}
			onBoard(t, sentenceClaims, appositive);
			for (int m = 0; m < t.size(); m++) {
				String measure = Lexicon.MEASURES.get(t.get(m).text().toLowerCase(Locale.ROOT));
				if (measure == null || t.get(m).is("pulled") && !lower.contains("rubble")) {
					// "rescuers had pulled 17 people from the rubble";
					// pulled elsewhere counts nothing
					continue;
				}
				int target = -1;
				boolean passive = m > 0 && t.get(m - 1).text().matches("(?i)were|was|been|are|is|be");
				// "shot down 20 drones": the particle marks the verb whatever its tag
				boolean verbFirst = (t.get(m).tag().equals("VERB") || m + 1 < t.size() && t.get(m + 1).is("down"))
						&& m + 1 < t.size() && !passive;
				if (verbFirst) {
					for (int k = m + 1; k < Math.min(t.size(), m + 5); k++) {
						if (number(t.get(k).text()) != null && !used[k]) {
							target = k;
							break;
						}
						if (!(t.get(k)
							.text()
							.matches("(?i)and|more|than|at|least|about|around|up|to|some|nearly|over|down")
								|| Lexicon.MEASURES.containsKey(t.get(k).text().toLowerCase(Locale.ROOT)))
								&& !(t.get(k).is("an") || t.get(k).is("a"))) {
							break;
						}
						if ((t.get(k).is("an") || t.get(k).is("a")) && measure.equals("destroyed")) {
							target = k;
							break;
						}
					}
				}
				if (target < 0) {
					for (int k = m - 1; k >= Math.max(0, m - 12); k--) {
						if (number(t.get(k).text()) != null && !appositive[k]) {
							if (!used[k]) {
								target = k;
							}
							break;
						}
					}
				}
				if (target < 0) {
					continue;
				}
				int value = (t.get(target).is("a") || t.get(target).is("an")) ? 1 : number(t.get(target).text());
				if (measure.equals("destroyed") && target > m) {
					// "eliminated five tanks an armored personnel carrier": the objects
					// counted together
					for (int k = target + 1; k < Math.min(t.size(), target + 6); k++) {
						if ((t.get(k).is("an") || t.get(k).is("a")) && k > target + 1
								&& Lexicon.ASSETS.containsKey(nextAssetWord(t, k))) {
							value += 1;
							break;
						}
					}
				}
				String qualifier = qualifier(t, target);
				used[target] = true;
				Cl cl = claimNear(sentenceClaims, t.get(target).start(), t);
				if (!cl.figures.containsKey(measure)) {
					cl.figures.put(measure, value);
					cl.qualifiers.put(measure, qualifier);
					if (cl.kind.equals("statement")) {
						cl.kind = measure.equals("killed") || measure.equals("injured") ? "casualties" : cl.kind;
					}
				}
			}
			for (Token tok : t) {
				if (Lexicon.VAGUE_NUMBERS.contains(tok.text().toLowerCase(Locale.ROOT))) {
					this.warnings.add("Vague quantity \"" + tok.text() + "\" at " + tok.start()
							+ " was not turned into a figure");
				}
			}
		}

		/**
		 * "all 74 people on board", "Eight crew members and seven passers were on board":
		 * the people on board, the counts of a coordination added up (the text gives
		 * their parts, which the figure's breakdown keeps). The numbers stay free for the
		 * measure that follows ("74 people on board were killed").
		 */
		private void onBoard(List<Token> t, List<Cl> sentenceClaims, boolean[] appositive) {
			for (int b = 1; b + 1 < t.size(); b++) {
				if (!(t.get(b).is("on") && t.get(b + 1).is("board"))) {
					continue;
				}
				List<Integer> numbers = new ArrayList<>();
				for (int k = b - 1; k >= Math.max(0, b - 10); k--) {
					String word = t.get(k).text();
					if (word.equals(",") || word.equals(";")
							|| Lexicon.MEASURES.containsKey(word.toLowerCase(Locale.ROOT))) {
						break;
					}
					if (number(word) != null && !appositive[k]) {
						numbers.add(0, k);
					}
				}
				if (numbers.isEmpty()) {
					continue;
				}
				int first = numbers.get(0);
				int value = number(t.get(first).text());
				for (int i = 1; i < numbers.size(); i++) {
					int k = numbers.get(i);
					boolean joined = false;
					for (int j = numbers.get(i - 1) + 1; j < k; j++) {
						joined |= t.get(j).is("and");
					}
					if (!joined) {
						break;
					}
					value += number(t.get(k).text());
				}
				Cl cl = claimNear(sentenceClaims, t.get(first).start(), t);
				if (!cl.figures.containsKey("onBoard")) {
					cl.figures.put("onBoard", value);
					cl.qualifiers.put("onBoard", qualifier(t, first));
				}
			}
		}

		/** The claim's figures as figure objects with the qualifier the text gives. */
		private static Map<String, DraftReport.Figure> figures(Cl cl) {
			Map<String, DraftReport.Figure> figures = new LinkedHashMap<>();
			cl.figures.forEach((measure, value) -> figures.put(measure,
					new DraftReport.Figure(value, cl.qualifiers.getOrDefault(measure, "EXACT"), null)));
			return figures;
		}

		private String nextAssetWord(List<Token> t, int from) {
			for (int k = from + 1; k < Math.min(t.size(), from + 4); k++) {
				String w = t.get(k).text().toLowerCase(Locale.ROOT);
				if (Lexicon.ASSETS.containsKey(w)) {
					return w;
				}
			}
			return "";
		}

		private String qualifier(List<Token> t, int number) {
			String before1 = (number > 0) ? t.get(number - 1).text().toLowerCase(Locale.ROOT) : "";
			String before2 = (number > 1) ? t.get(number - 2).text().toLowerCase(Locale.ROOT) : "";
			if (before1.equals("least") && before2.equals("at")) {
				return "AT_LEAST";
			}
			if (before1.equals("than") && (before2.equals("more") || before2.equals("over"))) {
				return "MORE_THAN";
			}
			if (before1.equals("over")) {
				return "MORE_THAN";
			}
			if (before1.equals("to") && before2.equals("up")) {
				return "UP_TO";
			}
			if (before1.matches("about|around|some|roughly|approximately|nearly|almost")) {
				return "ABOUT";
			}
			return "EXACT";
		}

		private Cl claimNear(List<Cl> sentenceClaims, int offset, List<Token> t) {
			Cl best = sentenceClaims.get(0);
			for (Cl cl : sentenceClaims) {
				if (t.get(Math.min(cl.verb, t.size() - 1)).start() <= offset) {
					best = cl;
				}
			}
			return best;
		}

		// ---------------------------------------------------------------- relations

		private void relations(Sentence sentence, List<Mention> found, List<Ev> sentenceEvents,
				List<Cl> sentenceClaims) {
			List<Token> t = sentence.tokens();
			for (Ev ev : sentenceEvents) {
				if (ev.rule.equals("list:interception")) {
					continue;
				}
				boolean newHere = ev.sentence == sentence.index();
				for (Mention m : found) {
					Ent ent = m.ent();
					if (ent.actor() && newHere && (ev.type.equals(Lexicon.BATTLES) || ev.type.equals(Lexicon.REMOTE))) {
						// the subject of the attack: "Kyiv fired", "Russia reportedly
						// fired back", "Ukraine began to target"
						int next = m.to();
						while (next < t.size() && t.get(next).tag().equals("ADV")) {
							next++;
						}
						if (next < t.size()
								&& t.get(next)
									.text()
									.matches("(?i)fired|launched|attacked|struck|began|shelled|tried|attempted")
								|| sentenceClaims.stream()
									.anyMatch((c) -> c.claimant == ent && c.kind.equals("responsibility"))) {
							participation(ev, ent, "attacker", span(t, m.from(), Math.min(t.size(), next + 1)), 0.65);
						}
					}
					if (ent.kind.equals("MilitaryForce") && ev.type.equals(Lexicon.ACCIDENTS) && newHere
							&& m.to() < t.size() && t.get(m.to()).text().matches("(?i)plane|aircraft|jet")) {
						participation(ev, ent, "operator", span(t, m.from(), m.to() + 1), 0.6);
					}
					if (Set.of("Drone", "Missile", "Aircraft", "Vehicle", "Infrastructure").contains(ent.kind)) {
						String role = ent.kind.equals("Aircraft") && ev.type.equals(Lexicon.ACCIDENTS) ? "crashed"
								: (ent.kind.equals("Drone") || ent.kind.equals("Missile")) ? "used" : "struck";
						this.relations.add(new Rel("INVOLVED", ev.id, ent.id, null, Map.of("role", role),
								List.of(new int[] { m.start(), m.end() }), null, null, 0.55,
								"event:asset-in-sentence"));
						if (role.equals("struck") && sentence.text(this.text)
							.toLowerCase(Locale.ROOT)
							.matches("(?s).*\\b(damage|damaged|ablaze|fire)\\b.*")) {
							this.relations.add(new Rel("DAMAGED", ev.id, ent.id, null, Map.of("eventId", ev.id),
									List.of(new int[] { m.start(), m.end() }), null, null, 0.5, "event:damage-word"));
						}
					}
					if (ent.place() && m.from() > 0 && t.get(m.from() - 1).text().matches("(?i)at|target") && newHere) {
						this.relations.add(new Rel("TARGETED", ev.id, ent.id, null, Map.of("eventId", ev.id),
								List.of(span(t, m.from() - 1, m.to())), null, null, 0.6,
								"event:target-" + t.get(m.from() - 1).text()));
					}
				}
			}
			for (Cl cl : sentenceClaims) {
				String verb = t.get(Math.min(cl.verb, t.size() - 1)).text().toLowerCase(Locale.ROOT);
				if (verb.startsWith("accuse") || verb.startsWith("blame")) {
					Ent accused = actorAfter(found, cl.verb + 1);
					if (accused != null && accused != cl.claimant) {
						Map<String, Object> props = new LinkedHashMap<>();
						if (!sentenceEvents.isEmpty()) {
							props.put("eventId", sentenceEvents.get(0).id);
						}
						props.put("claimId", cl.id);
						this.relations.add(new Rel("BLAMED", cl.claimant.id, accused.id, null, props,
								List.of(span(t, Math.max(0, cl.verb - 1), Math.min(t.size(), cl.verb + 3))), null, null,
								0.7, "claim:" + verb));
						cl.about.add(accused.id);
					}
				}
			}
		}

		private void participation(Ev ev, Ent actor, String role, int[] span, double confidence) {
			this.relations.add(new Rel("PARTICIPATED_IN", actor.id, ev.id, role, Map.of("role", role), List.of(span),
					null, null, confidence, "event:" + role));
		}

		// Claims of different claimants about the same event that deny or repel what the
		// other asserts.
		private void contradictions() {
			for (Cl a : this.claims) {
				for (Cl b : this.claims) {
					if (a == b || a.claimant == b.claimant) {
						continue;
					}
					boolean shared = a.about.stream().anyMatch((id) -> id.startsWith("event:") && b.about.contains(id));
					if (!shared) {
						continue;
					}
					boolean opposite = a.stance.equals("DENIES") && b.stance
						.equals("ASSERTS") && !b.claimant.kind.equals("MediaOutlet") || a.kind.equals("repulsion")
								&& Set.of("responsibility", "destruction", "involvement", "presence").contains(b.kind);
					if (opposite && !b.contradicts.contains(a.id)) {
						a.contradicts.add(b.id);
						for (String id : a.about) {
							for (Ev ev : this.events) {
								if (ev.id.equals(id)) {
									ev.status = "DISPUTED";
								}
							}
						}
					}
				}
			}
		}

		// Places of the gazetteer get their parents, as background with the gazetteer as
		// reference.
		private void placeHierarchy() {
			List<Ent> places = new ArrayList<>();
			for (Ent ent : this.entities.values()) {
				if (ent.place()) {
					places.add(ent);
				}
			}
			Set<String> done = new HashSet<>();
			for (int i = 0; i < places.size(); i++) {
				Ent place = places.get(i);
				Gazetteer.Place entry = Drafter.this.gazetteer.byId(place.id);
				if (entry == null || entry.parent() == null || !done.add(place.id)) {
					continue;
				}
				Gazetteer.Place parentEntry = Drafter.this.gazetteer.byId(entry.parent());
				if (parentEntry == null) {
					continue;
				}
				Ent parent = gazetteerPlace(parentEntry);
				if (!places.contains(parent)) {
					places.add(parent);
				}
				this.relations
					.add(new Rel("LOCATED_IN", place.id, parent.id, null, Map.of(), List.of(), Gazetteer.SOURCE_ID,
							"administrative hierarchy from the reference gazetteer", 0.95, "gazetteer:hierarchy"));
			}
		}

		// ---------------------------------------------------------------- output

		private Drafted build() {
			String sourceId = (this.source.id() != null && !this.source.id().isBlank()) ? this.source.id()
					: "source:" + slug(this.publisher.name + " " + this.published + " "
							+ ((this.source.title() != null) ? this.source.title() : "article"));
			if (sourceId.length() > 90) {
				sourceId = sourceId.substring(0, 90).replaceAll("-+$", "");
			}
			String title = (this.source.title() != null && !this.source.title().isBlank()) ? this.source.title()
					: firstWords();
			DraftReport.Source src = new DraftReport.Source(sourceId,
					(this.source.kind() != null) ? this.source.kind() : "NewsArticle", title, this.publisher.id,
					blankToNull(this.source.url()), this.published.toString(),
					(this.source.language() != null) ? this.source.language() : "en", this.text);
			List<DraftReport.ReferenceSource> references = new ArrayList<>();
			references.add(new DraftReport.ReferenceSource(Gazetteer.SOURCE_ID, "Gazetteer", Gazetteer.TITLE, null,
					Gazetteer.NOTE));
			if (this.publisher.reference != null) {
				references.add(new DraftReport.ReferenceSource(REQUEST_SOURCE, "Reference",
						"Source fields given with the draft request", null, "the publisher as the person named it"));
			}
			List<DraftReport.Entity> entities = new ArrayList<>();
			int linked = 0;
			for (Ent ent : this.entities.values()) {
				if (ent.existing != null) {
					linked++;
					if (ent.evidence.isEmpty()) {
						continue;
					}
				}
				if (ent.evidence.isEmpty() && ent.reference == null) {
					continue;
				}
				List<String> aliases = new ArrayList<>(ent.aliases);
				aliases.removeIf((alias) -> alias.equalsIgnoreCase(ent.name));
				entities
					.add(new DraftReport.Entity(ent.id, ent.kind, ent.name, aliases, ent.description, ent.properties,
							evidence(ent.evidence), (ent.reference != null)
									? new DraftReport.Reference(ent.reference, ent.referenceNote) : null,
							new DraftReport.Mark(round(ent.confidence), ent.rule, ent.existing)));
			}
			List<DraftReport.Event> events = new ArrayList<>();
			for (Ev ev : this.events) {
				events.add(new DraftReport.Event(ev.id, ev.title, ev.date, ev.precision, ev.type, ev.subType, ev.status,
						null, evidence(ev.evidence), DraftReport.Mark.of(ev.confidence, ev.rule)));
			}
			List<DraftReport.Claim> claims = new ArrayList<>();
			for (Cl cl : this.claims) {
				claims.add(new DraftReport.Claim(cl.id, cl.claimant.id,
						cl.reportedBy.stream().map((e) -> e.id).toList(), cl.kind, cl.stance, cl.statement, cl.date,
						List.copyOf(cl.about), figures(cl), List.copyOf(cl.contradicts), evidence(cl.evidence),
						new DraftReport.Mark(round(cl.confidence), cl.rule, null)));
			}
			List<DraftReport.Relation> relations = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (Rel rel : this.relations) {
				String key = rel.type() + rel.from() + rel.to() + rel.key();
				if (!seen.add(key)) {
					continue;
				}
				relations.add(
						new DraftReport.Relation(rel.type(), rel.from(), rel.to(), rel.key(), rel.properties(),
								evidence(rel.evidence()), (rel.reference() != null)
										? new DraftReport.Reference(rel.reference(), rel.note()) : null,
								DraftReport.Mark.of(rel.confidence(), rel.rule())));
			}
			DraftReport report = new DraftReport(1, src, references, entities, events, claims, relations, this.context);
			Map<String, Integer> stats = new LinkedHashMap<>();
			stats.put("sentences", this.sentences.size());
			stats.put("entities", entities.size());
			stats.put("linkedEntities", linked);
			stats.put("events", events.size());
			stats.put("claims", claims.size());
			stats.put("relations", relations.size());
			stats.put("mentions", this.mentions.size());
			return new Drafted(report, List.copyOf(this.warnings), stats);
		}

		private String firstWords() {
			String first = this.sentences.isEmpty() ? "Article" : this.sentences.get(0).text(this.text);
			return (first.length() > 120) ? first.substring(0, 117) + "..." : first;
		}

		private @Nullable String blankToNull(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

		private double round(double value) {
			return Math.round(value * 100) / 100.0;
		}

		private List<DraftReport.Evidence> evidence(List<int[]> spans) {
			List<DraftReport.Evidence> result = new ArrayList<>();
			for (int[] span : spans) {
				result.add(new DraftReport.Evidence(this.text.substring(span[0], span[1]), span[0]));
			}
			return result;
		}

	}

	static String capitalise(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	static @Nullable Integer number(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		if (w.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
			try {
				return Integer.valueOf(w.replace(",", ""));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return Lexicon.NUMBER_WORDS.get(w);
	}

}

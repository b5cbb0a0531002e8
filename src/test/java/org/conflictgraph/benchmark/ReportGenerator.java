package org.conflictgraph.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.conflictgraph.ingest.Report;
import org.conflictgraph.ingest.Report.ClaimDescription;
import org.conflictgraph.ingest.Report.EntityDescription;
import org.conflictgraph.ingest.Report.EventDescription;
import org.conflictgraph.ingest.Report.Evidence;
import org.conflictgraph.ingest.Report.Reference;
import org.conflictgraph.ingest.Report.RelationDescription;
import org.conflictgraph.ingest.Report.SourceDescription;

/**
 * Generates the synthetic graph as report documents (docs/model.md): weekly news digests
 * of {@code eventsPerReport} events each, every fact with a verbatim quote at its offset
 * in the digest's text, places with a gazetteer reference. The same seed gives the same
 * reports. Per event: about two claims with figures, one or two participants, a place,
 * sometimes an asset, and six to eight mentions.
 */
final class ReportGenerator {

	/** The event types the generator writes. */
	static final List<String> EVENT_TYPES = List.of("Explosions/Remote violence", "Battles", "Strategic developments",
			"Violence against civilians");

	static final String GAZETTEER = "source:bench-gazetteer";

	static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

	static final int DAYS = 4 * 365;

	private static final SourceDescription GAZETTEER_SOURCE = new SourceDescription(GAZETTEER, "Gazetteer",
			"Benchmark gazetteer", null, "https://example.org/bench-gazetteer", null, null, null, null);

	private static final Reference GAZETTEER_REFERENCE = new Reference(GAZETTEER, "synthetic gazetteer");

	private final SyntheticWorld world;

	private final int eventsPerReport;

	private final long seed;

	ReportGenerator(SyntheticWorld world, int eventsPerReport, long seed) {
		this.world = world;
		this.eventsPerReport = eventsPerReport;
		this.seed = seed;
	}

	int reports() {
		return (this.world.events + this.eventsPerReport - 1) / this.eventsPerReport;
	}

	static String sourceId(int report) {
		return String.format(Locale.ROOT, "source:bench-report-%06d", report);
	}

	static String eventId(int event) {
		return String.format(Locale.ROOT, "event:bench-e%07d", event);
	}

	/** The digest's day: digests follow each other evenly over four years. */
	LocalDate day(int report) {
		return FIRST_DAY.plusDays(7 + (long) report * (DAYS - 7) / Math.max(1, reports() - 1));
	}

	/**
	 * Report {@code index}; the first also carries the background hierarchy of places.
	 */
	Report report(int index) {
		Digest digest = new Digest(index);
		if (index == 0) {
			digest.background();
		}
		int first = index * this.eventsPerReport;
		int last = Math.min(this.world.events, first + this.eventsPerReport);
		for (int event = first; event < last; event++) {
			digest.event(event);
		}
		return digest.build();
	}

	/** Builds one digest: its text grows as facts are added, and each fact quotes it. */
	private final class Digest {

		private final int index;

		private final LocalDate published;

		private final StringBuilder text = new StringBuilder();

		private final Map<String, EntityDescription> entities = new LinkedHashMap<>();

		private final List<EventDescription> events = new ArrayList<>();

		private final List<ClaimDescription> claims = new ArrayList<>();

		private final List<RelationDescription> relations = new ArrayList<>();

		private final int outlet;

		Digest(int index) {
			this.index = index;
			this.published = day(index);
			this.outlet = ReportGenerator.this.world.actorOfKind("MediaOutlet", index);
			this.text.append("Weekly digest ").append(index).append(" of the Benchland conflict, published by ");
			actor(this.outlet, quote(SyntheticWorld.actorName(this.outlet)));
			this.text.append(".");
		}

		Report build() {
			String id = sourceId(this.index);
			SourceDescription source = new SourceDescription(id, "NewsArticle", "Benchland weekly digest " + this.index,
					SyntheticWorld.actorId(this.outlet), "https://example.org/bench/" + this.index,
					this.published.toString(), "en", this.text.toString(), null);
			return new Report(1, source, List.of(GAZETTEER_SOURCE), List.copyOf(this.entities.values()), this.events,
					this.claims, this.relations, List.of());
		}

		/** Countries, regions and districts with their hierarchy, from the gazetteer. */
		void background() {
			SyntheticWorld world = ReportGenerator.this.world;
			for (int country = 0; country < SyntheticWorld.COUNTRIES.length; country++) {
				this.entities.put(SyntheticWorld.COUNTRIES[country],
						new EntityDescription(SyntheticWorld.COUNTRIES[country], "Country",
								SyntheticWorld.COUNTRY_NAMES[country], List.of(), null,
								Map.of("adminLevel", 0, "countryCode", SyntheticWorld.COUNTRY_CODES[country]),
								List.of(), GAZETTEER_REFERENCE));
			}
			for (int region = 0; region < world.regions(); region++) {
				double[] centre = world.regionCentre(region);
				int country = SyntheticWorld.countryOfRegion(region);
				this.entities.put(SyntheticWorld.regionId(region),
						new EntityDescription(SyntheticWorld.regionId(region), "Region",
								SyntheticWorld.regionName(region), List.of(), null,
								Map.of("adminLevel", 1, "countryCode", SyntheticWorld.COUNTRY_CODES[country],
										"location", Map.of("latitude", centre[0], "longitude", centre[1]),
										"locationPrecision", "region centroid"),
								List.of(), GAZETTEER_REFERENCE));
				this.relations.add(new RelationDescription("LOCATED_IN", SyntheticWorld.regionId(region),
						SyntheticWorld.COUNTRIES[country], null, Map.of(), List.of(), GAZETTEER_REFERENCE, null));
			}
			for (int district = 0; district < world.districts(); district++) {
				int region = SyntheticWorld.regionOfDistrict(district);
				double[] centre = world.regionCentre(region);
				this.entities.put(SyntheticWorld.districtId(district), new EntityDescription(
						SyntheticWorld.districtId(district), "District", SyntheticWorld.districtName(district),
						List.of(), null,
						Map.of("adminLevel", 2, "countryCode",
								SyntheticWorld.COUNTRY_CODES[SyntheticWorld.countryOfRegion(region)], "location",
								Map.of("latitude", centre[0] + (district % 10) * 0.15, "longitude",
										centre[1] + (district % 10) * 0.1),
								"locationPrecision", "district centroid"),
						List.of(), GAZETTEER_REFERENCE));
				this.relations.add(new RelationDescription("LOCATED_IN", SyntheticWorld.districtId(district),
						SyntheticWorld.regionId(region), null, Map.of(), List.of(), GAZETTEER_REFERENCE, null));
			}
		}

		void event(int event) {
			SyntheticWorld world = ReportGenerator.this.world;
			Random random = new Random(ReportGenerator.this.seed * 1_000_003L + event);
			String id = eventId(event);
			LocalDate date = this.published.minusDays(random.nextInt(7));
			int settlement = random.nextInt(world.settlements);
			int pick = random.nextInt(100);
			String type;
			String subType;
			if (pick < 35) {
				type = EVENT_TYPES.get(0);
				subType = "Shelling/artillery/missile attack";
			}
			else if (pick < 55) {
				type = EVENT_TYPES.get(0);
				subType = "Air/drone strike";
			}
			else if (pick < 80) {
				type = EVENT_TYPES.get(1);
				subType = "Armed clash";
			}
			else if (pick < 90) {
				type = EVENT_TYPES.get(2);
				subType = "Disrupted weapons use";
			}
			else if (pick < 95) {
				type = EVENT_TYPES.get(2);
				subType = "Other";
			}
			else {
				type = EVENT_TYPES.get(3);
				subType = "Attack";
			}
			int statusPick = random.nextInt(100);
			String status = (statusPick < 50) ? "REPORTED"
					: (statusPick < 75) ? "CLAIMED" : (statusPick < 95) ? "DISPUTED" : "CONFIRMED";
			int attacker = random.nextInt(10) < 6 ? world.actorOfKind("ArmedGroup", random.nextInt())
					: world.actorOfKind("MilitaryForce", random.nextInt());

			this.text.append(" On ").append(date).append(", ");
			int sentence = this.text.length() - date.toString().length() - 5;
			Evidence attackerQuote = quote(SyntheticWorld.actorName(attacker));
			this.text.append(" carried out ").append(subType.toLowerCase(Locale.ROOT)).append(" in ");
			Evidence placeQuote = quote(world.settlementName(settlement));
			this.text.append(".");
			Evidence eventQuote = new Evidence(this.text.substring(sentence, this.text.length()), sentence);

			String title = subType + " in " + world.settlementName(settlement) + " (" + id.substring(6) + ")";
			this.events.add(new EventDescription(id, title, date.toString(), "DAY", type, subType, status, null, null,
					List.of(eventQuote), null));
			actor(attacker, attackerQuote);
			participation(attacker, id, "attacker", attackerQuote);
			settlement(settlement, placeQuote);
			this.relations.add(new RelationDescription("OCCURRED_IN", id, world.settlementId(settlement), null,
					Map.of("precision", "in"), List.of(placeQuote), null, null));

			if (random.nextBoolean()) {
				int target = random.nextInt(3) < 2 ? world.actorOfKind("MilitaryForce", random.nextInt())
						: world.actorOfKind("ArmedGroup", random.nextInt());
				if (target != attacker) {
					this.text.append(" ");
					Evidence targetQuote = quote(SyntheticWorld.actorName(target));
					this.text.append(" was targeted.");
					actor(target, targetQuote);
					participation(target, id, "target", targetQuote);
				}
			}
			if (subType.startsWith("Shelling") || subType.startsWith("Air")) {
				this.relations.add(new RelationDescription("TARGETED", id, world.settlementId(settlement), null,
						Map.of(), List.of(eventQuote), null, null));
			}
			String asset = asset(event, subType, random, id);

			int claimant = random.nextInt(10) < 6 ? world.actorOfKind("GovernmentBody", random.nextInt())
					: world.actorOfKind("Person", random.nextInt());
			String firstClaim = claim(event, 1, claimant, subType, asset, random, id, List.of(), "ASSERTS");
			if (random.nextBoolean()) {
				claim(event, 2, attacker, "responsibility", null, random, id, List.of(), "ASSERTS");
			}
			else {
				int other = world.actorOfKind("GovernmentBody", random.nextInt());
				if (other != claimant) {
					claim(event, 2, other, subType, asset, random, id, List.of(firstClaim), "DENIES");
				}
			}
		}

		/** An asset the event involved, if any; its id. */
		private String asset(int event, String subType, Random random, String eventId) {
			String kind;
			String action;
			String verb;
			if (subType.equals("Air/drone strike")) {
				kind = "Drone";
				action = "INVOLVED";
				verb = "was used";
			}
			else if (subType.equals("Disrupted weapons use")) {
				kind = "Drone";
				action = "INTERCEPTED";
				verb = "was intercepted";
			}
			else if (subType.startsWith("Shelling") && random.nextBoolean()) {
				kind = "Missile";
				action = "INVOLVED";
				verb = "was fired";
			}
			else if (subType.equals("Armed clash") && random.nextInt(10) < 3) {
				kind = "Vehicle";
				action = "DESTROYED";
				verb = "was destroyed";
			}
			else {
				return null;
			}
			String id = String.format(Locale.ROOT, "%s:bench-e%07d", kind.toLowerCase(Locale.ROOT), event);
			String name = kind + " of event E" + String.format(Locale.ROOT, "%07d", event);
			this.text.append(" A ");
			Evidence quote = quote(name);
			this.text.append(" ").append(verb).append(".");
			int quantity = 1 + random.nextInt(kind.equals("Drone") ? 20 : 5);
			this.entities.put(id, new EntityDescription(id, kind, name, List.of(), null, Map.of("quantity", quantity),
					List.of(quote), null));
			this.relations.add(new RelationDescription("INVOLVED", eventId, id, null, Map.of("role", verb.substring(4)),
					List.of(quote), null, null));
			if (!action.equals("INVOLVED")) {
				this.relations
					.add(new RelationDescription(action, eventId, id, null, Map.of(), List.of(quote), null, null));
			}
			return id;
		}

		private String claim(int event, int number, int claimant, String subType, String asset, Random random,
				String eventId, List<String> contradicts, String stance) {
			String id = String.format(Locale.ROOT, "claim:bench-e%07d-%d", event, number);
			Map<String, Integer> figures = new LinkedHashMap<>();
			String kind;
			String statement;
			if (subType.equals("responsibility")) {
				kind = "responsibility";
				statement = "it carried out the attack";
			}
			else if (subType.equals("Disrupted weapons use")) {
				kind = "interception";
				figures.put("intercepted", 1 + random.nextInt(20));
				statement = figures.get("intercepted") + " drones were intercepted";
			}
			else if (subType.equals("Other")) {
				kind = "measure";
				figures.put("affected", random.nextInt(5000));
				statement = figures.get("affected") + " people were affected";
			}
			else {
				kind = "casualties";
				figures.put("killed", random.nextInt(12));
				figures.put("injured", random.nextInt(40));
				statement = figures.get("killed") + " people were killed and " + figures.get("injured") + " injured";
			}
			this.text.append(" ");
			int start = this.text.length();
			Evidence claimantQuote = quote(SyntheticWorld.actorName(claimant));
			this.text.append(stance.equals("DENIES") ? " denied that " : " said ").append(statement).append(".");
			Evidence claimQuote = new Evidence(this.text.substring(start), start);
			actor(claimant, claimantQuote);
			List<String> about = (asset != null) ? List.of(eventId, asset) : List.of(eventId);
			List<String> reportedBy = random.nextBoolean() ? List.of(SyntheticWorld.actorId(this.outlet)) : List.of();
			this.claims.add(new ClaimDescription(id, SyntheticWorld.actorId(claimant), reportedBy, kind, stance,
					SyntheticWorld.actorName(claimant) + (stance.equals("DENIES") ? " denied that " : " said ")
							+ statement + ".",
					this.published.toString(), about, exact(figures), contradicts, List.of(claimQuote)));
			return id;
		}

		private static Map<String, Report.FigureDescription> exact(Map<String, Integer> figures) {
			Map<String, Report.FigureDescription> exact = new LinkedHashMap<>();
			figures.forEach((name, value) -> exact.put(name, Report.FigureDescription.exactly(value)));
			return exact;
		}

		private void participation(int actor, String eventId, String role, Evidence quote) {
			this.relations.add(new RelationDescription("PARTICIPATED_IN", SyntheticWorld.actorId(actor), eventId, role,
					Map.of("role", role), List.of(quote), null, null));
		}

		/** Adds an actor to the digest's entities, or one more quote to it. */
		private void actor(int actor, Evidence quote) {
			String id = SyntheticWorld.actorId(actor);
			EntityDescription known = this.entities.get(id);
			List<Evidence> evidence = new ArrayList<>((known != null) ? known.evidence() : List.of());
			evidence.add(quote);
			String kind = SyntheticWorld.actorKind(actor);
			List<String> aliases = kind.equals("ArmedGroup") ? List.of(SyntheticWorld.actorAlias(actor)) : List.of();
			Map<String, Object> properties = kind.equals("Person") || kind.equals("MediaOutlet") ? Map.of()
					: Map.of("country", SyntheticWorld.actorCountry(actor));
			this.entities.put(id, new EntityDescription(id, kind, SyntheticWorld.actorName(actor), aliases, null,
					properties, evidence, null));
		}

		/** A settlement as the digest names it, with its place in the gazetteer. */
		private void settlement(int settlement, Evidence quote) {
			SyntheticWorld world = ReportGenerator.this.world;
			String id = world.settlementId(settlement);
			EntityDescription known = this.entities.get(id);
			List<Evidence> evidence = new ArrayList<>((known != null) ? known.evidence() : List.of());
			evidence.add(quote);
			double[] location = world.settlementLocation(settlement);
			int district = world.districtOfSettlement(settlement);
			int country = SyntheticWorld.countryOfRegion(SyntheticWorld.regionOfDistrict(district));
			this.entities.put(id,
					new EntityDescription(id, "Settlement", world.settlementName(settlement), List.of(), null,
							Map.of("adminLevel", 3, "countryCode", SyntheticWorld.COUNTRY_CODES[country], "location",
									Map.of("latitude", location[0], "longitude", location[1]), "locationPrecision",
									"settlement centre"),
							evidence, GAZETTEER_REFERENCE));
			if (known == null) {
				this.relations.add(new RelationDescription("LOCATED_IN", id, SyntheticWorld.districtId(district), null,
						Map.of(), List.of(), GAZETTEER_REFERENCE, null));
			}
		}

		/** Appends a quote to the text and returns it as evidence at its offset. */
		private Evidence quote(String words) {
			int start = this.text.length();
			this.text.append(words);
			return new Evidence(words, start);
		}

	}

}

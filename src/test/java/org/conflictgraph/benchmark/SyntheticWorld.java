package org.conflictgraph.benchmark;

import java.util.Locale;

/**
 * The fixed cast of a synthetic graph: two countries, their regions and districts,
 * settlements and actors, each with a stable id and a name that no other node shares (so
 * entity resolution keeps them apart). Sizes grow with the number of events in the
 * proportions of conflict data sets: about one settlement per 20 events and one actor per
 * 100.
 */
final class SyntheticWorld {

	static final int REGIONS_PER_COUNTRY = 24;

	static final int DISTRICTS_PER_REGION = 10;

	static final String[] COUNTRIES = { "country:bench-northland", "country:bench-southland" };

	static final String[] COUNTRY_NAMES = { "Benchland North", "Benchland South" };

	static final String[] COUNTRY_CODES = { "XA", "XB" };

	/**
	 * Kind of actor {@code i} by {@code i % 20}: the proportions of a conflict's cast.
	 */
	private static final String[] ACTOR_KINDS = { "ArmedGroup", "ArmedGroup", "ArmedGroup", "ArmedGroup", "ArmedGroup",
			"ArmedGroup", "ArmedGroup", "ArmedGroup", "MilitaryForce", "MilitaryForce", "GovernmentBody",
			"GovernmentBody", "Person", "Person", "Person", "Person", "Person", "Person", "MediaOutlet", "State" };

	final int events;

	final int settlements;

	final int actors;

	SyntheticWorld(int events) {
		this.events = events;
		this.settlements = Math.max(500, events / 20);
		this.actors = Math.max(100, events / 100);
	}

	int regions() {
		return COUNTRIES.length * REGIONS_PER_COUNTRY;
	}

	int districts() {
		return regions() * DISTRICTS_PER_REGION;
	}

	static String regionId(int region) {
		return String.format(Locale.ROOT, "region:bench-r%02d", region);
	}

	static String regionName(int region) {
		return String.format(Locale.ROOT, "Region R%02d", region);
	}

	static int countryOfRegion(int region) {
		return region / REGIONS_PER_COUNTRY;
	}

	static String districtId(int district) {
		return String.format(Locale.ROOT, "district:bench-d%03d", district);
	}

	static String districtName(int district) {
		return String.format(Locale.ROOT, "District D%03d", district);
	}

	static int regionOfDistrict(int district) {
		return district / DISTRICTS_PER_REGION;
	}

	String settlementId(int settlement) {
		return String.format(Locale.ROOT, "settlement:bench-s%06d", settlement);
	}

	String settlementName(int settlement) {
		return String.format(Locale.ROOT, "Settlement S%06d", settlement);
	}

	int districtOfSettlement(int settlement) {
		return settlement % districts();
	}

	double[] regionCentre(int region) {
		return new double[] { 40 + (region % 8) * 2.0, 20 + (region / 8) * 2.0 };
	}

	double[] settlementLocation(int settlement) {
		int district = districtOfSettlement(settlement);
		double[] centre = regionCentre(regionOfDistrict(district));
		double offset = (settlement / districts()) % 100;
		return new double[] { centre[0] + (district % 10) * 0.15 + offset * 0.001,
				centre[1] + (district % 10) * 0.1 + offset * 0.001 };
	}

	static String actorKind(int actor) {
		return ACTOR_KINDS[actor % ACTOR_KINDS.length];
	}

	static String actorId(int actor) {
		return String.format(Locale.ROOT, "%s:bench-a%05d", prefix(actorKind(actor)), actor);
	}

	static String actorName(int actor) {
		return String.format(Locale.ROOT, "%s A%05d", words(actorKind(actor)), actor);
	}

	/** Armed groups are also known by an abbreviation, as the RDK is. */
	static String actorAlias(int actor) {
		return String.format(Locale.ROOT, "AG%05d", actor);
	}

	static String actorCountry(int actor) {
		return COUNTRY_CODES[actor % 2];
	}

	/** An actor of one of the kinds, chosen by a number. */
	int actorOfKind(String kind, int choice) {
		java.util.List<Integer> slots = new java.util.ArrayList<>();
		for (int i = 0; i < ACTOR_KINDS.length; i++) {
			if (ACTOR_KINDS[i].equals(kind)) {
				slots.add(i);
			}
		}
		int cycles = this.actors / ACTOR_KINDS.length;
		int nth = Math.floorMod(choice, cycles * slots.size());
		return (nth / slots.size()) * ACTOR_KINDS.length + slots.get(nth % slots.size());
	}

	private static String prefix(String kind) {
		return kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static String words(String kind) {
		return kind.replaceAll("([a-z])([A-Z])", "$1 $2");
	}

}

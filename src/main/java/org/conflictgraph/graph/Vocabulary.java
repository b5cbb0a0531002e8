package org.conflictgraph.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named sets of the model that are not labels or relationship types: source kinds,
 * event statuses, date precisions, claim stances and figures, and the event taxonomy.
 */
public final class Vocabulary {

	/** Source kinds; reference kinds carry no text. */
	public static final Set<String> SOURCE_KINDS = Set.of("NewsArticle", "SocialMediaPost", "NewsAgencyReport",
			"Gazetteer", "Reference");

	public static final List<String> EVENT_STATUSES = List.of("REPORTED", "CLAIMED", "DISPUTED", "CONFIRMED");

	/**
	 * Precisions of a date that cover a whole month or year; the event's date is then the
	 * first day of it (docs/model.md).
	 */
	public static final String MONTH_PRECISION = "MONTH";

	/** The precision of a date that names its day, the default. */
	public static final String DAY_PRECISION = "DAY";

	public static final String YEAR_PRECISION = "YEAR";

	public static final Set<String> DATE_PRECISIONS = Set.of(DAY_PRECISION, MONTH_PRECISION, YEAR_PRECISION);

	public static final Set<String> STANCES = Set.of("ASSERTS", "DENIES");

	/**
	 * The measures a claim's figures state, in the order of docs/model.md: the property
	 * names on {@code Claim} nodes and the keys of a report claim's {@code figures}.
	 */
	public static final List<String> FIGURES = List.of("killed", "injured", "hospitalized", "rescued", "destroyed",
			"intercepted", "damaged", "affected", "onBoard");

	/**
	 * How a figure relates to the number the text gives ("at least three", "more than
	 * 4,500", "about 50", "up to 20"); a plain number is {@code EXACT}.
	 */
	public static final List<String> FIGURE_QUALIFIERS = List.of("EXACT", "AT_LEAST", "MORE_THAN", "ABOUT", "UP_TO");

	/**
	 * ACLED's event types and sub-types, plus {@code Accidents} of our own, in the order
	 * of docs/model.md.
	 */
	public static final Map<String, Set<String>> EVENT_TYPES = ordered(
			Map.entry("Battles",
					Set.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory")),
			Map.entry("Explosions/Remote violence",
					Set.of("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
							"Grenade", "Suicide bomb", "Chemical weapon")),
			Map.entry("Violence against civilians",
					Set.of("Attack", "Abduction/forced disappearance", "Sexual violence")),
			Map.entry("Strategic developments",
					Set.of("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
							"Headquarters or base established", "Looting/property destruction",
							"Non-violent transfer of territory", "Other")),
			Map.entry("Protests",
					Set.of("Excessive force against protesters", "Protest with intervention", "Peaceful protest")),
			Map.entry("Riots", Set.of("Violent demonstration", "Mob violence")),
			Map.entry("Accidents", Set.of("Aircraft crash", "Fire", "Other")));

	private Vocabulary() {
	}

	@SafeVarargs
	private static Map<String, Set<String>> ordered(Map.Entry<String, Set<String>>... entries) {
		Map<String, Set<String>> map = new LinkedHashMap<>();
		for (Map.Entry<String, Set<String>> entry : entries) {
			map.put(entry.getKey(), entry.getValue());
		}
		return Collections.unmodifiableMap(map);
	}

}

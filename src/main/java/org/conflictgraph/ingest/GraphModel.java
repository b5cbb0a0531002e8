package org.conflictgraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The vocabulary of the graph: kinds with their base labels and id prefixes, relationship
 * types with the labels they may connect, and the event taxonomy. Labels and types from
 * reports are checked against it, so they can be used in Cypher safely.
 */
public final class GraphModel {

	/**
	 * The label every node of the model carries; its id constraint backs lookups by id.
	 */
	public static final String NODE = "Node";

	/** Base labels of entities (nodes with names that entity resolution applies to). */
	public static final List<String> ENTITY_LABELS = List.of("Actor", "Place", "Asset");

	/** Kind label to its base label. */
	public static final Map<String, String> KINDS = Map.ofEntries(Map.entry("ArmedGroup", "Actor"),
			Map.entry("MilitaryForce", "Actor"), Map.entry("GovernmentBody", "Actor"), Map.entry("Person", "Actor"),
			Map.entry("MediaOutlet", "Actor"), Map.entry("State", "Actor"), Map.entry("Country", "Place"),
			Map.entry("Region", "Place"), Map.entry("District", "Place"), Map.entry("Settlement", "Place"),
			Map.entry("Facility", "Place"), Map.entry("Aircraft", "Asset"), Map.entry("Vehicle", "Asset"),
			Map.entry("Drone", "Asset"), Map.entry("Missile", "Asset"), Map.entry("Infrastructure", "Asset"));

	/** Source kinds; reference kinds carry no text. */
	public static final Set<String> SOURCE_KINDS = Set.of("NewsArticle", "SocialMediaPost", "NewsAgencyReport",
			"Gazetteer", "Reference");

	public static final Set<String> EVENT_STATUSES = Set.of("REPORTED", "CLAIMED", "DISPUTED", "CONFIRMED");

	public static final Set<String> DATE_PRECISIONS = Set.of("DAY", "MONTH", "YEAR");

	public static final Set<String> STANCES = Set.of("ASSERTS", "DENIES");

	public static final Set<String> FIGURES = Set.of("killed", "injured", "hospitalized", "rescued", "destroyed",
			"intercepted", "damaged", "affected");

	/** ACLED's event types and sub-types, plus {@code Accidents} of our own. */
	public static final Map<String, Set<String>> EVENT_TYPES = Map.of("Battles",
			Set.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
			"Explosions/Remote violence",
			Set.of("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
					"Suicide bomb", "Chemical weapon"),
			"Violence against civilians", Set.of("Attack", "Abduction/forced disappearance", "Sexual violence"),
			"Strategic developments",
			Set.of("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
					"Headquarters or base established", "Looting/property destruction",
					"Non-violent transfer of territory", "Other"),
			"Protests", Set.of("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
			"Riots", Set.of("Violent demonstration", "Mob violence"), "Accidents",
			Set.of("Aircraft crash", "Fire", "Other"));

	/**
	 * Relationship types a report may state, with the base labels allowed at each end.
	 * ATTACKED is derived by the pipeline; EVIDENCED_BY, IN_SOURCE, PUBLISHED_BY and
	 * REFERENCED_IN are written from evidence and metadata.
	 */
	public static final Map<String, Rule> RELATIONS = Map.ofEntries(
			rule("CLAIMED_BY", Set.of("Claim"), Set.of("Actor")), rule("REPORTED_BY", Set.of("Claim"), Set.of("Actor")),
			rule("ABOUT", Set.of("Claim"), Set.of("Event", "Actor", "Place", "Asset")),
			rule("CONTRADICTS", Set.of("Claim"), Set.of("Claim")),
			rule("LOCATED_IN", Set.of("Place", "Asset", "Actor"), Set.of("Place")),
			rule("OCCURRED_IN", Set.of("Event"), Set.of("Place")),
			rule("PARTICIPATED_IN", Set.of("Actor"), Set.of("Event")),
			rule("INVOLVED", Set.of("Event"), Set.of("Asset")),
			rule("TARGETED", Set.of("Actor", "Event"), Set.of("Asset", "Place", "Actor")),
			rule("DESTROYED", Set.of("Actor", "Event"), Set.of("Asset", "Place", "Actor")),
			rule("INTERCEPTED", Set.of("Actor", "Event"), Set.of("Asset", "Place", "Actor")),
			rule("DAMAGED", Set.of("Actor", "Event"), Set.of("Asset", "Place", "Actor")),
			rule("PART_OF", Set.of("Actor", "Event"), Set.of("Actor", "Event")),
			rule("HOLDS_POSITION", Set.of("Actor"), Set.of("Place", "Actor")),
			rule("BLAMED", Set.of("Actor"), Set.of("Actor")),
			rule("POSSIBLY_SAME_AS", Set.of("Actor"), Set.of("Actor")));

	/** Relationship types that record provenance rather than facts. */
	public static final Set<String> PROVENANCE = Set.of("EVIDENCED_BY", "IN_SOURCE", "PUBLISHED_BY", "REFERENCED_IN");

	/** Every relationship type the graph holds. */
	public static final Set<String> ALL_RELATIONSHIP_TYPES;

	static {
		var all = new java.util.TreeSet<String>(RELATIONS.keySet());
		all.addAll(PROVENANCE);
		all.add("ATTACKED");
		ALL_RELATIONSHIP_TYPES = java.util.Collections.unmodifiableSet(all);
	}

	private GraphModel() {
	}

	/** The id prefix of a kind: {@code ArmedGroup} to {@code armed-group}. */
	public static String idPrefix(String kind) {
		return kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	/** The base label of a node, from the labels Neo4j reports for it. */
	public static @Nullable String baseLabel(Iterable<String> labels) {
		for (String label : labels) {
			if (ENTITY_LABELS.contains(label) || label.equals("Event") || label.equals("Claim")
					|| label.equals("Source") || label.equals("Mention")) {
				return label;
			}
		}
		return null;
	}

	private static Map.Entry<String, Rule> rule(String type, Set<String> from, Set<String> to) {
		return Map.entry(type, new Rule(from, to));
	}

	/**
	 * The base labels a relationship type may start and end at.
	 */
	public record Rule(Set<String> from, Set<String> to) {
	}

}

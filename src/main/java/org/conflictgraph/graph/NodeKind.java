package org.conflictgraph.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.shared.InvalidInputException;

/**
 * The node labels of the model: the base labels and, for actors, places and assets, the
 * kind labels (a node has exactly one). Each kind has the id prefix of its nodes. The
 * technical {@code Node} label that every node carries is not a kind.
 */
public enum NodeKind {

	ACTOR("Actor", null), ARMED_GROUP("ArmedGroup", ACTOR), MILITARY_FORCE("MilitaryForce", ACTOR),
	GOVERNMENT_BODY("GovernmentBody", ACTOR), PERSON("Person", ACTOR), MEDIA_OUTLET("MediaOutlet", ACTOR),
	STATE("State", ACTOR), PLACE("Place", null), COUNTRY("Country", PLACE), REGION("Region", PLACE),
	DISTRICT("District", PLACE), SETTLEMENT("Settlement", PLACE), FACILITY("Facility", PLACE), ASSET("Asset", null),
	AIRCRAFT("Aircraft", ASSET), VEHICLE("Vehicle", ASSET), DRONE("Drone", ASSET), MISSILE("Missile", ASSET),
	INFRASTRUCTURE("Infrastructure", ASSET), EVENT("Event", null), CLAIM("Claim", null), SOURCE("Source", null),
	MENTION("Mention", null);

	/** The label every node carries; never shown as a kind. */
	public static final String NODE_LABEL = "Node";

	private final String label;

	private final @Nullable NodeKind base;

	NodeKind(String label, @Nullable NodeKind base) {
		this.label = label;
		this.base = base;
	}

	/** The Neo4j label, e.g. {@code ArmedGroup}. */
	public String label() {
		return this.label;
	}

	/** True for the base labels (Actor, Place, Asset, Event, Claim, Source, Mention). */
	public boolean isBase() {
		return this.base == null;
	}

	/** The base kind of a kind label, or itself for a base label. */
	public NodeKind base() {
		return (this.base != null) ? this.base : this;
	}

	/**
	 * Whether nodes of this kind have names that entity resolution applies to (actors,
	 * places and assets).
	 */
	public boolean isEntity() {
		NodeKind base = base();
		return base == ACTOR || base == PLACE || base == ASSET;
	}

	/**
	 * Whether a report states nodes of exactly this kind: the kind labels of entities and
	 * the base labels without kinds (events, claims, sources, mentions).
	 */
	public boolean isLeaf() {
		return !isBase() || kindsOf(this).isEmpty();
	}

	/**
	 * The id prefix of the kind's nodes, without the colon: {@code ArmedGroup} to
	 * {@code armed-group}; {@code null} for Actor, Place and Asset, which only occur with
	 * a kind.
	 */
	public @Nullable String idPrefix() {
		if (!isLeaf()) {
			return null;
		}
		return this.label.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** The kinds of a base label, in the model's order; empty for a kind label. */
	public static List<NodeKind> kindsOf(NodeKind base) {
		return Arrays.stream(values()).filter((kind) -> kind.base == base).toList();
	}

	/** The base labels, in the model's order. */
	public static List<NodeKind> bases() {
		return Arrays.stream(values()).filter(NodeKind::isBase).toList();
	}

	/** The entity base labels: Actor, Place, Asset. */
	public static Set<NodeKind> entityBases() {
		return EnumSet.of(ACTOR, PLACE, ASSET);
	}

	/** The entity base labels as Neo4j labels: Actor, Place, Asset. */
	public static List<String> entityBaseLabels() {
		return List.of(ACTOR.label, PLACE.label, ASSET.label);
	}

	/**
	 * The entity kind with this label ({@code ArmedGroup}, {@code Settlement}, ...), or
	 * {@code null} when the label names no kind of actor, place or asset.
	 */
	public static @Nullable NodeKind entityKind(String label) {
		NodeKind kind = ofLabel(label);
		return (kind != null && kind.isEntity() && !kind.isBase()) ? kind : null;
	}

	/** The kind labels of actors, places and assets, in the model's order. */
	public static List<String> entityKindLabels() {
		return Arrays.stream(values())
			.filter((kind) -> kind.isEntity() && !kind.isBase())
			.map(NodeKind::label)
			.toList();
	}

	/** The kind with this Neo4j label, if it is one of the model. */
	public static @Nullable NodeKind ofLabel(String label) {
		for (NodeKind kind : values()) {
			if (kind.label.equals(label)) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * The kind a client names: by its Neo4j label ({@code ArmedGroup}, {@code Actor}), or
	 * by the upper-case spelling of the API's enums ({@code ARMED_GROUP}), so that every
	 * argument that takes kinds takes the same names.
	 */
	public static @Nullable NodeKind ofName(String name) {
		NodeKind kind = ofLabel(name);
		if (kind != null) {
			return kind;
		}
		for (NodeKind candidate : values()) {
			if (candidate.name().equals(name)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * The most specific kind of a node from its Neo4j labels: the kind label when it has
	 * one, else its base label; {@code null} when no label is one of the model.
	 */
	public static @Nullable NodeKind of(Iterable<String> labels) {
		NodeKind found = null;
		for (String label : labels) {
			NodeKind kind = ofLabel(label);
			if (kind != null && (found == null || !kind.isBase())) {
				found = kind;
			}
		}
		return found;
	}

	/** The base label of a node from its Neo4j labels, or {@code null}. */
	public static @Nullable String baseLabel(Iterable<String> labels) {
		NodeKind kind = of(labels);
		return (kind != null) ? kind.base().label : null;
	}

	/**
	 * The labels a client named (as {@link #ofName(String)} reads them), checked against
	 * the model, or {@code null} when it named none (no filter).
	 * @throws InvalidInputException for a label that is not one of the model
	 */
	public static @Nullable List<String> parse(@Nullable Collection<String> labels, String argument) {
		return parse(labels, argument, Arrays.asList(values()));
	}

	/**
	 * Like {@link #parse(Collection, String)} but only the given kinds are allowed.
	 */
	public static @Nullable List<String> parse(@Nullable Collection<String> labels, String argument,
			Collection<NodeKind> allowed) {
		if (labels == null) {
			return null;
		}
		if (labels.isEmpty()) {
			throw new InvalidInputException(argument + " is empty: leave it out to include every kind");
		}
		Set<String> result = new LinkedHashSet<>();
		for (String label : labels) {
			NodeKind kind = ofName(label);
			if (kind == null || !allowed.contains(kind)) {
				throw new InvalidInputException("Unknown kind '" + label + "' in " + argument + ". Known kinds: "
						+ allowed.stream().map(NodeKind::label).toList());
			}
			result.add(kind.label);
		}
		return List.copyOf(result);
	}

}

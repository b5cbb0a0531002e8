package org.conflictgraph.explore;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.shared.InvalidInputException;

/**
 * The node labels of the model a client may filter on: the base labels and the kind
 * labels. The technical {@code Node} label that every node carries is not a kind.
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
	 * The labels a client named, checked against the model, or {@code null} when it named
	 * none (no filter).
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
			NodeKind kind = ofLabel(label);
			if (kind == null || !allowed.contains(kind)) {
				throw new InvalidInputException("Unknown kind '" + label + "' in " + argument + ". Known kinds: "
						+ allowed.stream().map(NodeKind::label).toList());
			}
			result.add(kind.label);
		}
		return List.copyOf(result);
	}

}

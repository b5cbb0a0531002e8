package org.conflictgraph.graph;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The kind of an entity: for actors, places and assets its kind label in the graph (a
 * node has exactly one), for events {@link #EVENT}. The GraphQL enums {@code ActorKind},
 * {@code PlaceKind} and {@code AssetKind} are subsets with the same names. Each constant
 * names a {@link NodeKind} (a test keeps them one for one with the model's kinds), so
 * labels come from the model alone.
 */
public enum EntityKind {

	ARMED_GROUP(NodeKind.ARMED_GROUP), MILITARY_FORCE(NodeKind.MILITARY_FORCE),
	GOVERNMENT_BODY(NodeKind.GOVERNMENT_BODY), PERSON(NodeKind.PERSON), MEDIA_OUTLET(NodeKind.MEDIA_OUTLET),
	STATE(NodeKind.STATE),

	COUNTRY(NodeKind.COUNTRY), REGION(NodeKind.REGION), DISTRICT(NodeKind.DISTRICT), SETTLEMENT(NodeKind.SETTLEMENT),
	FACILITY(NodeKind.FACILITY),

	AIRCRAFT(NodeKind.AIRCRAFT), VEHICLE(NodeKind.VEHICLE), DRONE(NodeKind.DRONE), MISSILE(NodeKind.MISSILE),
	INFRASTRUCTURE(NodeKind.INFRASTRUCTURE),

	EVENT(NodeKind.EVENT);

	private final String baseLabel;

	private final String label;

	private final NodeKind kind;

	EntityKind(NodeKind kind) {
		this.kind = kind;
		this.baseLabel = kind.base().label();
		this.label = kind.label();
	}

	/** The node kind of the model this entity kind names. */
	public NodeKind nodeKind() {
		return this.kind;
	}

	/** The base label: {@code Actor}, {@code Place}, {@code Asset} or {@code Event}. */
	public String baseLabel() {
		return this.baseLabel;
	}

	/** The kind label in the graph, e.g. {@code ArmedGroup}. */
	public String label() {
		return this.label;
	}

	/** The kinds that share a base label. */
	public static Set<EntityKind> ofBase(String baseLabel) {
		Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
		for (EntityKind kind : values()) {
			if (kind.baseLabel.equals(baseLabel)) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	/**
	 * The kind of a node from its labels.
	 * @param baseLabel the base label the node is known to have
	 * @param labels all labels of the node
	 * @return the kind, or {@code null} when no kind label of that base is present
	 */
	public static @Nullable EntityKind fromLabels(String baseLabel, Iterable<String> labels) {
		for (String label : labels) {
			for (EntityKind kind : values()) {
				if (kind.baseLabel.equals(baseLabel) && kind.label.equals(label)) {
					return kind;
				}
			}
		}
		return null;
	}

	/**
	 * The kind labels of the given kinds, for a {@code WHERE any(l IN labels(n) ...)}.
	 */
	public static List<String> labels(Collection<EntityKind> kinds) {
		return kinds.stream().map(EntityKind::label).distinct().toList();
	}

}

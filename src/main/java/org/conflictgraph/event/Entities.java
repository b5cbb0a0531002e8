package org.conflictgraph.event;

import org.neo4j.driver.types.Node;

import org.conflictgraph.actor.Actor;
import org.conflictgraph.asset.Asset;
import org.conflictgraph.place.Place;

/**
 * Maps a node of any entity label to its record, for fields of the GraphQL interface
 * {@code Entity}. The record's class name is the GraphQL type name.
 */
public final class Entities {

	private Entities() {
	}

	/**
	 * @return an {@link Actor}, {@link Place}, {@link Asset} or {@link Event}
	 * @throws IllegalStateException for a node that is none of them
	 */
	public static Object from(Node node) {
		if (node.hasLabel(Actor.LABEL)) {
			return Actor.from(node);
		}
		if (node.hasLabel(Place.LABEL)) {
			return Place.from(node);
		}
		if (node.hasLabel(Asset.LABEL)) {
			return Asset.from(node);
		}
		if (node.hasLabel(Event.LABEL)) {
			return Event.from(node);
		}
		throw new IllegalStateException("Node " + node.get("id") + " is not an entity: " + node.labels());
	}

	/** Whether the node is an actor, place, asset or event. */
	public static boolean isEntity(Node node) {
		return node.hasLabel(Actor.LABEL) || node.hasLabel(Place.LABEL) || node.hasLabel(Asset.LABEL)
				|| node.hasLabel(Event.LABEL);
	}

}

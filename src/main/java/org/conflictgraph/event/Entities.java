package org.conflictgraph.event;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

import org.conflictgraph.actor.Actor;
import org.conflictgraph.asset.Asset;
import org.conflictgraph.place.Place;
import org.conflictgraph.shared.GraphValues;

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
	public static Object from(MapAccessor node) {
		List<String> labels = GraphValues.labels(node);
		if (labels.contains(Actor.LABEL)) {
			return Actor.from(node);
		}
		if (labels.contains(Place.LABEL)) {
			return Place.from(node);
		}
		if (labels.contains(Asset.LABEL)) {
			return Asset.from(node);
		}
		if (labels.contains(Event.LABEL)) {
			return Event.from(node);
		}
		throw new IllegalStateException("Node " + node.get("id") + " is not an entity: " + labels);
	}

	/**
	 * Cypher that projects an entity of any kind bound to {@code variable} on what the
	 * entity records read (and its labels), leaving out the bookkeeping lists.
	 */
	public static String projection(String variable) {
		return projection(variable, List.of());
	}

	/** {@link #projection(String)} with more properties, for other node types. */
	public static String projection(String variable, List<String> more) {
		java.util.Set<String> properties = new java.util.LinkedHashSet<>(PROPERTIES);
		properties.addAll(more);
		return only(variable, properties);
	}

	/**
	 * Cypher that projects a node bound to {@code variable} on these properties and its
	 * labels: for a caller that knows which properties the selected fields read.
	 */
	public static String only(String variable, java.util.Collection<String> properties) {
		StringBuilder projection = new StringBuilder(variable).append(" {");
		for (String property : properties) {
			projection.append('.').append(property).append(", ");
		}
		return projection.append("labels: labels(").append(variable).append(")}").toString();
	}

	private static final List<String> PROPERTIES = List.of("id", "name", "title", "aliases", "description", "country",
			"location", "locationPrecision", "adminLevel", "countryCode", "geonamesId", "model", "quantity", "date",
			"datePrecision", "type", "subType", "status", "summary");

	/** Whether the node is an actor, place, asset or event. */
	public static boolean isEntity(Node node) {
		return node.hasLabel(Actor.LABEL) || node.hasLabel(Place.LABEL) || node.hasLabel(Asset.LABEL)
				|| node.hasLabel(Event.LABEL);
	}

}

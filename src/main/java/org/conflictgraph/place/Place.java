package org.conflictgraph.place;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.shared.GeoPoint;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.source.SourcedNode;

/**
 * A place node.
 */
public record Place(String id, String name, EntityKind kind, List<String> aliases, @Nullable String description,
		@Nullable GeoPoint location, @Nullable String locationPrecision, @Nullable Integer adminLevel,
		@Nullable String countryCode, @Nullable Long geonamesId) implements SourcedNode {

	public static final String LABEL = "Place";

	/**
	 * Cypher that projects the place bound to {@code variable} on what this record reads,
	 * leaving out the bookkeeping lists.
	 */
	public static String projection(String variable) {
		return variable + " {.id, .name, .aliases, .description, .location, .locationPrecision, .adminLevel,"
				+ " .countryCode, .geonamesId, labels: labels(" + variable + ")}";
	}

	/** The place of a {@code Place} node or its {@link #projection(String)}. */
	public static Place from(MapAccessor node) {
		EntityKind kind = EntityKind.fromLabels(LABEL, GraphValues.labels(node));
		if (kind == null) {
			throw new IllegalStateException("Place " + node.get("id") + " has no kind label");
		}
		return new Place(GraphValues.requiredString(node, "id"), GraphValues.requiredString(node, "name"), kind,
				GraphValues.strings(node, "aliases"), GraphValues.string(node, "description"),
				GeoPoint.from(node.get("location")), GraphValues.string(node, "locationPrecision"),
				GraphValues.integer(node, "adminLevel"), GraphValues.string(node, "countryCode"),
				GraphValues.longValue(node, "geonamesId"));
	}

	/** The place of a node value, or {@code null} for a null value. */
	public static @Nullable Place fromNullable(Value value) {
		return value.isNull() ? null : from(value);
	}

}

package org.conflictgraph.place;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

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

	/** The place of a {@code Place} node. */
	public static Place from(Node node) {
		EntityKind kind = EntityKind.fromLabels(LABEL, node.labels());
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
		return value.isNull() ? null : from(value.asNode());
	}

}

package org.conflictgraph.shared;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A WGS-84 point.
 */
public record GeoPoint(double latitude, double longitude) {

	/** The point of a Neo4j WGS-84 point value, or {@code null}. */
	public static @Nullable GeoPoint from(@Nullable Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		var point = value.asPoint();
		return new GeoPoint(point.y(), point.x());
	}

}

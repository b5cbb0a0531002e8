package org.conflictgraph.shared;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/**
 * Reads optional properties from driver values: absent and {@code null} properties become
 * {@code null} (or an empty list), never an exception.
 */
public final class GraphValues {

	private GraphValues() {
	}

	/**
	 * The labels of a node, or of a projection that carries them as {@code labels} (see
	 * the entities' {@code projection} methods).
	 */
	public static List<String> labels(MapAccessor map) {
		if (map instanceof Node node) {
			List<String> labels = new java.util.ArrayList<>();
			node.labels().forEach(labels::add);
			return labels;
		}
		if (map instanceof Value value && value.type().name().equals("NODE")) {
			return labels(value.asNode());
		}
		return strings(map, "labels");
	}

	public static @Nullable String string(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	/** A property that the model requires; a missing one is a broken graph. */
	public static String requiredString(MapAccessor map, String key) {
		String value = string(map, key);
		if (value == null) {
			throw new IllegalStateException("Property " + key + " is missing");
		}
		return value;
	}

	public static List<String> strings(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? List.of() : value.asList(Value::asString);
	}

	public static @Nullable LocalDate date(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? null : value.asLocalDate();
	}

	public static @Nullable Integer integer(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? null : value.asInt();
	}

	public static @Nullable Long longValue(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? null : value.asLong();
	}

	public static @Nullable Double decimal(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? null : value.asDouble();
	}

}

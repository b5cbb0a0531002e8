package org.conflictgraph.explore;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.conflictgraph.graph.NodeKind;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Turns driver nodes, relationships and values into {@link GraphNode} / {@link GraphEdge}
 * with plain JSON-friendly properties. Neo4j's internal ids and element ids are dropped
 * here, so they never reach a client.
 */
public final class GraphValues {

	/** Search helpers of the pipeline and bulky text: not useful to a front end. */
	private static final Set<String> HIDDEN_NODE_PROPERTIES = Set.of("id", "aliasText", "nameKeys", "nameKeyText",
			"text");

	private static final List<String> LABEL_PROPERTIES = List.of("name", "title", "statement", "quote");

	private GraphValues() {
	}

	public static GraphNode node(Node node) {
		String id = node.get("id").asString();
		List<String> kinds = kinds(node.labels());
		Map<String, Object> properties = new TreeMap<>();
		node.asMap().forEach((key, value) -> {
			if (!HIDDEN_NODE_PROPERTIES.contains(key) && value != null) {
				properties.put(key, plain(value));
			}
		});
		return new GraphNode(id, kinds, label(node.asMap(), id), properties);
	}

	public static GraphEdge edge(Relationship relationship, String source, String target) {
		Map<String, Object> properties = new TreeMap<>();
		relationship.asMap().forEach((key, value) -> {
			if (!"id".equals(key) && value != null) {
				properties.put(key, plain(value));
			}
		});
		Value id = relationship.get("id");
		return new GraphEdge(edgeId(relationship.type(), source, target, id.isNull() ? null : id.asString()),
				relationship.type(), source, target, properties);
	}

	/**
	 * The stored id, or the id the model gives a relationship without a key, so that a
	 * relationship stored without one still has a stable, deterministic id.
	 */
	public static String edgeId(String type, String source, String target, @Nullable String storedId) {
		return (storedId != null && !storedId.isBlank()) ? storedId : type + ":" + source + "->" + target;
	}

	/** The labels without {@code Node}: base label first, then the kind label. */
	public static List<String> kinds(Iterable<String> labels) {
		List<String> kinds = new ArrayList<>();
		for (String label : labels) {
			if (!NodeKind.NODE_LABEL.equals(label)) {
				kinds.add(label);
			}
		}
		kinds.sort(Comparator.comparingInt(GraphValues::labelRank).thenComparing(Comparator.naturalOrder()));
		return List.copyOf(kinds);
	}

	private static int labelRank(String label) {
		NodeKind kind = NodeKind.ofLabel(label);
		if (kind == null) {
			return 2;
		}
		return kind.isBase() ? 0 : 1;
	}

	/** The name, title, statement or quote, whichever the node has; else the id. */
	public static String label(Map<String, ?> properties, String id) {
		for (String key : LABEL_PROPERTIES) {
			Object value = properties.get(key);
			if (value instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return id;
	}

	/**
	 * A Neo4j value as a plain Java value: dates and times as ISO strings, points as
	 * latitude/longitude maps, integers as longs, lists and maps recursively.
	 */
	public static @Nullable Object plain(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Value driverValue) {
			return driverValue.isNull() ? null : plain(driverValue.asObject());
		}
		if (value instanceof Point point) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("latitude", point.y());
			map.put("longitude", point.x());
			if (!Double.isNaN(point.z())) {
				map.put("height", point.z());
			}
			return map;
		}
		if (value instanceof TemporalAccessor || value instanceof IsoDuration) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			List<Object> result = new ArrayList<>(list.size());
			for (Object item : list) {
				result.add(plain(item));
			}
			return result;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new TreeMap<>();
			map.forEach((key, item) -> {
				Object converted = plain(item);
				if (converted != null) {
					result.put(String.valueOf(key), converted);
				}
			});
			return result;
		}
		return value;
	}

	/** A list property as strings; empty when absent. */
	public static List<String> strings(@Nullable Object value) {
		if (value instanceof List<?> list) {
			List<String> result = new ArrayList<>(list.size());
			for (Object item : list) {
				if (item != null) {
					result.add(String.valueOf(item));
				}
			}
			return result;
		}
		return List.of();
	}

}

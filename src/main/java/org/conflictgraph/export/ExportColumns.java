package org.conflictgraph.export;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.explore.GraphNode;
import org.conflictgraph.explore.GraphValues;

/**
 * The attributes every format writes: node kinds, names and the key properties of each
 * kind; on edges the type, date, status and evidence. One list, so the formats agree.
 */
final class ExportColumns {

	/** Separates the items of list values (labels, aliases, ids) in one attribute. */
	static final String LIST_SEPARATOR = ";";

	/** Separates quotes in the evidence attribute. */
	static final String QUOTE_SEPARATOR = " | ";

	static final List<Column<GraphNode>> NODE = List.of(new Column<>("label", Type.STRING, GraphNode::label),
			new Column<>("labels", Type.STRING, (node) -> String.join(LIST_SEPARATOR, node.kinds())),
			new Column<>("category", Type.STRING, (node) -> node.kinds().isEmpty() ? null : node.kinds().get(0)),
			new Column<>("kind", Type.STRING,
					(node) -> node.kinds().isEmpty() ? null : node.kinds().get(node.kinds().size() - 1)),
			property("name"), property("aliases"),
			new Column<>("description", Type.STRING,
					(node) -> text(firstOf(node.properties(), "description", "summary"))),
			property("country"), property("countryCode"),
			new Column<>("latitude", Type.DOUBLE, (node) -> coordinate(node, "latitude")),
			new Column<>("longitude", Type.DOUBLE, (node) -> coordinate(node, "longitude")),
			new Column<>("adminLevel", Type.LONG, (node) -> node.properties().get("adminLevel")), property("date"),
			property("datePrecision"),
			new Column<>("eventType", Type.STRING,
					(node) -> node.hasKind("Event") ? text(node.properties().get("type")) : null),
			new Column<>("eventSubType", Type.STRING,
					(node) -> node.hasKind("Event") ? text(node.properties().get("subType")) : null),
			property("status"),
			new Column<>("claimKind", Type.STRING,
					(node) -> node.hasKind("Claim") ? text(node.properties().get("kind")) : null),
			property("stance"), property("statement"), property("model"),
			new Column<>("quantity", Type.LONG, (node) -> node.properties().get("quantity")), property("url"),
			property("published"));

	static final List<Column<ExportEdge>> EDGE = List.of(new Column<>("label", Type.STRING, (e) -> e.edge().type()),
			new Column<>("relationship", Type.STRING, (e) -> e.edge().type()),
			new Column<>("date", Type.STRING, ExportEdge::date),
			new Column<>("status", Type.STRING, ExportEdge::status), edgeProperty("eventId"), edgeProperty("claimId"),
			edgeProperty("role"), edgeProperty("position"), edgeProperty("precision"), edgeProperty("basis"),
			new Column<>("inferred", Type.BOOLEAN, (e) -> e.edge().properties().get("inferred")),
			new Column<>("confidence", Type.DOUBLE, (e) -> e.edge().properties().get("confidence")),
			edgeProperty("mentionIds"), edgeProperty("sourceIds"), edgeProperty("referenceIds"),
			new Column<>("evidence", Type.STRING,
					(e) -> e.quotes().isEmpty() ? null : String.join(QUOTE_SEPARATOR, e.quotes())));

	private ExportColumns() {
	}

	private static Column<GraphNode> property(String name) {
		return new Column<>(name, Type.STRING, (node) -> text(node.properties().get(name)));
	}

	private static Column<ExportEdge> edgeProperty(String name) {
		return new Column<>(name, Type.STRING, (edge) -> text(edge.edge().properties().get(name)));
	}

	private static @Nullable Object firstOf(Map<String, Object> properties, String... names) {
		for (String name : names) {
			if (properties.get(name) != null) {
				return properties.get(name);
			}
		}
		return null;
	}

	private static @Nullable Object coordinate(GraphNode node, String axis) {
		return (node.properties().get("location") instanceof Map<?, ?> location) ? location.get(axis) : null;
	}

	/** Lists joined with {@value #LIST_SEPARATOR}, everything else as its string. */
	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return String.join(LIST_SEPARATOR, GraphValues.strings(list));
		}
		return String.valueOf(value);
	}

	/** The attribute types, named as GraphML and GEXF name them. */
	enum Type {

		STRING("string", "string"), LONG("long", "long"), DOUBLE("double", "double"), BOOLEAN("boolean", "boolean");

		final String graphMl;

		final String gexf;

		Type(String graphMl, String gexf) {
			this.graphMl = graphMl;
			this.gexf = gexf;
		}

	}

	/**
	 * One attribute.
	 *
	 * @param <T> what it is read from
	 * @param name its name in every format
	 * @param type its type
	 * @param reader reads the value; null when the element has none
	 */
	record Column<T>(String name, Type type, Function<T, @Nullable Object> reader) {

		/**
		 * The value as the column's type, or null when absent or not of that type.
		 */
		@Nullable Object value(T element) {
			Object value = this.reader.apply(element);
			if (value == null) {
				return null;
			}
			return switch (this.type) {
				case STRING -> String.valueOf(value);
				case LONG -> (value instanceof Number number) ? (Object) number.longValue() : null;
				case DOUBLE -> (value instanceof Number number) ? (Object) number.doubleValue() : null;
				case BOOLEAN -> (value instanceof Boolean bool) ? bool : null;
			};
		}

	}

}

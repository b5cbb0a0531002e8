package org.conflictgraph.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.conflictgraph.explore.EdgeEvidence;
import org.conflictgraph.explore.EvidenceLookup;
import org.conflictgraph.explore.GraphEdge;
import org.conflictgraph.explore.GraphNode;
import org.conflictgraph.explore.GraphValues;
import org.conflictgraph.explore.NeighborhoodRequest;
import org.conflictgraph.explore.Neighborhoods;
import org.conflictgraph.graph.RelationshipType;
import org.conflictgraph.explore.Subgraph;

import org.springframework.stereotype.Component;

/**
 * Reads what an export holds and hands it to a {@link GraphWriter}.
 *
 * <p>
 * The whole graph (or a filtered part) is streamed: one read transaction, a node query,
 * then an edge query, each record written as the driver fetches it in batches, so neither
 * side builds the graph in memory. Only when events and claims select the export (a date
 * range or event types) are the ids of the selected nodes kept, to follow their
 * relationships and drop those that lead out of the selection. An export around a node is
 * a neighbourhood, bounded by its limit.
 */
@Component
class GraphExportReader {

	/** How many selected node ids one relationship query starts from. */
	private static final int ID_CHUNK = 5000;

	private final Driver driver;

	private final Neighborhoods neighborhoods;

	private final EvidenceLookup evidence;

	GraphExportReader(Driver driver, Neighborhoods neighborhoods, EvidenceLookup evidence) {
		this.driver = driver;
		this.neighborhoods = neighborhoods;
		this.evidence = evidence;
	}

	/** The neighbourhood an export around a node holds. */
	Subgraph around(ExportRequest request) {
		return this.neighborhoods.around(new NeighborhoodRequest(request.around(), request.depth(), request.types(),
				request.kinds(), request.from(), request.to(), request.limit()));
	}

	/** Writes a neighbourhood, with the quotes of its edges. */
	void write(Subgraph subgraph, GraphWriter writer, ExportFormat format) throws IOException {
		Map<String, GraphNode> nodes = new HashMap<>();
		subgraph.nodes().forEach((node) -> nodes.put(node.id(), node));
		Map<String, EdgeEvidence> quotes = format.needsEdges()
				? this.evidence.byMentionId(subgraph.edges().stream().flatMap((e) -> e.mentionIds().stream()).toList())
				: Map.of();
		writer.begin();
		if (format.needsNodes()) {
			for (GraphNode node : subgraph.nodes()) {
				writer.node(node);
			}
		}
		writer.beginEdges();
		if (format.needsEdges()) {
			for (GraphEdge edge : subgraph.edges()) {
				GraphNode source = nodes.get(edge.source());
				GraphNode target = nodes.get(edge.target());
				List<String> edgeQuotes = edge.mentionIds()
					.stream()
					.filter(quotes::containsKey)
					.map((id) -> quotes.get(id).quote())
					.toList();
				writer.edge(ExportEdge.of(edge, dated(source, "date"), dated(source, "status"), dated(target, "date"),
						dated(target, "status"), edgeQuotes));
			}
		}
		writer.end();
	}

	private static @Nullable Object dated(@Nullable GraphNode node, String property) {
		if (node == null || !(node.hasKind("Event") || (node.hasKind("Claim") && property.equals("date")))) {
			return null;
		}
		return node.properties().get(property);
	}

	/** Streams the whole graph, or the part the request selects. */
	void stream(ExportRequest request, GraphWriter writer, ExportFormat format) throws IOException {
		Queries queries = new Queries(request);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", request.from());
		parameters.put("to", request.to());
		parameters.put("eventTypes", request.eventTypes());
		parameters.put("kinds", request.kinds());
		SessionConfig config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
		try (Session session = this.driver.session(config); Transaction tx = session.beginTransaction()) {
			writer.begin();
			if (request.selectsActivity()) {
				streamSelection(tx, queries, parameters, writer, format);
			}
			else {
				if (format.needsNodes()) {
					Result nodes = tx.run(queries.allNodes(), parameters);
					while (nodes.hasNext()) {
						writer.node(GraphValues.node(nodes.next().get("n").asNode()));
					}
				}
				writer.beginEdges();
				if (format.needsEdges()) {
					Result edges = tx.run(queries.allEdges(), parameters);
					while (edges.hasNext()) {
						writer.edge(edge(edges.next()));
					}
				}
			}
			writer.end();
			tx.commit();
		}
	}

	/**
	 * Events and claims select the export: the selected nodes are found from them (index
	 * seeks on the dates, then their neighbours), so the cost follows the selection, not
	 * the graph. Their ids are kept to follow the relationships from each selected node
	 * and drop those that lead out of the selection.
	 */
	private void streamSelection(Transaction tx, Queries queries, Map<String, Object> parameters, GraphWriter writer,
			ExportFormat format) throws IOException {
		Set<String> selected = new LinkedHashSet<>();
		Result nodes = tx.run(queries.selectedNodes(), parameters);
		while (nodes.hasNext()) {
			GraphNode node = GraphValues.node(nodes.next().get("n").asNode());
			selected.add(node.id());
			if (format.needsNodes()) {
				writer.node(node);
			}
		}
		writer.beginEdges();
		if (!format.needsEdges()) {
			return;
		}
		List<String> ids = new ArrayList<>(selected);
		for (int from = 0; from < ids.size(); from += ID_CHUNK) {
			Map<String, Object> chunk = new HashMap<>(parameters);
			chunk.put("ids", ids.subList(from, Math.min(from + ID_CHUNK, ids.size())));
			Result edges = tx.run(queries.edgesFromSelected(), chunk);
			while (edges.hasNext()) {
				Record record = edges.next();
				if (selected.contains(record.get("target").asString())) {
					writer.edge(edge(record));
				}
			}
		}
	}

	private static ExportEdge edge(Record record) {
		GraphEdge edge = GraphValues.edge(record.get("r").asRelationship(), record.get("source").asString(),
				record.get("target").asString());
		return ExportEdge.of(edge, plain(record, "sourceDate"), plain(record, "sourceStatus"),
				plain(record, "targetDate"), plain(record, "targetStatus"),
				record.get("quotes").asList(Value::asString));
	}

	private static @Nullable Object plain(Record record, String key) {
		return GraphValues.plain(record.get(key));
	}

	/**
	 * The Cypher of a streamed export. Conditions are fixed fragments picked by which
	 * filters are set; labels, types and dates are parameters, relationship types the
	 * whitelisted enum names.
	 */
	private record Queries(ExportRequest request) {

		private static final String EDGE_RETURN = """
				CALL (r) {
				  UNWIND coalesce(r.mentionIds, []) AS mentionId
				  MATCH (m:Mention {id: mentionId})
				  RETURN collect(m.quote) AS quotes
				}
				RETURN r, a.id AS source, b.id AS target,
				       CASE WHEN a:Event OR a:Claim THEN a.date END AS sourceDate,
				       CASE WHEN a:Event THEN a.status END AS sourceStatus,
				       CASE WHEN b:Event OR b:Claim THEN b.date END AS targetDate,
				       CASE WHEN b:Event THEN b.status END AS targetStatus,
				       quotes""";

		String allNodes() {
			return "MATCH (n:Node) WHERE " + and(labelConditions("n")) + " RETURN n";
		}

		String allEdges() {
			List<String> conditions = new ArrayList<>(labelConditions("a"));
			conditions.addAll(labelConditions("b"));
			conditions.addAll(relationshipConditions());
			return "MATCH (a:Node)-[r:" + RelationshipType.cypherAlternation(this.request.types())
					+ "]->(b:Node)\nWHERE " + and(conditions) + "\n" + EDGE_RETURN;
		}

		/**
		 * The events and claims in the selection, the nodes linked to them, the places
		 * above those, and the sources of their mentions.
		 */
		String selectedNodes() {
			return """
					CALL () {
					  MATCH (x:Event) WHERE %s RETURN x
					  UNION
					  MATCH (x:Claim) WHERE %s RETURN x
					}
					CALL (x) {
					  RETURN x AS n
					  UNION
					  MATCH (x)--(n) WHERE NOT (n:Event OR n:Claim) RETURN n
					  UNION
					  MATCH (x)--(:Place)-[:LOCATED_IN]->+(n:Place) RETURN n
					  UNION
					  MATCH (x)-[:EVIDENCED_BY]->(:Mention)-[:IN_SOURCE]->(n:Source) RETURN n
					}
					WITH DISTINCT n WHERE %s
					RETURN n""".formatted(event("x"), claim("x"), and(labelConditions("n")));
		}

		/** The relationships that leave the given selected nodes. */
		String edgesFromSelected() {
			return "UNWIND $ids AS id\nMATCH (a:Node {id: id})-[r:"
					+ RelationshipType.cypherAlternation(this.request.types()) + "]->(b:Node)\nWHERE "
					+ and(relationshipConditions()) + "\n" + EDGE_RETURN;
		}

		private List<String> relationshipConditions() {
			List<String> conditions = new ArrayList<>();
			conditions.add(dated("r.date", true));
			if (this.request.eventTypes() != null) {
				conditions.add("(r.eventId IS NULL OR EXISTS { MATCH (t:Event {id: r.eventId}) "
						+ "WHERE t.type IN $eventTypes })");
			}
			return conditions;
		}

		private List<String> labelConditions(String variable) {
			List<String> conditions = new ArrayList<>();
			if (!this.request.provenance()) {
				conditions.add("NOT (" + variable + ":Mention OR " + variable + ":Source)");
			}
			if (this.request.kinds() != null) {
				conditions.add("any(label IN labels(" + variable + ") WHERE label IN $kinds)");
			}
			return conditions;
		}

		private String event(String variable) {
			List<String> conditions = new ArrayList<>();
			conditions.add(dated(variable + ".date", false));
			if (this.request.eventTypes() != null) {
				conditions.add(variable + ".type IN $eventTypes");
			}
			return "(" + and(conditions) + ")";
		}

		private String claim(String variable) {
			List<String> conditions = new ArrayList<>();
			conditions.add(dated(variable + ".date", false));
			if (this.request.eventTypes() != null) {
				conditions.add("EXISTS { MATCH (" + variable + ")-[:ABOUT]->(t:Event) WHERE t.type IN $eventTypes }");
			}
			return "(" + and(conditions) + ")";
		}

		/** In range; an undated value passes only when {@code undatedPasses}. */
		private String dated(String expression, boolean undatedPasses) {
			List<String> conditions = new ArrayList<>();
			if (this.request.from() != null) {
				conditions.add(expression + " >= $from");
			}
			if (this.request.to() != null) {
				conditions.add(expression + " <= $to");
			}
			if (conditions.isEmpty()) {
				return "true";
			}
			String range = String.join(" AND ", conditions);
			return undatedPasses ? "(" + expression + " IS NULL OR (" + range + "))" : "(" + range + ")";
		}

		private static String and(List<String> conditions) {
			return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
		}

	}

}

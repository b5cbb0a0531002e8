package org.conflictgraph.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.conflictgraph.explore.RelationshipType;
import org.conflictgraph.explore.Subgraph;

import org.springframework.stereotype.Component;

/**
 * Reads what an export holds and hands it to a {@link GraphWriter}.
 *
 * <p>
 * The whole graph (or a filtered part) is streamed: one read transaction, a node query,
 * then an edge query, each record written as the driver fetches it in batches, so neither
 * side builds the graph in memory. Only when events and claims select the export (a date
 * range or event types) are the ids of the selected nodes kept, to drop edges that lead
 * out of the selection. An export around a node is a neighbourhood, bounded by its limit.
 */
@Component
class GraphExportReader {

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
			Set<String> selected = request.selectsActivity() ? new HashSet<>() : null;
			writer.begin();
			if (format.needsNodes() || selected != null) {
				Result nodes = tx.run(queries.nodes(), parameters);
				while (nodes.hasNext()) {
					GraphNode node = GraphValues.node(nodes.next().get("n").asNode());
					if (selected != null) {
						selected.add(node.id());
					}
					if (format.needsNodes()) {
						writer.node(node);
					}
				}
			}
			writer.beginEdges();
			if (format.needsEdges()) {
				Result edges = tx.run(queries.edges(), parameters);
				while (edges.hasNext()) {
					Record record = edges.next();
					String source = record.get("source").asString();
					String target = record.get("target").asString();
					if (selected != null && !(selected.contains(source) && selected.contains(target))) {
						continue;
					}
					GraphEdge edge = GraphValues.edge(record.get("r").asRelationship(), source, target);
					writer.edge(ExportEdge.of(edge, plain(record, "sourceDate"), plain(record, "sourceStatus"),
							plain(record, "targetDate"), plain(record, "targetStatus"),
							record.get("quotes").asList(Value::asString)));
				}
			}
			writer.end();
			tx.commit();
		}
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

		String nodes() {
			List<String> conditions = new ArrayList<>(labelConditions("n"));
			if (this.request.selectsActivity()) {
				conditions
					.add("""
							CASE
							  WHEN n:Event THEN %1$s
							  WHEN n:Claim THEN %2$s
							  WHEN n:Source THEN EXISTS { MATCH (n)<-[:IN_SOURCE]-(:Mention)<-[:EVIDENCED_BY]-(x) WHERE %3$s }
							  ELSE EXISTS { MATCH (n)--(x) WHERE %3$s }
							    OR (n:Place AND EXISTS { MATCH (n)<-[:LOCATED_IN]-+(:Place)--(x) WHERE %3$s })
							END"""
						.formatted(event("n"), claim("n"),
								"(x:Event AND " + event("x") + ") OR (x:Claim AND " + claim("x") + ")"));
			}
			return "MATCH (n:Node) WHERE " + and(conditions) + " RETURN n";
		}

		String edges() {
			List<String> conditions = new ArrayList<>(labelConditions("a"));
			conditions.addAll(labelConditions("b"));
			conditions.add(dated("r.date", true));
			if (this.request.eventTypes() != null) {
				conditions.add("(r.eventId IS NULL OR EXISTS { MATCH (t:Event {id: r.eventId}) "
						+ "WHERE t.type IN $eventTypes })");
			}
			return """
					MATCH (a:Node)-[r:%s]->(b:Node)
					WHERE %s
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
					       quotes""".formatted(RelationshipType.cypherAlternation(this.request.types()),
					and(conditions));
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

package org.conflictgraph.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictgraph.graph.RelationshipType;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.conflictgraph.shared.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subgraph around a node, expanded breadth first, one query per level.
 *
 * <p>
 * Hubs are the reason for the shape of the level query: a node with thousands of
 * relationships contributes at most {@code edgesPerNode} of them. They are picked round
 * robin over the relationship types (so the one {@code PART_OF} of an actor with three
 * thousand claims is not crowded out), newest first within a type: the date of a
 * relationship is its own {@code date}, else that of the event or claim at either end.
 * Undated relationships of a type come first, then by neighbour id, so the choice is
 * deterministic. The node then appears in {@link Subgraph#truncatedNodeIds()}.
 */
@Component
public class Neighborhoods {

	static final String LEVEL_QUERY = """
			UNWIND range(0, size($frontier) - 1) AS position
			MATCH (n:Node {id: $frontier[position]})
			CALL (n) {
			  MATCH (n)-[r:%s]-(m:Node)
			  WHERE ($kinds IS NULL OR any(label IN labels(m) WHERE label IN $kinds))
			    AND (r.date IS NULL OR (($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to)))
			    AND (NOT (m:Event OR m:Claim) OR m.date IS NULL
			         OR (($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)))
			  WITH r, m, coalesce(r.date, CASE WHEN m:Event OR m:Claim THEN m.date END,
			                      CASE WHEN n:Event OR n:Claim THEN n.date END) AS date
			  ORDER BY date DESC, m.id, r.id
			  WITH type(r) AS type, collect({r: r, m: m, date: date}) AS items
			  WITH collect({type: type, items: items[..$perNode], count: size(items)}) AS groups
			  CALL (groups) {
			    UNWIND groups AS g
			    UNWIND range(0, size(g.items) - 1) AS rank
			    WITH rank, g.type AS type, g.items[rank] AS item
			    ORDER BY rank, item.date DESC, type
			    RETURN collect(item)[..$perNode] AS picked
			  }
			  RETURN reduce(total = 0, g IN groups | total + g.count) AS available, picked
			}
			RETURN position, n.id AS id, available,
			       [x IN picked | {rel: x.r, source: startNode(x.r).id, target: endNode(x.r).id, node: x.m}] AS picked""";

	private final Neo4jClient neo4j;

	private final ExploreProperties properties;

	Neighborhoods(Neo4jClient neo4j, ExploreProperties properties) {
		this.neo4j = neo4j;
		this.properties = properties;
	}

	/**
	 * The neighbourhood of {@code request.id()}.
	 * @throws NotFoundException when no node has that id
	 */
	@Transactional(readOnly = true)
	public Subgraph around(NeighborhoodRequest request) {
		GraphNode start = node(request.id());
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		nodes.put(start.id(), start);
		Map<String, GraphEdge> edges = new LinkedHashMap<>();
		Set<String> truncatedAt = new LinkedHashSet<>();
		boolean truncated = false;
		String query = LEVEL_QUERY.formatted(RelationshipType.cypherAlternation(request.types()));
		List<String> frontier = List.of(start.id());
		for (int level = 1; level <= request.depth() && !frontier.isEmpty(); level++) {
			if (nodes.size() >= request.limit()) {
				// Full: the frontier's relationships were not looked at.
				truncated = true;
				break;
			}
			List<String> next = new ArrayList<>();
			for (Expansion expansion : expand(query, frontier, request)) {
				if (expansion.available() > expansion.picked().size()) {
					truncatedAt.add(expansion.id());
				}
				for (Step step : expansion.picked()) {
					GraphNode neighbour = step.node();
					if (!nodes.containsKey(neighbour.id())) {
						if (nodes.size() >= request.limit()) {
							truncatedAt.add(expansion.id());
							continue;
						}
						nodes.put(neighbour.id(), neighbour);
						next.add(neighbour.id());
					}
					edges.putIfAbsent(step.edge().id(), step.edge());
				}
			}
			frontier = next;
		}
		truncated = truncated || !truncatedAt.isEmpty();
		return new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges.values()), truncated,
				List.copyOf(truncatedAt));
	}

	GraphNode node(String id) {
		return this.neo4j.query("MATCH (n:Node {id: $id}) RETURN n")
			.bind(id)
			.to("id")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> GraphValues.node(record.get("n").asNode()))
			.one()
			.orElseThrow(() -> new NotFoundException("No node with id '" + id + "'"));
	}

	private List<Expansion> expand(String query, List<String> frontier, NeighborhoodRequest request) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("frontier", frontier);
		parameters.put("kinds", request.kinds());
		parameters.put("from", request.from());
		parameters.put("to", request.to());
		parameters.put("perNode", this.properties.neighborhood().edgesPerNode());
		List<Expansion> expansions = new ArrayList<>(this.neo4j.query(query)
			.bindAll(parameters)
			.fetchAs(Expansion.class)
			.mappedBy((types, record) -> expansion(record))
			.all());
		expansions.sort(Comparator.comparingInt(Expansion::position));
		return expansions;
	}

	private static Expansion expansion(Record record) {
		List<Step> picked = record.get("picked").asList((Value item) -> {
			GraphEdge edge = GraphValues.edge(item.get("rel").asRelationship(), item.get("source").asString(),
					item.get("target").asString());
			return new Step(edge, GraphValues.node(item.get("node").asNode()));
		});
		return new Expansion(record.get("position").asInt(), record.get("id").asString(),
				record.get("available").asInt(), picked);
	}

	private record Expansion(int position, String id, int available, List<Step> picked) {
	}

	private record Step(GraphEdge edge, GraphNode node) {
	}

}

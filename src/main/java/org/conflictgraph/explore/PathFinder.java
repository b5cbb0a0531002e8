package org.conflictgraph.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.conflictgraph.graph.RelationshipType;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.conflictgraph.shared.InvalidInputException;
import org.conflictgraph.shared.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shortest paths between two nodes and small subgraphs connecting several.
 *
 * <p>
 * Relationship types and the hop limit are part of the pattern text because Cypher does
 * not take them as parameters; the types come from {@link RelationshipType} constants
 * only and the hop limit is an integer checked against a range.
 */
@Component
class PathFinder {

	static final String SHORTEST_PATHS = """
			MATCH (a:Node {id: $fromId}), (b:Node {id: $toId})
			MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
			RETURN nodes(p) AS nodes,
			       [r IN relationships(p) | {rel: r, source: startNode(r).id, target: endNode(r).id}] AS rels
			LIMIT $limit""";

	static final String PAIRWISE_SHORTEST_PATHS = """
			UNWIND $pairs AS pair
			MATCH (a:Node {id: pair[0]}), (b:Node {id: pair[1]})
			OPTIONAL MATCH p = shortestPath((a)-[:%s*..%d]-(b))
			RETURN pair[0] AS fromId, pair[1] AS toId, nodes(p) AS nodes,
			       [r IN relationships(p) | {rel: r, source: startNode(r).id, target: endNode(r).id}] AS rels""";

	private final Neo4jClient neo4j;

	private final ExploreProperties.Paths limits;

	PathFinder(Neo4jClient neo4j, ExploreProperties properties) {
		this.neo4j = neo4j;
		this.limits = properties.paths();
	}

	/**
	 * All shortest paths from one node to another, up to {@code limit} of them.
	 */
	@Transactional(readOnly = true)
	PathSearch paths(String fromId, String toId, @Nullable Integer maxHops, @Nullable List<String> relationshipTypes,
			boolean excludeProvenance, @Nullable Integer limit) {
		if (fromId.equals(toId)) {
			throw new InvalidInputException("fromId and toId are the same node: a path needs two");
		}
		int hops = hops(maxHops);
		int max = (limit != null) ? limit : 10;
		if (max < 1 || max > this.limits.maxPaths()) {
			throw new InvalidInputException("limit must be between 1 and " + this.limits.maxPaths() + ", was " + max);
		}
		Set<RelationshipType> types = types(relationshipTypes, excludeProvenance);
		existing(List.of(fromId, toId));
		String query = SHORTEST_PATHS.formatted(RelationshipType.cypherAlternation(types), hops);
		List<GraphPath> paths = new ArrayList<>(this.neo4j.query(query)
			.bindAll(Map.of("fromId", fromId, "toId", toId, "limit", max + 1))
			.fetchAs(GraphPath.class)
			.mappedBy((typeSystem, record) -> path(record))
			.all());
		paths.sort(Comparator.comparing(PathFinder::sortKey));
		boolean truncated = paths.size() > max;
		List<GraphPath> result = truncated ? paths.subList(0, max) : paths;
		return new PathSearch(List.copyOf(result), result.isEmpty() ? null : result.get(0).length(), truncated);
	}

	/**
	 * A small subgraph connecting the given nodes: the Kou-Markowsky-Berman approximation
	 * of a Steiner tree. The shortest path between every pair of them forms a complete
	 * graph weighted by path length; the minimum spanning tree of that graph picks the
	 * paths to keep; their union, reduced to a spanning tree and with leaves that are not
	 * among the given nodes pruned, is the answer. At most twice the size of the smallest
	 * tree; in practice usually the smallest. Nodes that cannot be reached within the hop
	 * limit end up in separate groups.
	 */
	@Transactional(readOnly = true)
	Connections connections(List<String> ids, @Nullable Integer maxHops, @Nullable List<String> relationshipTypes,
			boolean excludeProvenance) {
		List<String> terminals = List.copyOf(new LinkedHashSet<>(ids));
		if (terminals.size() < 2 || terminals.size() > this.limits.maxTerminals()) {
			throw new InvalidInputException("ids must name between 2 and " + this.limits.maxTerminals()
					+ " different nodes, named " + terminals.size());
		}
		int hops = hops(maxHops);
		Set<RelationshipType> types = types(relationshipTypes, excludeProvenance);
		List<GraphNode> terminalNodes = existing(terminals);
		List<List<String>> pairs = new ArrayList<>();
		for (int i = 0; i < terminals.size(); i++) {
			for (int j = i + 1; j < terminals.size(); j++) {
				pairs.add(List.of(terminals.get(i), terminals.get(j)));
			}
		}
		String query = PAIRWISE_SHORTEST_PATHS.formatted(RelationshipType.cypherAlternation(types), hops);
		Collection<PairPath> found = this.neo4j.query(query)
			.bind(pairs)
			.to("pairs")
			.fetchAs(PairPath.class)
			.mappedBy((typeSystem, record) -> new PairPath(record.get("fromId").asString(),
					record.get("toId").asString(), record.get("nodes").isNull() ? null : path(record)))
			.all();
		return steinerTree(terminalNodes, pairs, found);
	}

	private static Connections steinerTree(List<GraphNode> terminalNodes, List<List<String>> pairs,
			Collection<PairPath> found) {
		List<String> terminals = terminalNodes.stream().map(GraphNode::id).toList();
		Map<List<String>, GraphPath> pathByPair = new HashMap<>();
		for (PairPath pair : found) {
			if (pair.path() != null) {
				pathByPair.put(List.of(pair.fromId(), pair.toId()), pair.path());
			}
		}
		// The metric closure over the given nodes, edges added in a fixed order so that
		// ties break the same way every time.
		SimpleWeightedGraph<String, DefaultWeightedEdge> closure = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		terminals.forEach(closure::addVertex);
		Map<DefaultWeightedEdge, GraphPath> closurePaths = new HashMap<>();
		for (List<String> pair : pairs) {
			GraphPath path = pathByPair.get(pair);
			if (path != null) {
				DefaultWeightedEdge edge = closure.addEdge(pair.get(0), pair.get(1));
				closure.setEdgeWeight(edge, path.length());
				closurePaths.put(edge, path);
			}
		}
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		Map<String, GraphEdge> edges = new LinkedHashMap<>();
		Graph<String, String> union = new Pseudograph<>(String.class);
		terminals.forEach(union::addVertex);
		for (DefaultWeightedEdge chosen : new KruskalMinimumSpanningTree<>(closure).getSpanningTree()) {
			GraphPath path = closurePaths.get(chosen);
			path.nodes().forEach((node) -> {
				nodes.putIfAbsent(node.id(), node);
				union.addVertex(node.id());
			});
			for (GraphEdge edge : path.edges()) {
				if (edges.putIfAbsent(edge.id(), edge) == null) {
					union.addEdge(edge.source(), edge.target(), edge.id());
				}
			}
		}
		// Paths that share nodes can close cycles: keep a spanning tree of the union,
		// then prune leaves that are not among the given nodes.
		Set<String> treeEdges = new LinkedHashSet<>(
				new KruskalMinimumSpanningTree<>(union).getSpanningTree().getEdges());
		for (String edge : List.copyOf(union.edgeSet())) {
			if (!treeEdges.contains(edge)) {
				union.removeEdge(edge);
			}
		}
		Set<String> terminalSet = Set.copyOf(terminals);
		boolean pruned = true;
		while (pruned) {
			pruned = false;
			for (String vertex : List.copyOf(union.vertexSet())) {
				if (!terminalSet.contains(vertex) && union.degreeOf(vertex) <= 1) {
					union.removeVertex(vertex);
					pruned = true;
				}
			}
		}
		// A given node connected to none of the others still belongs to the answer.
		List<GraphNode> keptNodes = new ArrayList<>(terminalNodes);
		nodes.values()
			.stream()
			.filter((node) -> union.containsVertex(node.id()) && !terminalSet.contains(node.id()))
			.forEach(keptNodes::add);
		List<GraphEdge> keptEdges = edges.values().stream().filter((edge) -> union.containsEdge(edge.id())).toList();
		ConnectivityInspector<String, String> inspector = new ConnectivityInspector<>(union);
		Map<Set<String>, List<String>> groups = new LinkedHashMap<>();
		for (String terminal : terminals) {
			groups.computeIfAbsent(inspector.connectedSetOf(terminal), (set) -> new ArrayList<>()).add(terminal);
		}
		return new Connections(keptNodes, keptEdges, groups.values().stream().map(List::copyOf).toList());
	}

	private int hops(@Nullable Integer maxHops) {
		int hops = (maxHops != null) ? maxHops : 6;
		if (hops < 1 || hops > this.limits.maxHops()) {
			throw new InvalidInputException("maxHops must be between 1 and " + this.limits.maxHops() + ", was " + hops);
		}
		return hops;
	}

	private static Set<RelationshipType> types(@Nullable List<String> names, boolean excludeProvenance) {
		Set<RelationshipType> types = RelationshipType.parse(names,
				excludeProvenance ? RelationshipType.facts() : RelationshipType.all());
		if (excludeProvenance) {
			List<String> provenance = types.stream().filter(RelationshipType::provenance).map(Enum::name).toList();
			if (!provenance.isEmpty()) {
				throw new InvalidInputException("relationshipTypes names provenance types " + provenance
						+ " while excludeProvenance is true: set excludeProvenance to false to follow them");
			}
		}
		return types;
	}

	/**
	 * The nodes with these ids, in the same order.
	 * @throws NotFoundException naming every id that no node has
	 */
	private List<GraphNode> existing(List<String> ids) {
		Collection<NodeLookup> found = this.neo4j.query("""
				UNWIND $ids AS id
				OPTIONAL MATCH (n:Node {id: id})
				RETURN id, n""")
			.bind(ids)
			.to("ids")
			.fetchAs(NodeLookup.class)
			.mappedBy((typeSystem, record) -> new NodeLookup(record.get("id").asString(),
					record.get("n").isNull() ? null : GraphValues.node(record.get("n").asNode())))
			.all();
		List<String> missing = found.stream().filter((lookup) -> lookup.node() == null).map(NodeLookup::id).toList();
		if (!missing.isEmpty()) {
			throw new NotFoundException("No node with id "
					+ missing.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(", ")));
		}
		Map<String, GraphNode> byId = new HashMap<>();
		found.forEach((lookup) -> byId.put(lookup.id(), lookup.node()));
		return ids.stream().map(byId::get).toList();
	}

	private static GraphPath path(Record record) {
		List<GraphNode> nodes = record.get("nodes").asList((Value value) -> GraphValues.node(value.asNode()));
		List<GraphEdge> edges = record.get("rels")
			.asList((Value item) -> GraphValues.edge(item.get("rel").asRelationship(), item.get("source").asString(),
					item.get("target").asString()));
		List<PathStep> steps = new ArrayList<>(edges.size());
		for (int i = 0; i < edges.size(); i++) {
			GraphNode from = nodes.get(i);
			GraphEdge edge = edges.get(i);
			steps.add(new PathStep(from, edge, nodes.get(i + 1), edge.source().equals(from.id())));
		}
		return new GraphPath(nodes, edges, steps);
	}

	private static String sortKey(GraphPath path) {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < path.edges().size(); i++) {
			key.append(path.nodes().get(i).id()).append('\u0000').append(path.edges().get(i).id()).append('\u0000');
		}
		return key.toString();
	}

	private record PairPath(String fromId, String toId, @Nullable GraphPath path) {
	}

	private record NodeLookup(String id, @Nullable GraphNode node) {
	}

}

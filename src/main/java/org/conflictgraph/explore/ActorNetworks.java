package org.conflictgraph.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.conflictgraph.graph.NodeKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.explore.ActorNetwork.NetworkActor;
import org.conflictgraph.explore.ActorNetwork.NetworkCommunity;
import org.conflictgraph.explore.ActorNetwork.NetworkLink;
import org.conflictgraph.shared.InvalidInputException;
import org.conflictgraph.shared.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network metrics on the actor network, computed in memory with JGraphT over the links
 * that Cypher aggregates for the selection.
 *
 * <p>
 * Costs for n actors and m links: reading the links is one aggregation query per link
 * kind over the selected events, claims and relationships; degree is O(m); PageRank O(m)
 * per iteration (at most 100); betweenness (JGraphT's Brandes) about n·(n + m), so it is
 * left out above {@code maxBetweennessActors} actors or {@code maxBetweennessWork} steps;
 * communities (JGraphT's greedy modularity, Clauset-Newman-Moore) take roughly quadratic
 * time in the size of a connected component, so they are looked for only when no
 * component exceeds {@code maxCommunityActors}. Memory is O(n + m). A selection above
 * {@code maxActors} actors or {@code maxLinks} links is refused.
 */
@Component
class ActorNetworks {

	private static final Log logger = LogFactory.getLog(ActorNetworks.class);

	private static final double DAMPING = 0.85;

	private static final int COMMUNITY_MEMBERS_SHOWN = 100;

	private static final int COMMUNITIES_SHOWN = 50;

	private final Neo4jClient neo4j;

	private final ExploreProperties.Network limits;

	ActorNetworks(Neo4jClient neo4j, ExploreProperties properties) {
		this.neo4j = neo4j;
		this.limits = properties.network();
	}

	@Transactional(readOnly = true)
	ActorNetwork measure(ActorNetworkFilter filter, NetworkMetric orderBy, int first) {
		long started = System.nanoTime();
		if (first < 1 || first > this.limits.maxFirst()) {
			throw new InvalidInputException("first must be between 1 and " + this.limits.maxFirst() + ", was " + first);
		}
		NeighborhoodRequest.checkRange(filter.dateFrom(), filter.dateTo());
		Selection selection = new Selection(filter.dateFrom() != null, filter.dateTo() != null,
				EventTypes.parse(filter.eventTypes()),
				NodeKind.parse(filter.actorKinds(), "actorKinds",
						Arrays.stream(NodeKind.values()).filter((kind) -> kind.base() == NodeKind.ACTOR).toList()),
				(filter.actorIds() != null) ? List.copyOf(new LinkedHashSet<>(filter.actorIds())) : null);
		if (filter.links() != null && filter.links().isEmpty()) {
			throw new InvalidInputException("links is empty: leave it out to use every kind of link");
		}
		Set<NetworkLinkKind> kinds = (filter.links() != null) ? EnumSet.copyOf(filter.links())
				: EnumSet.allOf(NetworkLinkKind.class);

		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", filter.dateFrom());
		parameters.put("to", filter.dateTo());
		parameters.put("eventTypes", selection.eventTypes());
		parameters.put("actorKinds", selection.actorKinds());
		parameters.put("actorIds", selection.actorIds());
		parameters.put("max", this.limits.maxLinks() + 1);

		Map<List<String>, Link> links = new TreeMap<>(
				Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing((pair) -> pair.get(1)));
		for (NetworkLinkKind kind : kinds) {
			if (kind == NetworkLinkKind.PART_OF) {
				continue;
			}
			read(kind, selection.query(kind), parameters, links);
		}
		if (kinds.contains(NetworkLinkKind.PART_OF)) {
			Set<String> active = actorsOf(links.keySet());
			Map<List<String>, Link> structure = new HashMap<>();
			read(NetworkLinkKind.PART_OF, selection.query(NetworkLinkKind.PART_OF), parameters, structure);
			structure.forEach((pair, link) -> {
				// Undated structure joins an activity-driven selection only among actors
				// already in it; otherwise the whole organisational tree would come
				// along.
				if (!filter.selectsActivity() || selection.actorIds() != null
						|| (active.contains(pair.get(0)) && active.contains(pair.get(1)))) {
					links.computeIfAbsent(pair, (key) -> new Link()).add(NetworkLinkKind.PART_OF, link.weight);
				}
			});
		}
		if (links.size() > this.limits.maxLinks()) {
			throw tooLarge("links", links.size(), this.limits.maxLinks());
		}
		Set<String> actors = new TreeSet<>(actorsOf(links.keySet()));
		if (selection.actorIds() != null) {
			actors.addAll(selectedActors(selection));
		}
		if (actors.size() > this.limits.maxActors()) {
			throw tooLarge("actors", actors.size(), this.limits.maxActors());
		}
		if (orderBy == NetworkMetric.BETWEENNESS && !betweennessAffordable(actors.size(), links.size())) {
			throw new InvalidInputException("The selection holds " + actors.size() + " actors and " + links.size()
					+ " links; betweenness is computed up to " + this.limits.maxBetweennessActors()
					+ " actors and up to " + this.limits.maxBetweennessWork()
					+ " for actors x (actors + links). Narrow the filter or order by another metric.");
		}
		if (actors.isEmpty()) {
			return new ActorNetwork(0, 0, null, true, true, List.of(), List.of(), List.of());
		}
		long read = System.nanoTime();
		ActorNetwork network = compute(actors, links, orderBy, first);
		if (logger.isDebugEnabled()) {
			logger.debug("Actor network of %d actors and %d links: read in %d ms, measured in %d ms".formatted(
					actors.size(), links.size(), (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000));
		}
		return network;
	}

	/**
	 * The given actor ids that pass the kind filter.
	 * @throws NotFoundException naming the ids that are no actor
	 */
	private List<String> selectedActors(Selection selection) {
		List<String> ids = Objects.requireNonNull(selection.actorIds());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actorIds", ids);
		parameters.put("actorKinds", selection.actorKinds());
		Map<String, Boolean> found = new HashMap<>();
		this.neo4j.query("""
				UNWIND $actorIds AS id
				MATCH (a:Actor {id: id})
				RETURN a.id AS id, $actorKinds IS NULL OR any(label IN labels(a) WHERE label IN $actorKinds) AS kept""")
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach((row) -> found.put((String) row.get("id"), (Boolean) row.get("kept")));
		List<String> missing = ids.stream().filter((id) -> !found.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			throw new NotFoundException("No actor with id "
					+ missing.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(", ")));
		}
		return ids.stream().filter(found::get).toList();
	}

	private ActorNetwork compute(Set<String> actors, Map<List<String>, Link> links, NetworkMetric orderBy, int first) {
		SimpleWeightedGraph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		actors.forEach(graph::addVertex);
		links.forEach((pair, link) -> graph.setEdgeWeight(graph.addEdge(pair.get(0), pair.get(1)), link.weight));
		Graph<String, DefaultWeightedEdge> unweighted = new AsUnweightedGraph<>(graph);

		Map<String, Double> pageRank = new PageRank<>(graph, DAMPING, 100, 1e-8).getScores();
		boolean betweennessComputed = betweennessAffordable(actors.size(), links.size());
		Map<String, Double> betweenness = betweennessComputed
				? new BetweennessCentrality<>(unweighted, false).getScores() : Map.of();
		List<Set<String>> components = new ConnectivityInspector<>(unweighted).connectedSets();
		boolean communitiesComputed = components.stream()
			.allMatch((component) -> component.size() <= this.limits.maxCommunityActors());
		List<Set<String>> communities = communitiesComputed ? communities(unweighted, components) : List.of();
		Double modularity = (!communitiesComputed || graph.edgeSet().isEmpty()) ? null
				: new UndirectedModularityMeasurer<>(unweighted).modularity(communities);
		Map<String, Integer> communityOf = new HashMap<>();
		for (int i = 0; i < communities.size(); i++) {
			for (String actor : communities.get(i)) {
				communityOf.put(actor, i);
			}
		}

		Comparator<String> order = switch (orderBy) {
			case PAGE_RANK -> Comparator.comparingDouble((String actor) -> pageRank.get(actor));
			case BETWEENNESS -> Comparator.comparingDouble((String actor) -> betweenness.getOrDefault(actor, 0.0));
			case DEGREE -> Comparator.comparingInt((String actor) -> graph.degreeOf(actor));
			case WEIGHTED_DEGREE -> Comparator.comparingDouble((String actor) -> weightedDegree(graph, actor));
		};
		List<String> top = actors.stream()
			.sorted(order.reversed().thenComparing(Comparator.naturalOrder()))
			.limit(first)
			.toList();
		Map<String, GraphNode> nodes = nodes(top);
		List<NetworkActor> ranked = top.stream()
			.map((actor) -> new NetworkActor(nodes.get(actor), graph.degreeOf(actor), weightedDegree(graph, actor),
					betweennessComputed ? betweenness.get(actor) : null, pageRank.get(actor), communityOf.get(actor)))
			.toList();
		Set<String> shown = Set.copyOf(top);
		List<NetworkLink> shownLinks = new ArrayList<>();
		links.forEach((pair, link) -> {
			if (shown.contains(pair.get(0)) && shown.contains(pair.get(1))) {
				shownLinks.add(new NetworkLink(pair.get(0), pair.get(1), link.weight, List.copyOf(link.kinds)));
			}
		});
		List<NetworkCommunity> shownCommunities = new ArrayList<>();
		for (int i = 0; i < Math.min(communities.size(), COMMUNITIES_SHOWN); i++) {
			List<String> members = communities.get(i)
				.stream()
				.sorted(Comparator.comparingDouble((String actor) -> pageRank.get(actor))
					.reversed()
					.thenComparing(Comparator.naturalOrder()))
				.limit(COMMUNITY_MEMBERS_SHOWN)
				.toList();
			shownCommunities.add(new NetworkCommunity(i, communities.get(i).size(), members));
		}
		return new ActorNetwork(actors.size(), links.size(), modularity, betweennessComputed, communitiesComputed,
				ranked, shownLinks, shownCommunities);
	}

	private boolean betweennessAffordable(int actors, int links) {
		return actors <= this.limits.maxBetweennessActors()
				&& (long) actors * (actors + links) <= this.limits.maxBetweennessWork();
	}

	/**
	 * Greedy modularity communities, one connected component at a time: JGraphT's
	 * implementation fails on a graph of several components, and merging across
	 * components never raises modularity anyway. Largest first, ties by the smallest
	 * actor id.
	 */
	private static List<Set<String>> communities(Graph<String, DefaultWeightedEdge> graph,
			List<Set<String>> components) {
		List<Set<String>> communities = new ArrayList<>();
		for (Set<String> component : components) {
			if (component.size() < 3) {
				communities.add(new TreeSet<>(component));
				continue;
			}
			Graph<String, DefaultWeightedEdge> subgraph = new AsSubgraph<>(graph, component);
			for (Set<String> cluster : new GreedyModularityAlgorithm<>(subgraph).getClustering()) {
				communities.add(new TreeSet<>(cluster));
			}
		}
		communities.sort(Comparator.comparingInt((Set<String> community) -> community.size())
			.reversed()
			.thenComparing((community) -> ((TreeSet<String>) community).first()));
		return communities;
	}

	private static double weightedDegree(Graph<String, DefaultWeightedEdge> graph, String actor) {
		double sum = 0;
		for (DefaultWeightedEdge edge : graph.edgesOf(actor)) {
			sum += graph.getEdgeWeight(edge);
		}
		return sum;
	}

	private void read(NetworkLinkKind kind, String query, Map<String, Object> parameters,
			Map<List<String>, Link> links) {
		Collection<RawLink> rows = this.neo4j.query(query)
			.bindAll(parameters)
			.fetchAs(RawLink.class)
			.mappedBy((types, record) -> new RawLink(record.get("a").asString(), record.get("b").asString(),
					record.get("weight").asLong()))
			.all();
		if (rows.size() > this.limits.maxLinks()) {
			throw tooLarge(kind.name() + " links", rows.size(), this.limits.maxLinks());
		}
		for (RawLink row : rows) {
			if (row.a().equals(row.b())) {
				continue;
			}
			List<String> pair = (row.a().compareTo(row.b()) < 0) ? List.of(row.a(), row.b())
					: List.of(row.b(), row.a());
			links.computeIfAbsent(pair, (key) -> new Link()).add(kind, row.weight());
		}
	}

	private Map<String, GraphNode> nodes(List<String> ids) {
		Map<String, GraphNode> nodes = new HashMap<>();
		this.neo4j.query("UNWIND $ids AS id MATCH (n:Actor {id: id}) RETURN n")
			.bind(ids)
			.to("ids")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> GraphValues.node(record.get("n").asNode()))
			.all()
			.forEach((node) -> nodes.put(node.id(), node));
		return nodes;
	}

	private static Set<String> actorsOf(Collection<List<String>> pairs) {
		Set<String> actors = new LinkedHashSet<>();
		pairs.forEach(actors::addAll);
		return actors;
	}

	private static InvalidInputException tooLarge(String what, int count, int limit) {
		return new InvalidInputException("The selection holds " + ((count > limit) ? "more than " + limit : count) + " "
				+ what + ", more than the limit of " + limit
				+ ". Narrow it by date, event type, actor kind or actor ids.");
	}

	private record RawLink(String a, String b, long weight) {
	}

	private static final class Link {

		private final Set<NetworkLinkKind> kinds = EnumSet.noneOf(NetworkLinkKind.class);

		private double weight;

		void add(NetworkLinkKind kind, double weight) {
			this.kinds.add(kind);
			this.weight += weight;
		}

	}

	/**
	 * The Cypher of each link kind for one filter. Conditions are fixed fragments chosen
	 * by which filters are present (so the planner can use the date and type indexes);
	 * every value is a parameter.
	 */
	private record Selection(boolean from, boolean to, @Nullable List<String> eventTypes,
			@Nullable List<String> actorKinds, @Nullable List<String> actorIds) {

		String query(NetworkLinkKind kind) {
			return switch (kind) {
				case SHARED_EVENT -> """
						MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Actor)
						WHERE a.id < b.id AND %s AND %s AND %s
						RETURN a.id AS a, b.id AS b, count(DISTINCT e) AS weight
						LIMIT $max""".formatted(event("e"), actor("a"), actor("b"));
				case CLAIM -> """
						MATCH (k:Claim)-[:CLAIMED_BY]->(a:Actor)
						WHERE %s AND %s
						CALL (k) {
						  %s
						  MATCH (k)-[:ABOUT]->(e:Event)<-[:PARTICIPATED_IN]-(x:Actor)
						  WHERE %s
						  RETURN x
						}
						WITH a, x, k WHERE a <> x AND %s
						RETURN a.id AS a, x.id AS b, count(DISTINCT k) AS weight
						LIMIT $max""".formatted(dated("k.date"), actor("a"),
						(this.eventTypes == null) ? "MATCH (k)-[:ABOUT]->(x:Actor) RETURN x UNION" : "", event("e"),
						actor("x"));
				case ATTACKED -> """
						MATCH (a:Actor)-[r:ATTACKED]->(b:Actor)
						WHERE %s AND %s AND %s AND %s
						RETURN a.id AS a, b.id AS b, count(r) AS weight
						LIMIT $max""".formatted(dated("r.date"), ofEventType("r"), actor("a"), actor("b"));
				case BLAMED -> """
						MATCH (a:Actor)-[r:BLAMED]->(b:Actor)
						WHERE %s AND %s AND %s
						WITH a, b, r, coalesce(r.date,
						       COLLECT { MATCH (k:Claim {id: r.claimId}) RETURN k.date }[0],
						       COLLECT { MATCH (e:Event {id: r.eventId}) RETURN e.date }[0]) AS date
						WHERE %s
						RETURN a.id AS a, b.id AS b, count(r) AS weight
						LIMIT $max""".formatted(ofEventType("r"), actor("a"), actor("b"), dated("date"));
				case PART_OF -> """
						MATCH (a:Actor)-[r:PART_OF]->(b:Actor)
						WHERE %s AND %s
						RETURN a.id AS a, b.id AS b, count(r) AS weight
						LIMIT $max""".formatted(actor("a"), actor("b"));
			};
		}

		private String event(String variable) {
			List<String> conditions = new ArrayList<>();
			conditions.add(dated(variable + ".date"));
			if (this.eventTypes != null) {
				conditions.add(variable + ".type IN $eventTypes");
			}
			return String.join(" AND ", conditions);
		}

		private String dated(String expression) {
			List<String> conditions = new ArrayList<>();
			if (this.from) {
				conditions.add(expression + " >= $from");
			}
			if (this.to) {
				conditions.add(expression + " <= $to");
			}
			return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
		}

		private String ofEventType(String relationship) {
			return (this.eventTypes != null)
					? "EXISTS { MATCH (t:Event {id: " + relationship + ".eventId}) WHERE t.type IN $eventTypes }"
					: "true";
		}

		private String actor(String variable) {
			List<String> conditions = new ArrayList<>();
			if (this.actorKinds != null) {
				conditions.add("any(label IN labels(" + variable + ") WHERE label IN $actorKinds)");
			}
			if (this.actorIds != null) {
				conditions.add(variable + ".id IN $actorIds");
			}
			return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
		}

	}

}

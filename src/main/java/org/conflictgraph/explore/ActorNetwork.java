package org.conflictgraph.explore;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Metrics of the selected actor network.
 *
 * @param actorCount actors in the selection
 * @param linkCount pairs of linked actors in the selection
 * @param modularity the modularity of the communities found; null without links
 * @param betweennessComputed false when the selection was too large for betweenness
 * @param communitiesComputed false when a connected component was too large to look for
 * communities in
 * @param actors the top actors by the requested metric
 * @param links the links among those actors
 * @param communities the largest communities
 */
record ActorNetwork(int actorCount, int linkCount, @Nullable Double modularity, boolean betweennessComputed,
		boolean communitiesComputed, List<NetworkActor> actors, List<NetworkLink> links,
		List<NetworkCommunity> communities) {

	/**
	 * One actor's metrics.
	 *
	 * @param actor the actor
	 * @param degree how many other actors it is linked to
	 * @param weightedDegree the sum of the weights of its links
	 * @param betweenness on how many shortest paths between two other actors it lies
	 * (unweighted, unnormalised; shared paths count fractionally); null when not computed
	 * @param pageRank weighted PageRank, damping 0.85; the values of a network sum to 1
	 * @param community the index of its community in {@link ActorNetwork#communities()}
	 * order (largest first); null when communities were not computed
	 */
	record NetworkActor(GraphNode actor, int degree, double weightedDegree, @Nullable Double betweenness,
			double pageRank, @Nullable Integer community) {
	}

	/**
	 * A link between two actors, undirected.
	 *
	 * @param source the actor with the smaller id
	 * @param target the other actor
	 * @param weight the number of events, claims, attacks, blames and part-of relations
	 * behind it
	 * @param kinds the kinds of link behind it
	 */
	record NetworkLink(String source, String target, double weight, List<NetworkLinkKind> kinds) {
	}

	/**
	 * A community: actors more densely linked among themselves than to the rest.
	 *
	 * @param index its position, largest first
	 * @param size how many actors it holds
	 * @param actorIds its actors, highest PageRank first, at most 100
	 */
	record NetworkCommunity(int index, int size, List<String> actorIds) {
	}

}

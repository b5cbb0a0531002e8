package org.conflictgraph.explore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hard limits that keep the investigators' tools interactive on a large graph.
 *
 * @param neighborhood caps of {@code neighborhood}
 * @param paths caps of {@code paths} and {@code connections}
 * @param network caps of {@code actorNetwork}
 */
@ConfigurationProperties("conflictgraph.explore")
record ExploreProperties(@DefaultValue Neighborhood neighborhood, @DefaultValue Paths paths,
		@DefaultValue Network network) {

	/**
	 * @param maxNodes the largest {@code limit} a client may ask for
	 * @param edgesPerNode how many relationships of one node are followed at most: a hub
	 * with thousands of relationships contributes this many, newest first
	 */
	record Neighborhood(@DefaultValue("1000") int maxNodes, @DefaultValue("50") int edgesPerNode) {
	}

	/**
	 * @param maxHops the largest {@code maxHops} a client may ask for
	 * @param maxPaths the largest {@code limit} of {@code paths}
	 * @param maxTerminals the most ids {@code connections} accepts
	 */
	record Paths(@DefaultValue("8") int maxHops, @DefaultValue("100") int maxPaths,
			@DefaultValue("12") int maxTerminals) {
	}

	/**
	 * @param maxActors the most actors a selection may hold before the request is refused
	 * @param maxLinks the most actor-to-actor links a selection may hold
	 * @param maxBetweennessActors above this many actors betweenness is left out rather
	 * than computed
	 * @param maxBetweennessWork betweenness (JGraphT's Brandes) costs about actors x
	 * (actors + links) steps; above this product it is left out too
	 * @param maxCommunityActors communities (JGraphT's greedy modularity, roughly
	 * quadratic in the size of a connected component) are looked for only when no
	 * connected component holds more actors than this
	 * @param maxFirst the largest {@code first} of {@code actorNetwork}
	 */
	record Network(@DefaultValue("50000") int maxActors, @DefaultValue("1000000") int maxLinks,
			@DefaultValue("5000") int maxBetweennessActors, @DefaultValue("10000000") long maxBetweennessWork,
			@DefaultValue("2000") int maxCommunityActors, @DefaultValue("1000") int maxFirst) {
	}

}

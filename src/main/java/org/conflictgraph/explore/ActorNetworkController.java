package org.conflictgraph.explore;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code actorNetwork}: degree, betweenness, PageRank and communities of actors.
 */
@Controller
class ActorNetworkController {

	private final ActorNetworks networks;

	ActorNetworkController(ActorNetworks networks) {
		this.networks = networks;
	}

	@QueryMapping
	ActorNetwork actorNetwork(@Argument @Nullable ActorNetworkFilter filter, @Argument @Nullable NetworkMetric orderBy,
			@Argument @Nullable Integer first) {
		return this.networks.measure((filter != null) ? filter : ActorNetworkFilter.NONE,
				(orderBy != null) ? orderBy : NetworkMetric.PAGE_RANK, (first != null) ? first : 50);
	}

}

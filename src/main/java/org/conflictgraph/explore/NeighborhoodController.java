package org.conflictgraph.explore;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code neighborhood}: the bounded subgraph around a node.
 */
@Controller
class NeighborhoodController {

	private final Neighborhoods neighborhoods;

	private final ExploreProperties properties;

	NeighborhoodController(Neighborhoods neighborhoods, ExploreProperties properties) {
		this.neighborhoods = neighborhoods;
		this.properties = properties;
	}

	@QueryMapping
	Subgraph neighborhood(@Argument String id, @Argument @Nullable Integer depth,
			@Argument @Nullable List<String> relationshipTypes, @Argument @Nullable List<String> kinds,
			@Argument @Nullable LocalDate dateFrom, @Argument @Nullable LocalDate dateTo,
			@Argument @Nullable Integer limit) {
		return this.neighborhoods.around(NeighborhoodRequest.of(id, depth, relationshipTypes, kinds, dateFrom, dateTo,
				limit, this.properties.neighborhood().maxNodes()));
	}

}

package org.conflictgraph.explore;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code paths} and {@code connections}: how nodes are linked, hop by hop.
 */
@Controller
class PathController {

	private final PathFinder pathFinder;

	PathController(PathFinder pathFinder) {
		this.pathFinder = pathFinder;
	}

	@QueryMapping
	PathSearch paths(@Argument String fromId, @Argument String toId, @Argument @Nullable Integer maxHops,
			@Argument @Nullable List<String> relationshipTypes, @Argument @Nullable Boolean excludeProvenance,
			@Argument @Nullable Integer limit) {
		return this.pathFinder.paths(fromId, toId, maxHops, relationshipTypes, !Boolean.FALSE.equals(excludeProvenance),
				limit);
	}

	@QueryMapping
	Connections connections(@Argument List<String> ids, @Argument @Nullable Integer maxHops,
			@Argument @Nullable List<String> relationshipTypes, @Argument @Nullable Boolean excludeProvenance) {
		return this.pathFinder.connections(ids, maxHops, relationshipTypes, !Boolean.FALSE.equals(excludeProvenance));
	}

}

package org.conflictgraph.place;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.conflictgraph.shared.Batches;
import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.DataLoaders;
import org.conflictgraph.shared.GraphQlLimits;
import org.conflictgraph.shared.ListKey;
import org.conflictgraph.shared.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The {@code Place} type and the place queries.
 */
@Controller
class PlaceController {

	private static final String CHILDREN = "placeChildren";

	private final PlaceQueries queries;

	private final GraphQlLimits limits;

	PlaceController(PlaceQueries queries, GraphQlLimits limits, BatchLoaderRegistry registry) {
		this.queries = queries;
		this.limits = limits;
		registry.<ListKey, List<Place>>forName(CHILDREN)
			.registerMappedBatchLoader((keys, environment) -> Mono
				.fromSupplier(() -> ListKey.load(keys, (ids, first, option) -> queries.children(ids, first))));
	}

	@QueryMapping
	Place place(@Argument String id) {
		return this.queries.place(id).orElseThrow(() -> new NotFoundException("No place with id '" + id + "'"));
	}

	@QueryMapping
	Connection<Place> places(@Argument @Nullable PlaceFilter filter, @Argument PlaceSort sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.queries.places((filter != null) ? filter : PlaceFilter.NONE, sort, this.limits.pageSize(first),
				after);
	}

	@BatchMapping(typeName = "Place")
	Map<Place, List<Location>> locatedIn(List<Place> places) {
		return Batches.lists(places, Place::id, this.queries.locatedIn(Batches.ids(places, Place::id)));
	}

	@BatchMapping
	Map<Place, List<Place>> ancestors(List<Place> places) {
		return Batches.lists(places, Place::id, this.queries.ancestors(Batches.ids(places, Place::id)));
	}

	@SchemaMapping
	CompletableFuture<List<Place>> children(Place place, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return DataLoaders.<ListKey, List<Place>>get(environment, CHILDREN)
			.load(new ListKey(place.id(), this.limits.pageSize(first), null));
	}

}

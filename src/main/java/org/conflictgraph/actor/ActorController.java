package org.conflictgraph.actor;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.conflictgraph.place.Location;
import org.conflictgraph.place.Place;
import org.conflictgraph.shared.Batches;
import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.GraphQlLimits;
import org.conflictgraph.shared.NotFoundException;
import org.conflictgraph.shared.SelectionCompiler;
import org.conflictgraph.source.Source;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Actor} type, its relationships to other actors and places, and the actor
 * queries.
 */
@Controller
class ActorController {

	private final ActorQueries queries;

	private final GraphQlLimits limits;

	private final SelectionCompiler compiler;

	ActorController(ActorQueries queries, GraphQlLimits limits, SelectionCompiler compiler) {
		this.queries = queries;
		this.compiler = compiler;
		this.limits = limits;
	}

	@QueryMapping
	Actor actor(@Argument String id, DataFetchingEnvironment environment) {
		SelectionCompiler.Compilation compilation = this.compiler.begin(environment);
		return ((compilation != null) ? this.queries.actor(id, compilation, environment.getSelectionSet())
				: this.queries.actor(id))
			.orElseThrow(() -> new NotFoundException("No actor with id '" + id + "'"));
	}

	@QueryMapping
	Connection<Actor> actors(@Argument @Nullable ActorFilter filter, @Argument ActorSort sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.queries.actors((filter != null) ? filter : ActorFilter.NONE, sort, this.limits.pageSize(first),
				after);
	}

	@BatchMapping(typeName = "Actor")
	Map<Actor, List<Location>> locatedIn(List<Actor> actors) {
		return Batches.lists(actors, Actor::id, this.queries.locatedIn(ids(actors)));
	}

	@BatchMapping
	Map<Actor, List<Membership>> partOf(List<Actor> actors) {
		return Batches.lists(actors, Actor::id, this.queries.memberships(ids(actors), true));
	}

	@BatchMapping
	Map<Actor, List<Membership>> members(List<Actor> actors) {
		return Batches.lists(actors, Actor::id, this.queries.memberships(ids(actors), false));
	}

	@BatchMapping
	Map<Actor, List<Position>> positions(List<Actor> actors) {
		return Batches.lists(actors, Actor::id, this.queries.positions(ids(actors), true));
	}

	@BatchMapping(typeName = "Actor", field = "positionHolders")
	Map<Actor, List<Position>> actorPositionHolders(List<Actor> actors) {
		return Batches.lists(actors, Actor::id, this.queries.positions(ids(actors), false));
	}

	@BatchMapping(typeName = "Place", field = "positionHolders")
	Map<Place, List<Position>> placePositionHolders(List<Place> places) {
		return Batches.lists(places, Place::id, this.queries.placePositions(Batches.ids(places, Place::id)));
	}

	@BatchMapping
	Map<Actor, List<Blame>> blames(List<Actor> actors) {
		return Batches.lists(actors, Actor::id, this.queries.blames(ids(actors), true));
	}

	@BatchMapping
	Map<Actor, List<Blame>> blamedBy(List<Actor> actors) {
		return Batches.lists(actors, Actor::id, this.queries.blames(ids(actors), false));
	}

	@BatchMapping
	Map<Actor, List<PossibleIdentity>> possiblySameAs(List<Actor> actors) {
		return Batches.lists(actors, Actor::id, this.queries.possiblySameAs(ids(actors)));
	}

	@BatchMapping(typeName = "Source")
	Map<Source, Actor> publishedBy(List<Source> sources) {
		return Batches.values(sources, Source::id, this.queries.publishers(Batches.ids(sources, Source::id)));
	}

	private static List<String> ids(List<Actor> actors) {
		return Batches.ids(actors, Actor::id);
	}

}

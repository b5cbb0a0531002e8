package org.conflictgraph.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.conflictgraph.actor.Actor;
import org.conflictgraph.actor.Blame;
import org.conflictgraph.actor.ParticipantRole;
import org.conflictgraph.asset.Asset;
import org.conflictgraph.place.Place;
import org.conflictgraph.shared.Batches;
import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.DataLoaders;
import org.conflictgraph.shared.FilterChecks;
import org.conflictgraph.shared.FilteredKey;
import org.conflictgraph.shared.GraphQlLimits;
import org.conflictgraph.shared.ListKey;
import org.conflictgraph.shared.NotFoundException;
import org.conflictgraph.shared.SelectionCompiler;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The {@code Event} type, the relationships of actors, places and assets to events, and
 * the event queries: lists, timelines and counts.
 */
@Controller
class EventController {

	private static final String PARTICIPANTS = "eventParticipants";

	private static final String ACTOR_EVENTS = "actorEvents";

	private static final String ATTACKS_BY = "attacksBy";

	private static final String ATTACKS_ON = "attacksOn";

	private static final String PLACE_EVENTS = "placeEvents";

	private final EventQueries queries;

	private final GraphQlLimits limits;

	private final FilterChecks checks;

	private final SelectionCompiler compiler;

	EventController(EventQueries queries, GraphQlLimits limits, FilterChecks checks, SelectionCompiler compiler,
			BatchLoaderRegistry registry) {
		this.queries = queries;
		this.compiler = compiler;
		this.limits = limits;
		this.checks = checks;
		register(registry, PARTICIPANTS, (ids, first, role) -> queries.participants(ids, role));
		register(registry, ACTOR_EVENTS, queries::actorEvents);
		register(registry, ATTACKS_BY, (ids, first, option) -> queries.attacks(ids, first, true));
		register(registry, ATTACKS_ON, (ids, first, option) -> queries.attacks(ids, first, false));
		registry.<FilteredKey<NestedEventFilter>, List<Event>>forName(PLACE_EVENTS)
			.registerMappedBatchLoader(
					(keys, environment) -> Mono.fromSupplier(() -> FilteredKey.load(keys, queries::placeEvents)));
	}

	private static <V> void register(BatchLoaderRegistry registry, String name, ListKey.Query<V> query) {
		registry.<ListKey, List<V>>forName(name)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> ListKey.load(keys, query)));
	}

	@QueryMapping
	Event event(@Argument String id) {
		return this.queries.event(id).orElseThrow(() -> new NotFoundException("No event with id '" + id + "'"));
	}

	@QueryMapping
	Connection<Event> events(@Argument @Nullable EventFilter filter, @Argument EventSort sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingEnvironment environment) {
		EventFilter checked = (filter != null) ? filter : EventFilter.NONE;
		SelectionCompiler.Compilation compilation = this.compiler.begin(environment);
		List<SelectedField> nodes = new java.util.ArrayList<>(environment.getSelectionSet().getFields("edges/node"));
		nodes.addAll(environment.getSelectionSet().getFields("nodes"));
		if (compilation == null || nodes.size() > 1) {
			// Nodes under two selections would need a record each: the loaders serve
			// both.
			checked.validate(this.checks);
			return this.queries.events(checked, sort, this.limits.pageSize(first), after);
		}
		checked.validateValues("filter");
		Connection<Event> page = this.queries.events(checked, sort, this.limits.pageSize(first), after, compilation,
				nodes.isEmpty() ? null : nodes.get(0).getSelectionSet(),
				environment.getSelectionSet().contains("totalCount"));
		if (page.edges().isEmpty()) {
			// Only an empty page may be empty because an id names nothing.
			checked.ids(this.checks, "filter").check();
		}
		return page;
	}

	@QueryMapping
	Connection<TimelineEntry> timeline(@Argument @Nullable String actor, @Argument @Nullable String place,
			@Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment environment) {
		FilterChecks.Ids ids = this.checks.ids()
			.add("actor", actor, "actor", "Actor")
			.add("place", place, "place", "Place");
		SelectionCompiler.Compilation compilation = this.compiler.begin(environment);
		List<SelectedField> events = new java.util.ArrayList<>();
		for (SelectedField entry : environment.getSelectionSet().getFields("edges/node")) {
			events.addAll(SelectionCompiler.selected(entry, "event"));
		}
		for (SelectedField entry : environment.getSelectionSet().getFields("nodes")) {
			events.addAll(SelectionCompiler.selected(entry, "event"));
		}
		if (events.size() > 1) {
			// Events under two selections would need a record each: every property
			// serves both.
			compilation = null;
		}
		// The ids are checked only for an empty timeline: a row proves them.
		return this.queries.timeline(actor, place, from, to, this.limits.pageSize(first), after, ids::check,
				compilation, events.isEmpty() ? null : events.get(0).getSelectionSet());
	}

	@QueryMapping
	List<EventCount> eventCounts(@Argument EventGrouping groupBy, @Argument @Nullable EventFilter filter) {
		EventFilter checked = (filter != null) ? filter : EventFilter.NONE;
		checked.validateValues("filter");
		List<EventCount> counts = this.queries.counts(groupBy, checked);
		if (counts.isEmpty()) {
			// Only no counts at all may be due to an id that names nothing.
			checked.ids(this.checks, "filter").check();
		}
		return counts;
	}

	@SchemaMapping
	CompletableFuture<List<Participation>> participants(Event event, @Argument @Nullable ParticipantRole role,
			DataFetchingEnvironment environment) {
		return DataLoaders.<ListKey, List<Participation>>get(environment, PARTICIPANTS)
			.load(new ListKey(event.id(), 0, (role != null) ? role.graphValue() : null));
	}

	@BatchMapping
	Map<Event, List<Occurrence>> places(List<Event> events) {
		return Batches.lists(events, Event::id, this.queries.places(ids(events)));
	}

	@BatchMapping
	Map<Event, List<Involvement>> assets(List<Event> events) {
		return Batches.lists(events, Event::id, this.queries.assets(ids(events)));
	}

	@BatchMapping(typeName = "Event", field = "effects")
	Map<Event, List<Effect>> eventEffects(List<Event> events) {
		return Batches.lists(events, Event::id, this.queries.eventEffects(ids(events)));
	}

	@BatchMapping
	Map<Event, Event> partOf(List<Event> events) {
		return Batches.values(events, Event::id, this.queries.partOf(ids(events)));
	}

	@BatchMapping
	Map<Event, List<Event>> subEvents(List<Event> events) {
		return Batches.lists(events, Event::id, this.queries.subEvents(ids(events)));
	}

	@SchemaMapping(typeName = "Actor", field = "events")
	CompletableFuture<List<Participation>> actorEvents(Actor actor, @Argument @Nullable ParticipantRole role,
			@Argument @Nullable Integer first, DataFetchingEnvironment environment) {
		return DataLoaders.<ListKey, List<Participation>>get(environment, ACTOR_EVENTS)
			.load(new ListKey(actor.id(), this.limits.pageSize(first), (role != null) ? role.graphValue() : null));
	}

	@SchemaMapping(typeName = "Actor", field = "attacks")
	CompletableFuture<List<Attack>> attacks(Actor actor, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return DataLoaders.<ListKey, List<Attack>>get(environment, ATTACKS_BY)
			.load(new ListKey(actor.id(), this.limits.pageSize(first), null));
	}

	@SchemaMapping(typeName = "Actor", field = "attackedBy")
	CompletableFuture<List<Attack>> actorAttackedBy(Actor actor, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return attacksOn(actor.id(), first, environment);
	}

	@SchemaMapping(typeName = "Place", field = "attackedBy")
	CompletableFuture<List<Attack>> placeAttackedBy(Place place, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return attacksOn(place.id(), first, environment);
	}

	private CompletableFuture<List<Attack>> attacksOn(String id, @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return DataLoaders.<ListKey, List<Attack>>get(environment, ATTACKS_ON)
			.load(new ListKey(id, this.limits.pageSize(first), null));
	}

	@SchemaMapping(typeName = "Place", field = "events")
	CompletableFuture<List<Event>> placeEvents(Place place, @Argument @Nullable NestedEventFilter filter,
			@Argument @Nullable Integer first, DataFetchingEnvironment environment) {
		NestedEventFilter checked = (filter != null) ? filter : NestedEventFilter.NONE;
		checked.validate();
		return DataLoaders.<FilteredKey<NestedEventFilter>, List<Event>>get(environment, PLACE_EVENTS)
			.load(new FilteredKey<>(place.id(), this.limits.pageSize(first), checked));
	}

	@BatchMapping(typeName = "Asset")
	Map<Asset, List<Involvement>> involvements(List<Asset> assets) {
		return Batches.lists(assets, Asset::id, this.queries.assetInvolvements(Batches.ids(assets, Asset::id)));
	}

	@BatchMapping(typeName = "Asset", field = "effects")
	Map<Asset, List<Effect>> assetEffects(List<Asset> assets) {
		return Batches.lists(assets, Asset::id, this.queries.assetEffects(Batches.ids(assets, Asset::id)));
	}

	@BatchMapping(typeName = "Blame", field = "event")
	Map<Blame, Event> blameEvent(List<Blame> blames) {
		List<String> ids = blames.stream().map(Blame::eventId).filter(java.util.Objects::nonNull).distinct().toList();
		return Batches.values(blames, Blame::eventId, ids.isEmpty() ? Map.of() : this.queries.events(ids));
	}

	private static List<String> ids(List<Event> events) {
		return Batches.ids(events, Event::id);
	}

}

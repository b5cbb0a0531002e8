package org.conflictgraph.claim;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.conflictgraph.actor.Actor;
import org.conflictgraph.actor.Blame;
import org.conflictgraph.asset.Asset;
import org.conflictgraph.event.Effect;
import org.conflictgraph.event.Event;
import org.conflictgraph.place.Place;
import org.conflictgraph.shared.Batches;
import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.DataLoaders;
import org.conflictgraph.shared.FilterChecks;
import org.conflictgraph.shared.FilteredKey;
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
 * The {@code Claim} type, the claims of actors, events, places and assets, and the claim
 * queries: lists and figure totals.
 */
@Controller
class ClaimController {

	private static final String CLAIMS_BY = "claimsBy";

	private static final String CLAIMS_RELAYED = "claimsRelayed";

	private static final String CLAIMS_ABOUT = "claimsAbout";

	private static final String CLAIMS_BY_ID = "claimsById";

	private final ClaimQueries queries;

	private final GraphQlLimits limits;

	private final FilterChecks checks;

	ClaimController(ClaimQueries queries, GraphQlLimits limits, FilterChecks checks, BatchLoaderRegistry registry) {
		this.queries = queries;
		this.limits = limits;
		this.checks = checks;
		registry.<FilteredKey<NestedClaimFilter>, List<Claim>>forName(CLAIMS_BY)
			.registerMappedBatchLoader(
					(keys, environment) -> Mono.fromSupplier(() -> FilteredKey.load(keys, queries::actorClaims)));
		register(registry, CLAIMS_RELAYED, "(n)<-[:REPORTED_BY]-(c:Claim)");
		register(registry, CLAIMS_ABOUT, "(n)<-[:ABOUT]-(c:Claim)");
		registry.<String, Claim>forName(CLAIMS_BY_ID)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> queries.claims(List.copyOf(ids))));
	}

	private void register(BatchLoaderRegistry registry, String name, String pattern) {
		registry.<ListKey, List<Claim>>forName(name)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(
					() -> ListKey.load(keys, (ids, first, option) -> this.queries.nodeClaims(ids, first, pattern))));
	}

	@QueryMapping
	Claim claim(@Argument String id) {
		return this.queries.claim(id).orElseThrow(() -> new NotFoundException("No claim with id '" + id + "'"));
	}

	@QueryMapping
	Connection<Claim> claims(@Argument @Nullable ClaimFilter filter, @Argument ClaimSort sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		ClaimFilter checked = (filter != null) ? filter : ClaimFilter.NONE;
		checked.validate(this.checks, "filter");
		return this.queries.claims(checked, sort, this.limits.pageSize(first), after);
	}

	@QueryMapping
	List<ClaimTotals> claimTotals(@Argument @Nullable ClaimFilter filter, @Argument ClaimGrouping groupBy) {
		ClaimFilter checked = (filter != null) ? filter : ClaimFilter.NONE;
		checked.validate(this.checks, "filter");
		return this.queries.totals(checked, groupBy);
	}

	@BatchMapping
	Map<Claim, Actor> claimant(List<Claim> claims) {
		return Batches.values(claims, Claim::id, this.queries.claimants(ids(claims)));
	}

	@BatchMapping
	Map<Claim, List<Actor>> reportedBy(List<Claim> claims) {
		return Batches.lists(claims, Claim::id, this.queries.reporters(ids(claims)));
	}

	@BatchMapping
	Map<Claim, List<Object>> about(List<Claim> claims) {
		return Batches.lists(claims, Claim::id, this.queries.subjects(ids(claims)));
	}

	@BatchMapping
	Map<Claim, List<Contradiction>> contradictions(List<Claim> claims) {
		return Batches.lists(claims, Claim::id, this.queries.contradictions(ids(claims)));
	}

	@BatchMapping(typeName = "Event", field = "claims")
	Map<Event, List<Claim>> eventClaims(List<Event> events) {
		return Batches.lists(events, Event::id, this.queries.eventClaims(Batches.ids(events, Event::id)));
	}

	@SchemaMapping(typeName = "Actor", field = "claims")
	CompletableFuture<List<Claim>> actorClaims(Actor actor, @Argument @Nullable NestedClaimFilter filter,
			@Argument @Nullable Integer first, DataFetchingEnvironment environment) {
		NestedClaimFilter checked = (filter != null) ? filter : NestedClaimFilter.NONE;
		this.checks.present("filter.kinds", checked.kinds(), "Claim", "kind");
		return DataLoaders.<FilteredKey<NestedClaimFilter>, List<Claim>>get(environment, CLAIMS_BY)
			.load(new FilteredKey<>(actor.id(), this.limits.pageSize(first), checked));
	}

	@SchemaMapping(typeName = "Actor", field = "reportedClaims")
	CompletableFuture<List<Claim>> reportedClaims(Actor actor, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return load(CLAIMS_RELAYED, actor.id(), first, environment);
	}

	@SchemaMapping(typeName = "Actor", field = "claimsAbout")
	CompletableFuture<List<Claim>> claimsAboutActor(Actor actor, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return load(CLAIMS_ABOUT, actor.id(), first, environment);
	}

	@SchemaMapping(typeName = "Place", field = "claimsAbout")
	CompletableFuture<List<Claim>> claimsAboutPlace(Place place, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return load(CLAIMS_ABOUT, place.id(), first, environment);
	}

	@SchemaMapping(typeName = "Asset", field = "claimsAbout")
	CompletableFuture<List<Claim>> claimsAboutAsset(Asset asset, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return load(CLAIMS_ABOUT, asset.id(), first, environment);
	}

	@SchemaMapping(typeName = "Effect", field = "claim")
	CompletableFuture<@Nullable Claim> effectClaim(Effect effect, DataFetchingEnvironment environment) {
		return byId(effect.claimId(), environment);
	}

	@SchemaMapping(typeName = "Blame", field = "claim")
	CompletableFuture<@Nullable Claim> blameClaim(Blame blame, DataFetchingEnvironment environment) {
		return byId(blame.claimId(), environment);
	}

	private CompletableFuture<@Nullable Claim> byId(@Nullable String id, DataFetchingEnvironment environment) {
		if (id == null) {
			return CompletableFuture.completedFuture(null);
		}
		return DataLoaders.<String, @Nullable Claim>get(environment, CLAIMS_BY_ID).load(id);
	}

	private CompletableFuture<List<Claim>> load(String loader, String id, @Nullable Integer first,
			DataFetchingEnvironment environment) {
		return DataLoaders.<ListKey, List<Claim>>get(environment, loader)
			.load(new ListKey(id, this.limits.pageSize(first), null));
	}

	private static List<String> ids(List<Claim> claims) {
		return Batches.ids(claims, Claim::id);
	}

}

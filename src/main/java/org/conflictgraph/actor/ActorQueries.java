package org.conflictgraph.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.driver.Value;

import org.conflictgraph.place.Location;
import org.conflictgraph.place.Place;
import org.conflictgraph.shared.Compiled;
import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.Cursor;
import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.shared.FullText;
import org.conflictgraph.shared.GraphReader;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.shared.InvalidInputException;
import org.conflictgraph.shared.Keyset;
import org.conflictgraph.shared.ListQuery;
import org.conflictgraph.shared.SelectionCompiler;
import org.conflictgraph.shared.Statement;
import org.conflictgraph.source.Provenance;

import org.springframework.stereotype.Component;

/**
 * Reads actors: by id, as filtered pages, and their relationships to other actors and
 * places for many actors at once.
 */
@Component
class ActorQueries {

	/** The properties of an actor or a place bound to {@code of}, with its labels. */
	private static final String PLACE_OR_ACTOR = "of {.id, .name, .aliases, .description, .country, .location,"
			+ " .locationPrecision, .adminLevel, .countryCode, .geonamesId, labels: labels(of)}";

	private final GraphReader graph;

	ActorQueries(GraphReader graph) {
		this.graph = graph;
	}

	Optional<Actor> actor(String id) {
		return this.graph.one("MATCH (a:Actor {id: $id}) RETURN " + Actor.projection("a") + " AS a", Map.of("id", id),
				(record) -> Actor.from(record.get("a")));
	}

	/**
	 * An actor with its compiled selection: one statement for all the fields it knows.
	 */
	Optional<Actor> actor(String id, SelectionCompiler.Compilation compilation,
			DataFetchingFieldSelectionSet selection) {
		Compiled actor = compilation.node(Actor.LABEL, Cypher.name("a"), selection);
		String projection = compilation.render(actor.expression());
		Map<String, Object> parameters = new java.util.HashMap<>(compilation.parameters());
		parameters.put("id", id);
		return this.graph.one("MATCH (a:Actor {id: $id})\nRETURN " + projection + " AS a", parameters,
				(record) -> (Actor) actor.decoder().decode(record.get("a"), compilation));
	}

	Connection<Actor> actors(ActorFilter filter, ActorSort sort, int first, @Nullable String after) {
		Keyset keyset = keyset(sort);
		Cursor cursor = Cursor.decode(after, keyset.name());
		ListQuery query = query(filter, keyset);
		Statement page = query.page(keyset, cursor, first);
		List<Actor> rows = this.graph.list(page.cypher(), page.parameters(), (record) -> Actor.from(record.get("row")));
		Statement count = query.count();
		return Connection.of(rows, first, cursor, (actor) -> keyset.cursor(actor.name(), actor.id()),
				() -> this.graph.one(count.cypher(), count.parameters(), (record) -> record.get("count").asInt())
					.orElse(0));
	}

	static Keyset keyset(ActorSort sort) {
		return switch (sort) {
			case NAME_ASC -> new Keyset("actor:NAME_ASC", "a.name", "a.id", false, String.class);
			case NAME_DESC -> new Keyset("actor:NAME_DESC", "a.name", "a.id", true, String.class);
		};
	}

	/**
	 * The actors that match the filter, bound to {@code a}. A name (full-text), an event,
	 * a source or a place starts the match, in that order of preference.
	 */
	static ListQuery query(ActorFilter filter, Keyset keyset) {
		// The condition lets the planner read actors in name order and stop early.
		ListQuery query = new ListQuery("a", "MATCH (a:Actor)").where(keyset.key() + " IS NOT NULL")
			.project(Actor.projection("a"));
		if (filter.name() != null) {
			query.anchor(
					"CALL db.index.fulltext.queryNodes('entity_search', $nameQuery) YIELD node AS a\nWITH a WHERE a:Actor",
					null)
				.parameter("nameQuery", FullText.allWordPrefixes(filter.name(), FullText.NAME_FIELDS));
		}
		if (filter.kinds() != null && !filter.kinds().isEmpty()) {
			List<String> tests = new ArrayList<>();
			for (EntityKind kind : filter.kinds()) {
				if (!kind.baseLabel().equals(Actor.LABEL)) {
					throw new InvalidInputException(kind + " is not a kind of actor");
				}
				tests.add("a:" + kind.label());
			}
			query.where("(" + String.join(" OR ", tests) + ")");
		}
		if (filter.countries() != null) {
			query.where("a.country IN $countries").parameter("countries", filter.countries());
		}
		if (filter.role() != null) {
			query.parameter("role", filter.role().graphValue());
		}
		if (filter.event() != null) {
			String role = (filter.role() != null) ? " WHERE participation.role = $role" : "";
			query
				.anchor("MATCH (anchor:Event {id: $event})<-[participation:PARTICIPATED_IN]-(a:Actor)"
						+ " USING INDEX anchor:Event(id)" + role,
						"MATCH (a)-[participation:PARTICIPATED_IN]->(:Event {id: $event})" + role)
				.parameter("event", filter.event());
		}
		else if (filter.role() != null) {
			query.filter("MATCH (a)-[participation:PARTICIPATED_IN]->(:Event) WHERE participation.role = $role");
		}
		if (filter.source() != null) {
			query.anchor(
					"MATCH (m:Mention {sourceId: $source})<-[:EVIDENCED_BY]-(a:Actor) USING INDEX m:Mention(sourceId)",
					"MATCH (a)-[:EVIDENCED_BY]->(:Mention {sourceId: $source})")
				.parameter("source", filter.source());
		}
		if (filter.place() != null) {
			query
				.anchor("MATCH (anchor:Place {id: $place})<-[:LOCATED_IN]-*(:Place)<-[:LOCATED_IN]-(a:Actor)"
						+ " USING INDEX anchor:Place(id)",
						"MATCH (a)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN]->*(:Place {id: $place})")
				.parameter("place", filter.place());
		}
		return query;
	}

	/** The places each node is located in. */
	Map<String, List<Location>> locatedIn(List<String> ids) {
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH (:Actor {id: id})-[r:LOCATED_IN]->(p:Place)
						RETURN id, %s AS p, r%s AS r ORDER BY id, p.name""".formatted(Place.projection("p"),
						Provenance.PROPERTIES),
				Map.of("ids", ids),
				(record) -> new Location(Place.from(record.get("p")), Provenance.from(record.get("r"))));
	}

	/** The actors each actor is part of ({@code outgoing}) or that are part of it. */
	Map<String, List<Membership>> memberships(List<String> ids, boolean outgoing) {
		String pattern = outgoing ? "(a:Actor {id: id})-[r:PART_OF]->(other:Actor)"
				: "(a:Actor {id: id})<-[r:PART_OF]-(other:Actor)";
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH %s
						RETURN id, %s AS a, %s AS other, r%s AS r ORDER BY id, other.name""".formatted(pattern,
						Actor.projection("a"), Actor.projection("other"), Provenance.PROPERTIES),
				Map.of("ids", ids), (record) -> {
					Actor self = Actor.from(record.get("a"));
					Actor other = Actor.from(record.get("other"));
					Provenance provenance = Provenance.from(record.get("r"));
					return outgoing ? new Membership(self, other, provenance) : new Membership(other, self, provenance);
				});
	}

	/**
	 * Positions each person holds ({@code outgoing}), or that people hold in each actor.
	 */
	Map<String, List<Position>> positions(List<String> ids, boolean outgoing) {
		String pattern = outgoing ? "(a:Actor {id: id})-[r:HOLDS_POSITION]->(of)"
				: "(of:Actor {id: id})<-[r:HOLDS_POSITION]-(a:Actor)";
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH %s
				RETURN id, %s AS a, %s AS of, r {.position, .since, .mentionIds, .referenceIds, .referenceNote} AS r
				ORDER BY id, r.since DESC, a.name""".formatted(pattern, Actor.projection("a"), PLACE_OR_ACTOR),
				Map.of("ids", ids), (record) -> {
					Value r = record.get("r");
					return new Position(Actor.from(record.get("a")), GraphValues.string(r, "position"),
							placeOrActor(record.get("of")), GraphValues.date(r, "since"), Provenance.from(r));
				});
	}

	/** Places that people hold positions in, each with the positions. */
	Map<String, List<Position>> placePositions(List<String> ids) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (of:Place {id: id})<-[r:HOLDS_POSITION]-(a:Actor)
				RETURN id, %s AS a, %s AS of, r {.position, .since, .mentionIds, .referenceIds, .referenceNote} AS r
				ORDER BY id, r.since DESC, a.name""".formatted(Actor.projection("a"), Place.projection("of")),
				Map.of("ids", ids), (record) -> {
					Value r = record.get("r");
					return new Position(Actor.from(record.get("a")), GraphValues.string(r, "position"),
							Place.from(record.get("of")), GraphValues.date(r, "since"), Provenance.from(r));
				});
	}

	/** Accusations each actor made ({@code outgoing}) or faced. */
	Map<String, List<Blame>> blames(List<String> ids, boolean outgoing) {
		String pattern = outgoing ? "(a:Actor {id: id})-[r:BLAMED]->(other:Actor)"
				: "(a:Actor {id: id})<-[r:BLAMED]-(other:Actor)";
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH %s
						RETURN id, %s AS a, %s AS other, r {.eventId, .claimId, .mentionIds, .referenceIds, .referenceNote} AS r
						ORDER BY id, other.name, r.eventId"""
					.formatted(pattern, Actor.projection("a"), Actor.projection("other")),
				Map.of("ids", ids), (record) -> {
					Actor self = Actor.from(record.get("a"));
					Actor other = Actor.from(record.get("other"));
					Value r = record.get("r");
					String event = GraphValues.string(r, "eventId");
					String claim = GraphValues.string(r, "claimId");
					return outgoing ? new Blame(self, other, event, claim, Provenance.from(r))
							: new Blame(other, self, event, claim, Provenance.from(r));
				});
	}

	/**
	 * The possible identities of each actor, in both directions, most confident first.
	 */
	Map<String, List<PossibleIdentity>> possiblySameAs(List<String> ids) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (:Actor {id: id})-[r:POSSIBLY_SAME_AS]-(other:Actor)
				RETURN id, %s AS other, r {.confidence, .basis, .mentionIds, .referenceIds, .referenceNote} AS r
				ORDER BY id, r.confidence DESC, other.name""".formatted(Actor.projection("other")), Map.of("ids", ids),
				(record) -> {
					Value r = record.get("r");
					Double confidence = GraphValues.decimal(r, "confidence");
					return new PossibleIdentity(Actor.from(record.get("other")), (confidence != null) ? confidence : 0,
							GraphValues.string(r, "basis"), Provenance.from(r));
				});
	}

	/** The outlet that published each source. */
	Map<String, Actor> publishers(List<String> sourceIds) {
		return this.graph.byId("""
				UNWIND $ids AS id
				MATCH (:Source {id: id})-[:PUBLISHED_BY]->(a:Actor)
				RETURN id, %s AS a""".formatted(Actor.projection("a")), Map.of("ids", sourceIds),
				(record) -> Actor.from(record.get("a")));
	}

	private static Object placeOrActor(Value node) {
		if (GraphValues.labels(node).contains(Place.LABEL)) {
			return Place.from(node);
		}
		return Actor.from(node);
	}

}

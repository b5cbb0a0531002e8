package org.conflictgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.conflictgraph.actor.Actor;
import org.conflictgraph.actor.ParticipantRole;
import org.conflictgraph.asset.Asset;
import org.conflictgraph.graph.RelationshipType;
import org.conflictgraph.place.Place;
import org.conflictgraph.shared.Compiled;
import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.Cursor;
import org.conflictgraph.shared.GraphReader;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.shared.InvalidInputException;
import org.conflictgraph.shared.Keyset;
import org.conflictgraph.shared.ListQuery;
import org.conflictgraph.shared.NearInput;
import org.conflictgraph.shared.SelectionCompiler;
import org.conflictgraph.shared.Statement;
import org.conflictgraph.source.Provenance;

import org.springframework.stereotype.Component;

/**
 * Reads events: by id, as filtered pages and timelines, counted by a key, and their
 * relationships for many events, actors, places or assets at once.
 */
@Component
class EventQueries {

	private static final String EFFECT_TYPES = RelationshipType.cypherAlternation(RelationshipType.effects());

	private static final String RELATION = " {.mentionIds, .referenceIds, .referenceNote, .role, .precision, .eventId, .claimId, .date, .status}";

	private final GraphReader graph;

	EventQueries(GraphReader graph) {
		this.graph = graph;
	}

	Optional<Event> event(String id) {
		return this.graph.one("MATCH (e:Event {id: $id}) RETURN " + Event.projection("e") + " AS e", Map.of("id", id),
				(record) -> Event.from(record.get("e")));
	}

	Map<String, Event> events(List<String> ids) {
		return this.graph.byId(
				"UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN id, " + Event.projection("e") + " AS e",
				Map.of("ids", ids), (record) -> Event.from(record.get("e")));
	}

	Connection<Event> events(EventFilter filter, EventSort sort, int first, @Nullable String after) {
		Keyset keyset = keyset(sort);
		Cursor cursor = Cursor.decode(after, keyset.name());
		ListQuery query = query(filter);
		Statement page = query.page(keyset, cursor, first);
		List<Event> rows = this.graph.list(page.cypher(), page.parameters(), (record) -> Event.from(record.get("row")));
		return Connection.of(rows, first, cursor, (event) -> keyset.cursor(event.date(), event.id()),
				() -> count(query));
	}

	/**
	 * A page of events with their compiled selection: one statement for the page and
	 * every nested field the compilation knows, and with {@code counted} the
	 * {@code totalCount} too.
	 * @param selection the selection of each event, {@code null} for none
	 * @param counted whether the statement counts every matching event
	 */
	Connection<Event> events(EventFilter filter, EventSort sort, int first, @Nullable String after,
			SelectionCompiler.Compilation compilation, @Nullable DataFetchingFieldSelectionSet selection,
			boolean counted) {
		Keyset keyset = keyset(sort);
		Cursor cursor = Cursor.decode(after, keyset.name());
		ListQuery query = query(filter);
		Compiled row = compilation.node(Event.LABEL, Cypher.name("e"), selection);
		Statement page = query.projectedPage(keyset, cursor, first, compilation.render(row.expression()),
				compilation.parameters(), counted);
		int[] total = { -1 };
		List<Event> rows = this.graph.list(page.cypher(), page.parameters(), (record) -> {
			if (counted) {
				total[0] = record.get("totalCount").asInt();
			}
			return (Event) row.decoder().decode(record.get("row"), compilation);
		});
		// An empty page carries no count (nor does a page whose count was not asked for).
		return Connection.of(rows, first, cursor, (event) -> keyset.cursor(event.date(), event.id()),
				() -> (total[0] >= 0) ? total[0] : count(query));
	}

	/**
	 * An actor's or a place's events, oldest first. Whether the actor or place exists is
	 * only asked when there are no events, to tell an empty timeline from an unknown id.
	 * With a compilation, each event is projected on its selection (and its compiled
	 * fields), else on every property its record reads.
	 * @param checkIds throws when the actor or place does not exist
	 * @param compilation the compilation of the timeline's field, {@code null} for none
	 * @param selection the selection of each entry's event, {@code null} for none
	 */
	Connection<TimelineEntry> timeline(@Nullable String actor, @Nullable String place, @Nullable LocalDate from,
			@Nullable LocalDate to, int first, @Nullable String after, Runnable checkIds,
			SelectionCompiler.@Nullable Compilation compilation, @Nullable DataFetchingFieldSelectionSet selection) {
		if ((actor == null) == (place == null)) {
			throw new InvalidInputException("A timeline needs exactly one of actor and place");
		}
		Keyset keyset = keyset(EventSort.DATE_ASC);
		Cursor cursor = Cursor.decode(after, keyset.name());
		EventFilter filter = new EventFilter(null, null, null, from, to, place, null, null, actor, null, null, null);
		ListQuery query = query(filter);
		Compiled row = null;
		if (compilation != null) {
			row = compilation.node(Event.LABEL, Cypher.name("e"), selection);
			query.project(compilation.render(row.expression()));
			compilation.parameters().forEach(query::parameter);
		}
		Compiled compiled = row;
		Statement page = (actor != null)
				? query.page(keyset, cursor, first,
						"[(:Actor {id: $actor})-[r:PARTICIPATED_IN]->(e) | r.role] AS roles")
				: query.page(keyset, cursor, first, "[] AS roles");
		List<TimelineEntry> rows = this.graph.list(page.cypher(), page.parameters(), (record) -> {
			Event event = (compiled != null) ? (Event) compiled.decoder().decode(record.get("row"), compilation)
					: Event.from(record.get("row"));
			List<ParticipantRole> roles = record.get("roles")
				.asList((role) -> ParticipantRole.fromGraph(role.asString()))
				.stream()
				.distinct()
				.sorted()
				.toList();
			return new TimelineEntry(event.date(), event, roles);
		});
		if (rows.isEmpty()) {
			checkIds.run();
		}
		return Connection.of(rows, first, cursor, (entry) -> keyset.cursor(entry.date(), entry.event().id()),
				() -> count(query));
	}

	List<EventCount> counts(EventGrouping grouping, EventFilter filter) {
		Statement rows = query(filter).rows();
		String aggregate = switch (grouping) {
			case TYPE ->
				"RETURN e.type AS key, e.type AS label, count(e) AS count, null AS entity ORDER BY count DESC, key";
			case SUB_TYPE ->
				"""
						WITH e WHERE e.subType IS NOT NULL
						RETURN e.subType AS key, e.subType AS label, count(e) AS count, null AS entity ORDER BY count DESC, key""";
			case STATUS ->
				"RETURN e.status AS key, e.status AS label, count(e) AS count, null AS entity ORDER BY count DESC, key";
			case MONTH -> """
					WITH substring(toString(e.date), 0, 7) AS month, e
					RETURN month AS key, month AS label, count(e) AS count, null AS entity ORDER BY key""";
			case COUNTRY -> """
					MATCH (e)-[:OCCURRED_IN]->(p:Place) WHERE p.countryCode IS NOT NULL
					WITH p.countryCode AS code, count(DISTINCT e) AS count
					RETURN code AS key, code AS label, count, null AS entity ORDER BY count DESC, key""";
			case REGION -> """
					MATCH (e)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN]->*(region:Region)
					WITH region, count(DISTINCT e) AS count
					RETURN region.id AS key, region.name AS label, count, %s AS entity ORDER BY count DESC, key"""
				.formatted(Entities.projection("region"));
			case ACTOR -> """
					MATCH (actor:Actor)-[:PARTICIPATED_IN]->(e)
					WITH actor, count(DISTINCT e) AS count
					RETURN actor.id AS key, actor.name AS label, count, %s AS entity ORDER BY count DESC, key"""
				.formatted(Entities.projection("actor"));
		};
		return this.graph.list(rows.cypher() + "\n" + aggregate, rows.parameters(),
				(record) -> new EventCount(record.get("key").asString(), record.get("label").asString(),
						record.get("count").asInt(),
						record.get("entity").isNull() ? null : Entities.from(record.get("entity"))));
	}

	static Keyset keyset(EventSort sort) {
		return switch (sort) {
			case DATE_DESC -> new Keyset("event:DATE_DESC", "e.date", "e.id", true, LocalDate.class);
			case DATE_ASC -> new Keyset("event:DATE_ASC", "e.date", "e.id", false, LocalDate.class);
		};
	}

	/**
	 * The events that match the filter, bound to {@code e}. A source, an actor, a
	 * claimant, a place or a circle starts the match (in that order of preference);
	 * property conditions are backed by the date, type and status indexes.
	 */
	static ListQuery query(EventFilter filter) {
		ListQuery query = new ListQuery("e", "MATCH (e:Event)").where("e.date IS NOT NULL")
			.project(Event.projection("e"));
		if (filter.from() != null) {
			query.where("e.date >= $from").parameter("from", filter.from());
		}
		if (filter.to() != null) {
			query.where("e.date <= $to").parameter("to", filter.to());
		}
		if (filter.types() != null) {
			query.where("e.type IN $types").parameter("types", filter.types());
		}
		if (filter.subTypes() != null) {
			query.where("e.subType IN $subTypes").parameter("subTypes", filter.subTypes());
		}
		if (filter.statuses() != null) {
			query.where("e.status IN $statuses")
				.parameter("statuses", filter.statuses().stream().map(EventStatus::name).toList());
		}
		if (filter.source() != null) {
			query.anchor(
					"MATCH (m:Mention {sourceId: $source})<-[:EVIDENCED_BY]-(e:Event) USING INDEX m:Mention(sourceId)",
					"MATCH (e)-[:EVIDENCED_BY]->(:Mention {sourceId: $source})")
				.parameter("source", filter.source());
		}
		if (filter.role() != null) {
			query.parameter("role", filter.role().graphValue());
		}
		if (filter.actor() != null) {
			String role = (filter.role() != null) ? " WHERE participation.role = $role" : "";
			query
				.anchor("MATCH (anchor:Actor {id: $actor})-[participation:PARTICIPATED_IN]->(e:Event)"
						+ " USING INDEX anchor:Actor(id)" + role,
						"MATCH (:Actor {id: $actor})-[participation:PARTICIPATED_IN]->(e)" + role)
				.parameter("actor", filter.actor());
		}
		else if (filter.role() != null) {
			query.filter("MATCH (:Actor)-[participation:PARTICIPATED_IN]->(e) WHERE participation.role = $role");
		}
		if (filter.claimant() != null) {
			query
				.anchor("MATCH (anchor:Actor {id: $claimant})<-[:CLAIMED_BY]-(:Claim)-[:ABOUT]->(e:Event)"
						+ " USING INDEX anchor:Actor(id)",
						"MATCH (e)<-[:ABOUT]-(:Claim)-[:CLAIMED_BY]->(:Actor {id: $claimant})")
				.parameter("claimant", filter.claimant());
		}
		if (filter.place() != null) {
			query
				.anchor("MATCH (anchor:Place {id: $place})<-[:LOCATED_IN]-*(:Place)<-[:OCCURRED_IN]-(e:Event)"
						+ " USING INDEX anchor:Place(id)",
						"MATCH (e)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN]->*(:Place {id: $place})")
				.parameter("place", filter.place());
		}
		if (filter.near() != null) {
			NearInput near = filter.near().checked();
			String distance = "point.distance(nearPlace.location, point({latitude: $latitude, longitude: $longitude}))";
			query
				.anchor("MATCH (nearPlace:Place) USING INDEX nearPlace:Place(location) WHERE " + distance
						+ " <= $meters\nMATCH (nearPlace)<-[:OCCURRED_IN]-(e:Event)",
						"MATCH (e)-[:OCCURRED_IN]->(nearPlace:Place) WHERE " + distance + " <= $meters")
				.parameter("latitude", near.latitude())
				.parameter("longitude", near.longitude())
				.parameter("meters", near.meters());
		}
		if (filter.countries() != null) {
			query.filter("MATCH (e)-[:OCCURRED_IN]->(countryPlace:Place) WHERE countryPlace.countryCode IN $countries")
				.parameter("countries", filter.countries());
		}
		return query;
	}

	private int count(ListQuery query) {
		Statement count = query.count();
		return this.graph.one(count.cypher(), count.parameters(), (record) -> record.get("count").asInt()).orElse(0);
	}

	/** Participants of each event, optionally in one role. */
	Map<String, List<Participation>> participants(List<String> ids, @Nullable String role) {
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH (e:Event {id: id})<-[r:PARTICIPATED_IN]-(a:Actor)
						WHERE $role IS NULL OR r.role = $role
						RETURN id, %s AS e, %s AS a, r%s AS r ORDER BY id, r.role, a.name"""
					.formatted(Event.projection("e"), Actor.projection("a"), RELATION),
				parameters(ids, "role", role), (record) -> new Participation(Actor.from(record.get("a")),
						Event.from(record.get("e")), role(record.get("r")), Provenance.from(record.get("r"))));
	}

	/** The events each actor took part in, most recent first, optionally in one role. */
	Map<String, List<Participation>> actorEvents(List<String> ids, int first, @Nullable String role) {
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH (a:Actor {id: id})
						CALL (a) {
						  MATCH (a)-[r:PARTICIPATED_IN]->(e:Event)
						  WHERE $role IS NULL OR r.role = $role
						  RETURN r, e ORDER BY e.date DESC, e.id DESC, r.role LIMIT $first
						}
						RETURN id, %s AS a, %s AS e, r%s AS r""".formatted(Actor.projection("a"), Event.projection("e"),
						RELATION),
				parameters(ids, "role", role, "first", first),
				(record) -> new Participation(Actor.from(record.get("a")), Event.from(record.get("e")),
						role(record.get("r")), Provenance.from(record.get("r"))));
	}

	/** Where each event occurred. */
	Map<String, List<Occurrence>> places(List<String> ids) {
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH (e:Event {id: id})-[r:OCCURRED_IN]->(p:Place)
						RETURN id, %s AS e, %s AS p, r%s AS r ORDER BY id, p.adminLevel DESC, p.name"""
					.formatted(Event.projection("e"), Place.projection("p"), RELATION),
				Map.of("ids", ids), (record) -> new Occurrence(Place.from(record.get("p")), Event.from(record.get("e")),
						GraphValues.string(record.get("r"), "precision"), Provenance.from(record.get("r"))));
	}

	/** The assets each event involved. */
	Map<String, List<Involvement>> assets(List<String> ids) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (e:Event {id: id})-[r:INVOLVED]->(a:Asset)
				RETURN id, %s AS e, %s AS a, r%s AS r ORDER BY id, a.name""".formatted(Event.projection("e"),
				Asset.projection("a"), RELATION), Map.of("ids", ids), EventQueries::involvement);
	}

	/** The events each asset was involved in, most recent first. */
	Map<String, List<Involvement>> assetInvolvements(List<String> ids) {
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH (e:Event)-[r:INVOLVED]->(a:Asset {id: id})
						RETURN id, %s AS e, %s AS a, r%s AS r ORDER BY id, e.date DESC, e.id"""
					.formatted(Event.projection("e"), Asset.projection("a"), RELATION),
				Map.of("ids", ids), EventQueries::involvement);
	}

	private static Involvement involvement(Record record) {
		return new Involvement(Asset.from(record.get("a")), Event.from(record.get("e")),
				GraphValues.string(record.get("r"), "role"), Provenance.from(record.get("r")));
	}

	/**
	 * What each event did: the effects that start at the event, and those of actors that
	 * carry the event's id.
	 */
	Map<String, List<Effect>> eventEffects(List<String> ids) {
		List<String> branches = new ArrayList<>();
		branches.add("MATCH (by:Event {id: id})-[r:" + EFFECT_TYPES + "]->(target) RETURN by, r, target");
		for (EffectAction action : EffectAction.values()) {
			// One branch per type, so that each can use its relationship index on
			// eventId.
			branches.add("MATCH (by)-[r:" + action.name() + "]->(target) WHERE r.eventId = id RETURN by, r, target");
		}
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						CALL (id) {
						  %s
						}
						OPTIONAL MATCH (event:Event {id: id})
						RETURN id, %s AS by, type(r) AS action, r%s AS r, %s AS target, %s AS event
						ORDER BY id, action, target.name""".formatted(String.join("\n  UNION\n  ", branches),
						Entities.projection("by"), RELATION, Entities.projection("target"), Event.projection("event")),
				Map.of("ids", ids), EventQueries::effect);
	}

	/** What was done to each asset. */
	Map<String, List<Effect>> assetEffects(List<String> ids) {
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH (by)-[r:%s]->(target:Asset {id: id})
						OPTIONAL MATCH (event:Event {id: coalesce(r.eventId, CASE WHEN by:Event THEN by.id END)})
						RETURN id, %s AS by, type(r) AS action, r%s AS r, %s AS target, %s AS event
						ORDER BY id, event.date DESC, action""".formatted(EFFECT_TYPES, Entities.projection("by"),
						RELATION, Entities.projection("target"), Event.projection("event")),
				Map.of("ids", ids), EventQueries::effect);
	}

	private static Effect effect(Record record) {
		Value r = record.get("r");
		Value event = record.get("event");
		return new Effect(EffectAction.valueOf(record.get("action").asString()), Entities.from(record.get("by")),
				Entities.from(record.get("target")), event.isNull() ? null : Event.from(event),
				GraphValues.string(r, "claimId"), Provenance.from(r));
	}

	/** The larger event each event is part of. */
	Map<String, Event> partOf(List<String> ids) {
		return this.graph.byId("""
				UNWIND $ids AS id
				MATCH (:Event {id: id})-[:PART_OF]->(parent:Event)
				WITH id, parent ORDER BY parent.date, parent.id
				WITH id, head(collect(parent)) AS parent
				RETURN id, %s AS parent""".formatted(Event.projection("parent")), Map.of("ids", ids),
				(record) -> Event.from(record.get("parent")));
	}

	/** The parts of each event, in date order. */
	Map<String, List<Event>> subEvents(List<String> ids) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (:Event {id: id})<-[:PART_OF]-(part:Event)
				RETURN id, %s AS part ORDER BY id, part.date, part.id""".formatted(Event.projection("part")),
				Map.of("ids", ids), (record) -> Event.from(record.get("part")));
	}

	/**
	 * The attacks by ({@code outgoing}) or on each actor, place or asset, most recent
	 * first.
	 */
	Map<String, List<Attack>> attacks(List<String> ids, int first, boolean outgoing) {
		String pattern = outgoing ? "(n)-[r:ATTACKED]->(other)" : "(n)<-[r:ATTACKED]-(other:Actor)";
		String ends = outgoing
				? Entities.projection("n") + " AS attacker, " + Entities.projection("other") + " AS target"
				: Entities.projection("other") + " AS attacker, " + Entities.projection("n") + " AS target";
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (n:Node {id: id})
				CALL (n) {
				  MATCH %s
				  RETURN r, other ORDER BY r.date DESC, r.eventId DESC LIMIT $first
				}
				OPTIONAL MATCH (event:Event {id: r.eventId})
				RETURN id, %s, %s AS event, r%s AS r""".formatted(pattern, ends, Event.projection("event"), RELATION),
				Map.of("ids", ids, "first", first), (record) -> {
					Value r = record.get("r");
					Value event = record.get("event");
					String status = GraphValues.string(r, "status");
					return new Attack(Actor.from(record.get("attacker")), Entities.from(record.get("target")),
							event.isNull() ? null : Event.from(event), GraphValues.date(r, "date"),
							(status != null) ? EventStatus.valueOf(status) : null, Provenance.from(r));
				});
	}

	/** The events that occurred in or anywhere beneath each place, most recent first. */
	Map<String, List<Event>> placeEvents(List<String> ids, int first, NestedEventFilter filter) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("ids", ids);
		parameters.put("first", first);
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (p:Place {id: id})
				CALL (p) {
				  MATCH (p)<-[:LOCATED_IN]-*(:Place)<-[:OCCURRED_IN]-(e:Event)
				  WITH DISTINCT e WHERE %s
				  RETURN e ORDER BY e.date DESC, e.id DESC LIMIT $first
				}
				RETURN id, %s AS e""".formatted(NestedEventFilter.CONDITIONS, Event.projection("e")), parameters,
				(record) -> Event.from(record.get("e")));
	}

	private static ParticipantRole role(Value relationship) {
		return ParticipantRole.fromGraph(GraphValues.requiredString(relationship, "role"));
	}

	private static Map<String, Object> parameters(List<String> ids, Object... more) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("ids", ids);
		for (int i = 0; i < more.length; i += 2) {
			parameters.put((String) more[i], more[i + 1]);
		}
		return parameters;
	}

}

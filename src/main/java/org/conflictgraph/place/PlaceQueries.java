package org.conflictgraph.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.Cursor;
import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.shared.FullText;
import org.conflictgraph.shared.GraphReader;
import org.conflictgraph.shared.InvalidInputException;
import org.conflictgraph.shared.Keyset;
import org.conflictgraph.shared.ListQuery;
import org.conflictgraph.shared.NearInput;
import org.conflictgraph.shared.Statement;
import org.conflictgraph.source.Provenance;

import org.springframework.stereotype.Component;

/**
 * Reads places: by id, as filtered pages, and their hierarchy for many places at once.
 */
@Component
class PlaceQueries {

	private static final String DISTANCE = "point.distance(p.location, point({latitude: $latitude, longitude: $longitude}))";

	private final GraphReader graph;

	PlaceQueries(GraphReader graph) {
		this.graph = graph;
	}

	Optional<Place> place(String id) {
		return this.graph.one("MATCH (p:Place {id: $id}) RETURN " + Place.projection("p") + " AS p", Map.of("id", id),
				(record) -> Place.from(record.get("p")));
	}

	Connection<Place> places(PlaceFilter filter, PlaceSort sort, int first, @Nullable String after) {
		Keyset keyset = keyset(sort);
		Cursor cursor = Cursor.decode(after, keyset.name());
		ListQuery query = query(filter, keyset);
		Statement page = query.page(keyset, cursor, first);
		List<Ranked> rows = this.graph.list(page.cypher(), page.parameters(),
				(record) -> new Ranked(Place.from(record.get("row")), record.get("sortKey").asObject()));
		Statement count = query.count();
		return Connection.of(rows, first, cursor, (row) -> keyset.cursor(row.key(), row.place().id()),
				() -> this.graph.one(count.cypher(), count.parameters(), (record) -> record.get("count").asInt())
					.orElse(0))
			.map(Ranked::place);
	}

	static Keyset keyset(PlaceSort sort) {
		return switch (sort) {
			case NAME_ASC -> new Keyset("place:NAME_ASC", "p.name", "p.id", false, String.class);
			case NAME_DESC -> new Keyset("place:NAME_DESC", "p.name", "p.id", true, String.class);
			case DISTANCE -> new Keyset("place:DISTANCE", DISTANCE, "p.id", false, Double.class);
		};
	}

	/**
	 * The places that match the filter, bound to {@code p}. A name (full-text), a region
	 * or a circle (point index) starts the match, in that order of preference.
	 */
	static ListQuery query(PlaceFilter filter, Keyset keyset) {
		NearInput near = (filter.near() != null) ? filter.near().checked() : null;
		if (keyset.keyType() == Double.class && near == null) {
			throw new InvalidInputException("Sorting places by DISTANCE needs the near filter");
		}
		ListQuery query = new ListQuery("p", "MATCH (p:Place)").project(Place.projection("p"));
		if (keyset.keyType() == String.class) {
			// Lets the planner read the places in index order and stop early.
			query.where(keyset.key() + " IS NOT NULL");
		}
		if (filter.name() != null) {
			query.anchor(
					"CALL db.index.fulltext.queryNodes('entity_search', $nameQuery) YIELD node AS p\nWITH p WHERE p:Place",
					null)
				.parameter("nameQuery", FullText.allWordPrefixes(filter.name(), FullText.NAME_FIELDS));
		}
		if (filter.within() != null) {
			query
				.anchor("MATCH (anchor:Place {id: $within})<-[:LOCATED_IN]-+(p:Place) USING INDEX anchor:Place(id)",
						"MATCH (p)-[:LOCATED_IN]->+(:Place {id: $within})")
				.parameter("within", filter.within());
		}
		if (near != null) {
			query
				.anchor("MATCH (p:Place) USING INDEX p:Place(location) WHERE " + DISTANCE + " <= $meters",
						"MATCH (p) WHERE " + DISTANCE + " <= $meters")
				.parameter("latitude", near.latitude())
				.parameter("longitude", near.longitude())
				.parameter("meters", near.meters());
		}
		if (filter.kinds() != null && !filter.kinds().isEmpty()) {
			query.where(labelCondition(filter.kinds()));
		}
		if (filter.countries() != null) {
			query.where("p.countryCode IN $countries").parameter("countries", filter.countries());
		}
		return query;
	}

	/**
	 * A label test for the kinds, e.g. {@code (p:Region OR p:Settlement)}; labels come
	 * from the enum.
	 */
	private static String labelCondition(List<EntityKind> kinds) {
		List<String> tests = new ArrayList<>();
		for (EntityKind kind : kinds) {
			if (!kind.baseLabel().equals(Place.LABEL)) {
				throw new InvalidInputException(kind + " is not a kind of place");
			}
			tests.add("p:" + kind.label());
		}
		return "(" + String.join(" OR ", tests) + ")";
	}

	/** The places each node lies in, one level up. */
	Map<String, List<Location>> locatedIn(List<String> ids) {
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH (:Node {id: id})-[r:LOCATED_IN]->(p:Place)
						RETURN id, %s AS p, r%s AS r ORDER BY id, p.adminLevel DESC, p.name"""
					.formatted(Place.projection("p"), Provenance.PROPERTIES),
				Map.of("ids", ids),
				(record) -> new Location(Place.from(record.get("p")), Provenance.from(record.get("r"))));
	}

	/** Every place each place lies in, nearest first. */
	Map<String, List<Place>> ancestors(List<String> ids) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH path = (:Place {id: id})-[:LOCATED_IN]->+(a:Place)
				WITH id, a, min(length(path)) AS distance
				RETURN id, %s AS a ORDER BY id, distance, a.name""".formatted(Place.projection("a")),
				Map.of("ids", ids), (record) -> Place.from(record.get("a")));
	}

	/** The places directly inside each place, by name. */
	Map<String, List<Place>> children(List<String> ids, int first) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (p:Place {id: id})
				CALL (p) {
				  MATCH (p)<-[:LOCATED_IN]-(c:Place)
				  RETURN c ORDER BY c.name, c.id LIMIT $first
				}
				RETURN id, %s AS c""".formatted(Place.projection("c")), Map.of("ids", ids, "first", first),
				(record) -> Place.from(record.get("c")));
	}

	private record Ranked(Place place, Object key) {
	}

}

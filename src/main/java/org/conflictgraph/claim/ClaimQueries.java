package org.conflictgraph.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.conflictgraph.actor.Actor;
import org.conflictgraph.event.Entities;
import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.Cursor;
import org.conflictgraph.shared.GraphReader;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.shared.Keyset;
import org.conflictgraph.shared.ListQuery;
import org.conflictgraph.shared.Statement;
import org.conflictgraph.source.Provenance;

import org.springframework.stereotype.Component;

/**
 * Reads claims: by id, as filtered pages, summed per claimant, and the claims of many
 * actors, events, places or assets at once.
 */
@Component
class ClaimQueries {

	/** Undated claims sort as if dated on this day: last when newest come first. */
	private static final String UNDATED = "date('0001-01-01')";

	private static final String SORT_DATE = "coalesce(c.date, " + UNDATED + ")";

	private final GraphReader graph;

	ClaimQueries(GraphReader graph) {
		this.graph = graph;
	}

	Optional<Claim> claim(String id) {
		return this.graph.one("MATCH (c:Claim {id: $id}) RETURN " + Claim.projection("c") + " AS c", Map.of("id", id),
				(record) -> Claim.from(record.get("c")));
	}

	Map<String, Claim> claims(List<String> ids) {
		return this.graph.byId(
				"UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN id, " + Claim.projection("c") + " AS c",
				Map.of("ids", ids), (record) -> Claim.from(record.get("c")));
	}

	Connection<Claim> claims(ClaimFilter filter, ClaimSort sort, int first, @Nullable String after) {
		Keyset keyset = keyset(filter, sort);
		Cursor cursor = Cursor.decode(after, keyset.name());
		ListQuery query = query(filter);
		Statement page = query.page(keyset, cursor, first);
		List<Dated> rows = this.graph.list(page.cypher(), page.parameters(),
				(record) -> new Dated(Claim.from(record.get("row")), record.get("sortKey").asLocalDate()));
		Statement count = query.count();
		return Connection.of(rows, first, cursor, (row) -> keyset.cursor(row.sortDate(), row.claim().id()),
				() -> this.graph.one(count.cypher(), count.parameters(), (record) -> record.get("count").asInt())
					.orElse(0))
			.map(Dated::claim);
	}

	/**
	 * Sorts by date. With a date range every listed claim has a date and the date index
	 * gives the order; otherwise undated claims take a date before all others.
	 */
	static Keyset keyset(ClaimFilter filter, ClaimSort sort) {
		boolean dated = filter.from() != null || filter.to() != null;
		String key = dated ? "c.date" : SORT_DATE;
		return switch (sort) {
			case DATE_DESC -> new Keyset("claim:DATE_DESC", key, "c.id", true, LocalDate.class);
			case DATE_ASC -> new Keyset("claim:DATE_ASC", key, "c.id", false, LocalDate.class);
		};
	}

	/**
	 * The claims that match the filter, bound to {@code c}. What the claim is about, its
	 * claimant, a source, a relaying outlet or a place starts the match, in that order of
	 * preference.
	 */
	static ListQuery query(ClaimFilter filter) {
		ListQuery query = new ListQuery("c", "MATCH (c:Claim)").project(Claim.projection("c"));
		if (filter.kinds() != null) {
			query.where("c.kind IN $kinds").parameter("kinds", filter.kinds());
		}
		if (filter.stances() != null) {
			query.where("c.stance IN $stances")
				.parameter("stances", filter.stances().stream().map(Stance::name).toList());
		}
		if (filter.from() != null) {
			query.where("c.date >= $from").parameter("from", filter.from());
		}
		if (filter.to() != null) {
			query.where("c.date <= $to").parameter("to", filter.to());
		}
		if (filter.about() != null) {
			query
				.anchor("MATCH (anchor:Node {id: $about})<-[:ABOUT]-(c:Claim) USING INDEX anchor:Node(id)",
						"MATCH (c)-[:ABOUT]->(:Node {id: $about})")
				.parameter("about", filter.about());
		}
		if (filter.claimant() != null) {
			query
				.anchor("MATCH (anchor:Actor {id: $claimant})<-[:CLAIMED_BY]-(c:Claim) USING INDEX anchor:Actor(id)",
						"MATCH (c)-[:CLAIMED_BY]->(:Actor {id: $claimant})")
				.parameter("claimant", filter.claimant());
		}
		if (filter.source() != null) {
			query.anchor(
					"MATCH (m:Mention {sourceId: $source})<-[:EVIDENCED_BY]-(c:Claim) USING INDEX m:Mention(sourceId)",
					"MATCH (c)-[:EVIDENCED_BY]->(:Mention {sourceId: $source})")
				.parameter("source", filter.source());
		}
		if (filter.reportedBy() != null) {
			query
				.anchor("MATCH (anchor:Actor {id: $reportedBy})<-[:REPORTED_BY]-(c:Claim) USING INDEX anchor:Actor(id)",
						"MATCH (c)-[:REPORTED_BY]->(:Actor {id: $reportedBy})")
				.parameter("reportedBy", filter.reportedBy());
		}
		if (filter.place() != null) {
			// An event's place is one OCCURRED_IN away; a place the claim is about is the
			// place itself.
			query.anchor(
					"MATCH (anchor:Place {id: $place})<-[:LOCATED_IN]-*(:Place)<-[:OCCURRED_IN]-{0,1}()<-[:ABOUT]-(c:Claim)"
							+ " USING INDEX anchor:Place(id)",
					"MATCH (c)-[:ABOUT]->()-[:OCCURRED_IN]->{0,1}(:Place)-[:LOCATED_IN]->*(:Place {id: $place})")
				.parameter("place", filter.place());
		}
		if (filter.eventTypes() != null) {
			query.filter("MATCH (c)-[:ABOUT]->(typedEvent:Event) WHERE typedEvent.type IN $eventTypes")
				.parameter("eventTypes", filter.eventTypes());
		}
		return query;
	}

	/**
	 * Sums the figures of the matching claims per claimant and group. Claims without a
	 * claimant have no row; a claim counts once per group it falls in.
	 */
	List<ClaimTotals> totals(ClaimFilter filter, ClaimGrouping grouping) {
		Statement rows = query(filter).rows();
		String group = switch (grouping) {
			case CLAIMANT -> "WITH DISTINCT c, claimant, null AS groupKey, null AS groupLabel, null AS groupEntity";
			case KIND -> "WITH DISTINCT c, claimant, c.kind AS groupKey, c.kind AS groupLabel, null AS groupEntity";
			case EVENT -> """
					MATCH (c)-[:ABOUT]->(event:Event)
					WITH DISTINCT c, claimant, event.id AS groupKey, event.title AS groupLabel,
					  %s AS groupEntity""".formatted(Entities.projection("event"));
			case PLACE -> """
					MATCH (c)-[:ABOUT]->()-[:OCCURRED_IN]->{0,1}(place:Place)
					WITH DISTINCT c, claimant, place.id AS groupKey, place.name AS groupLabel,
					  %s AS groupEntity""".formatted(Entities.projection("place"));
			case REGION -> """
					MATCH (c)-[:ABOUT]->()-[:OCCURRED_IN]->{0,1}(:Place)-[:LOCATED_IN]->*(region:Region)
					WITH DISTINCT c, claimant, region.id AS groupKey, region.name AS groupLabel,
					  %s AS groupEntity""".formatted(Entities.projection("region"));
		};
		List<String> sums = new ArrayList<>();
		List<String> stated = new ArrayList<>();
		for (String figure : Vocabulary.FIGURES) {
			sums.add("CASE WHEN count(c.%1$s) = 0 THEN null ELSE sum(c.%1$s) END AS %1$s".formatted(figure));
			stated.add(".%1$s, .%1$sQualifier".formatted(figure));
		}
		sums.add("collect(c {" + String.join(", ", stated) + "}) AS stated");
		String cypher = rows.cypher()
				+ """

						MATCH (c)-[:CLAIMED_BY]->(claimant:Actor)
						%s
						WITH claimant, groupKey, groupLabel, groupEntity, c,
						     [(c)-[:REPORTED_BY]->(reporter:Actor) | %s] AS reporters
						RETURN %s AS claimant, groupKey, groupLabel, groupEntity, count(c) AS claims, collect(reporters) AS reporters,
						       %s
						ORDER BY claimant.name, claimant.id, groupKey"""
					.formatted(group, Actor.projection("reporter"), Actor.projection("claimant"),
							String.join(",\n       ", sums));
		return this.graph.list(cypher, rows.parameters(), (record) -> {
			Map<String, Actor> reporters = new LinkedHashMap<>();
			for (Value perClaim : record.get("reporters").values()) {
				for (Value reporter : perClaim.values()) {
					Actor actor = Actor.from(reporter);
					reporters.putIfAbsent(actor.id(), actor);
				}
			}
			Value entity = record.get("groupEntity");
			return new ClaimTotals(Actor.from(record.get("claimant")), GraphValues.string(record, "groupKey"),
					GraphValues.string(record, "groupLabel"), entity.isNull() ? null : Entities.from(entity),
					record.get("claims").asInt(), Figures.from(record), totals(record.get("stated").values()),
					List.copyOf(reporters.values()));
		});
	}

	/** Per measure the sum of the claims' figures with an honest qualifier. */
	private static List<FigureTotal> totals(Iterable<Value> claims) {
		List<FigureTotal> totals = new ArrayList<>();
		for (String measure : Vocabulary.FIGURES) {
			List<Figure> figures = new ArrayList<>();
			for (Value claim : claims) {
				Figure figure = Figure.read(claim, measure);
				if (figure != null) {
					figures.add(figure);
				}
			}
			if (!figures.isEmpty()) {
				totals.add(FigureTotal.of(measure, figures));
			}
		}
		return List.copyOf(totals);
	}

	/** The claimant of each claim. */
	Map<String, Actor> claimants(List<String> ids) {
		return this.graph.byId("""
				UNWIND $ids AS id
				MATCH (:Claim {id: id})-[:CLAIMED_BY]->(a:Actor)
				WITH id, a ORDER BY a.name
				WITH id, head(collect(a)) AS a
				RETURN id, %s AS a""".formatted(Actor.projection("a")), Map.of("ids", ids),
				(record) -> Actor.from(record.get("a")));
	}

	/** Who relayed each claim. */
	Map<String, List<Actor>> reporters(List<String> ids) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (:Claim {id: id})-[:REPORTED_BY]->(a:Actor)
				RETURN id, %s AS a ORDER BY id, a.name""".formatted(Actor.projection("a")), Map.of("ids", ids),
				(record) -> Actor.from(record.get("a")));
	}

	/** What each claim is about. */
	Map<String, List<Object>> subjects(List<String> ids) {
		return this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH (:Claim {id: id})-[:ABOUT]->(subject)
						RETURN id, %s AS subject ORDER BY id, coalesce(subject.name, subject.title)"""
					.formatted(Entities.projection("subject")),
				Map.of("ids", ids), (record) -> Entities.from(record.get("subject")));
	}

	/** The claims each claim contradicts or is contradicted by. */
	Map<String, List<Contradiction>> contradictions(List<String> ids) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (:Claim {id: id})-[r:CONTRADICTS]-(other:Claim)
				RETURN id, %s AS other, r {.basis, .confidence, .mentionIds, .referenceIds, .referenceNote} AS r
				ORDER BY id, other.id""".formatted(Claim.projection("other")), Map.of("ids", ids),
				(record) -> new Contradiction(Claim.from(record.get("other")),
						GraphValues.string(record.get("r"), "basis"),
						GraphValues.decimal(record.get("r"), "confidence"), Provenance.from(record.get("r"))));
	}

	/** The claims about each event. */
	Map<String, List<Claim>> eventClaims(List<String> ids) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (:Event {id: id})<-[:ABOUT]-(c:Claim)
				RETURN id, %s AS c ORDER BY id, %s, c.id""".formatted(Claim.projection("c"), SORT_DATE),
				Map.of("ids", ids), (record) -> Claim.from(record.get("c")));
	}

	/**
	 * The first claims of each node along a relationship, newest first.
	 * @param pattern a fixed pattern from {@code (n)} to {@code (c:Claim)}
	 */
	Map<String, List<Claim>> nodeClaims(List<String> ids, int first, String pattern) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (n:Node {id: id})
				CALL (n) {
				  MATCH %s
				  RETURN c ORDER BY %s DESC, c.id DESC LIMIT $first
				}
				RETURN id, %s AS c""".formatted(pattern, SORT_DATE, Claim.projection("c")),
				Map.of("ids", ids, "first", first), (record) -> Claim.from(record.get("c")));
	}

	/** The claims each actor made that match a nested filter, most recent first. */
	Map<String, List<Claim>> actorClaims(List<String> ids, int first, NestedClaimFilter filter) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("ids", ids);
		parameters.put("first", first);
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (n:Node {id: id})
				CALL (n) {
				  MATCH (n)<-[:CLAIMED_BY]-(c:Claim)
				  WHERE %s
				  RETURN c ORDER BY %s DESC, c.id DESC LIMIT $first
				}
				RETURN id, %s AS c""".formatted(NestedClaimFilter.CONDITIONS, SORT_DATE, Claim.projection("c")),
				parameters, (record) -> Claim.from(record.get("c")));
	}

	private record Dated(Claim claim, LocalDate sortDate) {
	}

}

package org.conflictgraph.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.conflictgraph.claim.Figure;
import org.conflictgraph.explore.GraphValues;
import org.conflictgraph.export.EventRow.Ancestor;
import org.conflictgraph.export.EventRow.ClaimFigures;
import org.conflictgraph.export.EventRow.EvidenceRow;
import org.conflictgraph.export.EventRow.ParticipantRow;
import org.conflictgraph.export.EventRow.PlaceRow;
import org.conflictgraph.graph.Vocabulary;

import org.springframework.stereotype.Component;

/**
 * Reads events, one row each with what the conflict-data tables need, and streams them to
 * an {@link EventTableWriter}; and places, for the places GeoJSON. One read transaction;
 * records are written as the driver fetches them.
 */
@Component
class EventTableReader {

	private static final String EVENTS = """
			MATCH (e:Event)
			WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
			  AND ($eventTypes IS NULL OR e.type IN $eventTypes) AND ($ids IS NULL OR e.id IN $ids)
			RETURN e.id AS id, e.title AS title, e.date AS date, e.datePrecision AS datePrecision, e.type AS type,
			       e.subType AS subType, e.status AS status, e.summary AS summary,
			       COLLECT {
			         MATCH (e)-[o:OCCURRED_IN]->(p:Place)
			         RETURN p {.id, .name, .adminLevel, .countryCode, .locationPrecision, labels: labels(p),
			                   latitude: p.location.latitude, longitude: p.location.longitude, precision: o.precision,
			                   above: COLLECT {
			                     MATCH path = (p)-[:LOCATED_IN]->+(q:Place)
			                     WITH q, length(path) AS hops ORDER BY hops
			                     RETURN q {.id, .name, .adminLevel, .countryCode, labels: labels(q)}
			                   }}
			       } AS places,
			       COLLECT {
			         MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e)
			         RETURN a {.id, .name, labels: labels(a), role: r.role}
			       } AS participants,
			       COLLECT {
			         MATCH (c:Claim)-[:ABOUT]->(e)
			         OPTIONAL MATCH (c)-[:CLAIMED_BY]->(who:Actor)
			         RETURN c {.id, .stance, .killed, .killedQualifier, .injured, .injuredQualifier, claimant: who.name}
			       } AS claims,
			       COLLECT {
			         MATCH (e)-[:EVIDENCED_BY]->(m:Mention)-[:IN_SOURCE]->(s:Source)
			         OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(outlet:Actor)
			         RETURN m {.id, .quote, .start, .end, sourceId: s.id, sourceTitle: s.title, url: s.url,
			                   publisher: outlet.name}
			       } AS evidence
			ORDER BY e.date, e.id""";

	private static final String PLACES = """
			MATCH (p:Place)
			WHERE $selects = false OR EXISTS {
			  MATCH (e:Event)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN]->*(p)
			  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
			    AND ($eventTypes IS NULL OR e.type IN $eventTypes) AND ($ids IS NULL OR e.id IN $ids)
			}
			RETURN p {.id, .name, .adminLevel, .countryCode, .locationPrecision, labels: labels(p),
			          latitude: p.location.latitude, longitude: p.location.longitude,
			          above: COLLECT {
			            MATCH path = (p)-[:LOCATED_IN]->+(q:Place)
			            WITH q, length(path) AS hops ORDER BY hops
			            RETURN q {.id, .name, .adminLevel, .countryCode, labels: labels(q)}
			          }} AS place
			ORDER BY p.id""";

	private final Driver driver;

	EventTableReader(Driver driver) {
		this.driver = driver;
	}

	/** Streams the events the request selects, oldest first. */
	void events(ExportRequest request, @Nullable List<String> ids, EventTableWriter writer) throws IOException {
		try (Session session = session(); Transaction tx = session.beginTransaction()) {
			writer.begin();
			Result result = tx.run(EVENTS, parameters(request, ids));
			while (result.hasNext()) {
				writer.event(event(result.next()));
			}
			writer.end();
			tx.commit();
		}
	}

	/** The places with a location, or those of the selected events and above them. */
	void places(ExportRequest request, @Nullable List<String> ids, PlaceWriter writer) throws IOException {
		Map<String, Object> parameters = parameters(request, ids);
		parameters.put("selects", request.selectsActivity() || ids != null);
		try (Session session = session(); Transaction tx = session.beginTransaction()) {
			writer.begin();
			Result result = tx.run(PLACES, parameters);
			while (result.hasNext()) {
				writer.place(place(result.next().get("place"), null));
			}
			writer.end();
			tx.commit();
		}
	}

	private Session session() {
		return this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
	}

	private static Map<String, Object> parameters(ExportRequest request, @Nullable List<String> ids) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", request.from());
		parameters.put("to", request.to());
		parameters.put("eventTypes", request.eventTypes());
		parameters.put("ids", ids);
		return parameters;
	}

	private static EventRow event(org.neo4j.driver.Record record) {
		List<PlaceRow> places = record.get("places")
			.asList((value) -> place(value, text(value, "precision")))
			.stream()
			.sorted(Comparator.comparing((PlaceRow p) -> -(p.adminLevel() != null ? p.adminLevel() : -1))
				.thenComparing(PlaceRow::id))
			.toList();
		List<ParticipantRow> participants = record.get("participants")
			.asList((value) -> new ParticipantRow(value.get("id").asString(), name(value), kind(value),
					text(value, "role")))
			.stream()
			.sorted(Comparator.comparing(ParticipantRow::id))
			.toList();
		List<ClaimFigures> claims = record.get("claims")
			.asList((value) -> new ClaimFigures(value.get("id").asString(), text(value, "claimant"),
					text(value, "stance"), Figure.read(value, "killed"), Figure.read(value, "injured")))
			.stream()
			.sorted(Comparator.comparing(ClaimFigures::id))
			.toList();
		List<EvidenceRow> evidence = record.get("evidence")
			.asList((value) -> new EvidenceRow(value.get("id").asString(), value.get("quote").asString(""),
					number(value, "start"), number(value, "end"), value.get("sourceId").asString(),
					text(value, "sourceTitle"), text(value, "publisher"), text(value, "url")))
			.stream()
			.sorted(Comparator.comparing((EvidenceRow e) -> e.start() != null ? e.start() : 0L)
				.thenComparing(EvidenceRow::mentionId))
			.toList();
		Value date = record.get("date");
		return new EventRow(record.get("id").asString(), record.get("title").asString(""),
				date.isNull() ? null : date.asLocalDate(), text(record.get("datePrecision")), text(record.get("type")),
				text(record.get("subType")), text(record.get("status")), text(record.get("summary")), places,
				participants, claims, evidence);
	}

	private static PlaceRow place(Value value, @Nullable String precision) {
		List<Ancestor> above = value.get("above")
			.asList((q) -> new Ancestor(q.get("id").asString(), name(q), kind(q), number(q, "adminLevel"),
					text(q, "countryCode")))
			.stream()
			.filter(distinct())
			.toList();
		return new PlaceRow(value.get("id").asString(), name(value), kind(value), number(value, "adminLevel"),
				text(value, "countryCode"), decimal(value, "latitude"), decimal(value, "longitude"),
				text(value, "locationPrecision"), precision, above);
	}

	/** Keeps the first (nearest) of each place reached by several paths. */
	private static java.util.function.Predicate<Ancestor> distinct() {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return (ancestor) -> seen.add(ancestor.id());
	}

	private static String name(Value value) {
		return value.get("name").isNull() ? value.get("id").asString() : value.get("name").asString();
	}

	/** The most specific label (ArmedGroup rather than Actor). */
	private static String kind(Value value) {
		List<String> kinds = GraphValues.kinds(value.get("labels").asList(Value::asString));
		return kinds.isEmpty() ? "Node" : kinds.get(kinds.size() - 1);
	}

	private static @Nullable String text(Value value, String key) {
		return text(value.get(key));
	}

	private static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	private static @Nullable Long number(Value value, String key) {
		Value field = value.get(key);
		return field.isNull() ? null : field.asLong();
	}

	private static @Nullable Double decimal(Value value, String key) {
		Value field = value.get(key);
		return field.isNull() ? null : field.asDouble();
	}

	/** The last day a date of this precision stands for. */
	static @Nullable LocalDate lastDay(@Nullable LocalDate date, @Nullable String precision) {
		if (date == null) {
			return null;
		}
		return switch (precision == null ? Vocabulary.DAY_PRECISION : precision) {
			case Vocabulary.MONTH_PRECISION -> date.withDayOfMonth(date.lengthOfMonth());
			case Vocabulary.YEAR_PRECISION -> date.withDayOfYear(date.lengthOfYear());
			default -> date;
		};
	}

}

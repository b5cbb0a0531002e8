package org.conflictgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.summary.ResultSummary;
import org.conflictgraph.graph.NodeKind;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Stage 5 of the pipeline, and the reads resolution needs: the Cypher. Every statement
 * MERGEs on stable ids and unions list properties, which is what makes a second ingest of
 * the same report a no-op. The plans of many reports are written together, one UNWIND per
 * statement, each row naming its report. Labels and relationship types come from the
 * vocabulary after validation and are passed as parameters ({@code $(...)}), never
 * spliced into the statement. A relationship that a merge combined into another (its id
 * in the other's {@code mergedIds}) is written onto that one, so a merge sticks.
 * <p>
 * The statements whose plans start from a unique id or a full-text procedure carry
 * {@code CYPHER replan=skip}: a bulk import into a young graph changes its statistics so
 * fast that Neo4j otherwise plans them again and again (planning was about 30% of the
 * database thread's samples in a profile); their plan does not depend on statistics. The
 * event look-up, whose plan does, is planned as usual: kept from an empty graph with
 * {@code replan=skip}, it ran 5.4 s in a profiled bulk import of 2,000 reports, against
 * 2.0 s (and 1.6 s of planning) with the three plans Neo4j made for it along the way
 * (docs/writing.md, 4 December 2026).
 */
@Component
class ReportWriter {

	private static final String EXISTING = """
			CYPHER replan=skip
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			RETURN n.id AS id, labels(n) AS labels""";

	/**
	 * One full-text query for many name keys ({@code q.text}: the keys, space-separated,
	 * any of which may match). A call of the procedure per key took about as long as all
	 * the other look-ups of a bulk import together (3.0 s of 2,000 reports, 0.9 s now).
	 */
	private static final String BY_NAME_KEY = """
			CYPHER replan=skip
			UNWIND $queries AS q
			CALL db.index.fulltext.queryNodes('entity_name_keys', q.text) YIELD node
			UNWIND [key IN node.nameKeys WHERE key IN q.keys] AS key
			RETURN key, node.id AS id, labels(node) AS labels""";

	/** Keys per full-text query, well below Lucene's limit of 1,024 clauses. */
	private static final int KEYS_PER_QUERY = 256;

	/** Survivors of merges, by the ids they absorbed (see {@code Redirect} nodes). */
	private static final String REDIRECTS = """
			CYPHER replan=skip
			UNWIND $ids AS id
			MATCH (r:Redirect {id: id})
			MATCH (n:Node {id: r.into})
			RETURN id AS mergedId, n.id AS id, labels(n) AS labels""";

	/**
	 * Existing entities whose names share words with new ones, for near-match warnings.
	 */
	private static final String SIMILAR = """
			CYPHER replan=skip
			UNWIND $queries AS q
			CALL (q) {
			  CALL db.index.fulltext.queryNodes('entity_search', q.text, {limit: 10}) YIELD node
			  WHERE node:Actor OR node:Place OR node:Asset
			  RETURN node
			}
			RETURN q.id AS query, node.id AS id, labels(node) AS labels, node.name AS name,
			       coalesce(node.aliases, []) AS aliases""";

	/**
	 * Existing events of the given types whose dates lie in the given windows and that
	 * share a participant or a claimant with the given actors, with what event resolution
	 * compares: places (and every place they lie in), participants and claimants. The
	 * actor filter comes before the comparison's reads: on a dense graph a window holds
	 * hundreds of events of its type, of which only those with one of the batch's actors
	 * can agree. The hints keep the starts on the type and precision indexes (V015),
	 * which a plan made on an empty graph would not know to prefer.
	 */
	static final String EVENT_CANDIDATES = """
			UNWIND $windows AS window
			CALL (window) {
			  MATCH (e:Event)
			  USING INDEX e:Event(type, date)
			  WHERE e.type = window.type AND e.date >= window.after AND e.date < window.before
			  RETURN e
			  UNION
			  // Events dated by month or year carry the first day of it.
			  MATCH (e:Event)
			  USING INDEX e:Event(datePrecision, date)
			  WHERE e.datePrecision IN $periods AND e.date IN window.starts AND e.type = window.type
			  RETURN e
			}
			WITH DISTINCT e
			WHERE EXISTS { (e)<-[:PARTICIPATED_IN]-(a:Actor) WHERE a.id IN $actors }
			   OR EXISTS { (e)<-[:ABOUT]-(:Claim)-[:CLAIMED_BY]->(by:Actor) WHERE by.id IN $actors }
			CALL (e) {
			  OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place)
			  OPTIONAL MATCH (p)-[:LOCATED_IN*0..8]->(up:Place)
			  RETURN collect(DISTINCT p.id) AS places, collect(DISTINCT up.id) AS within
			}
			CALL (e) {
			  OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
			  RETURN collect(DISTINCT a.id) AS participants
			}
			CALL (e) {
			  OPTIONAL MATCH (by:Actor)<-[:CLAIMED_BY]-(:Claim)-[:ABOUT]->(e)
			  RETURN collect(DISTINCT by.id) AS claimants
			}
			RETURN e.id AS id, e.type AS type, e.date AS date, e.datePrecision AS precision, places, within,
			       participants, claimants""";

	/** Every place each place lies in, however far up. */
	private static final String PLACES_ABOVE = """
			CYPHER replan=skip
			UNWIND $ids AS id
			MATCH (p:Place {id: id})
			OPTIONAL MATCH (p)-[:LOCATED_IN*1..8]->(up:Place)
			RETURN id, collect(DISTINCT up.id) AS above""";

	private static final String FINGERPRINTS = """
			CYPHER replan=skip
			UNWIND $ids AS id
			MATCH (s:Source {id: id})
			RETURN s.id AS id, s.reportHash AS hash""";

	private static final String SOURCES = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MERGE (s:Node {id: row.id})
			WITH row, s, s.kind IS NULL AS created
			SET s:Source
			SET s += row.properties
			SET s.reportIds = CASE WHEN row.id = row.reportId THEN s.reportIds
			      WHEN row.reportId IN coalesce(s.reportIds, []) THEN s.reportIds
			      ELSE coalesce(s.reportIds, []) + row.reportId END
			RETURN row.reportId AS report, count(CASE WHEN created THEN 1 END) AS nodes, 0 AS relationships""";

	private static final String MENTIONS = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MERGE (m:Node {id: row.id})
			WITH row, m, m.quote IS NULL AS created
			SET m:Mention, m.quote = row.quote, m.start = row.start, m.end = row.end, m.sourceId = row.sourceId
			WITH m, row, created
			MATCH (s:Source {id: row.sourceId})
			MERGE (m)-[r:IN_SOURCE {id: 'IN_SOURCE:' + row.id + '->' + row.sourceId}]->(s)
			WITH row, created, r, r.sourceIds IS NULL AS linked
			SET r.mentionIds = [row.id], r.sourceIds = [row.sourceId], r.referenceIds = []
			RETURN row.reportId AS report, count(CASE WHEN created THEN 1 END) AS nodes,
			       count(CASE WHEN linked THEN 1 END) AS relationships""";

	private static final String NODES = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MERGE (n:Node {id: row.id})
			WITH row, n, n.reportIds IS NULL AS created
			SET n:$(row.labels)
			SET n += row.properties
			SET n.reportIds = CASE WHEN row.reportId IN coalesce(n.reportIds, []) THEN n.reportIds
			      ELSE coalesce(n.reportIds, []) + row.reportId END
			SET n.name = CASE WHEN row.name IS NULL THEN n.name ELSE coalesce(n.name, row.name) END
			WITH n, row, created
			WITH n, row, created, [x IN row.names WHERE toLower(x) <> toLower(n.name)] AS candidates
			SET n.aliases = CASE WHEN row.name IS NULL THEN n.aliases
			      ELSE reduce(acc = coalesce(n.aliases, []), x IN candidates |
			        CASE WHEN toLower(x) IN [a IN acc | toLower(a)] THEN acc ELSE acc + x END) END,
			    n.nameKeys = CASE WHEN row.name IS NULL THEN n.nameKeys
			      ELSE reduce(acc = coalesce(n.nameKeys, []), x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END) END,
			    n.location = CASE WHEN row.location IS NULL THEN n.location
			      ELSE point({latitude: row.location.latitude, longitude: row.location.longitude}) END
			SET n.aliasText = CASE WHEN n.aliases IS NULL THEN null
			      ELSE reduce(s = '', x IN n.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x) END,
			    n.nameKeyText = CASE WHEN n.nameKeys IS NULL THEN null
			      ELSE reduce(s = '', x IN n.nameKeys | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x) END
			RETURN row.reportId AS report, count(CASE WHEN created THEN 1 END) AS nodes, 0 AS relationships""";

	private static final String RELATIONS = """
			CYPHER replan=skip
			UNWIND $rows AS row
			MATCH (a:Node {id: row.from})
			MATCH (b:Node {id: row.to})
			OPTIONAL MATCH (a)-[same:$(row.type)]->(b)
			  WHERE row.id IN coalesce(same.mergedIds, []) OR (row.role IS NOT NULL AND same.role = row.role)
			WITH a, b, row, collect(same) AS same
			WITH a, b, row, head([x IN same WHERE x.id = row.id] + [x IN same WHERE x.id <> row.id]) AS absorbed
			CALL (a, b, row, absorbed) {
			  WITH a, b, row, absorbed WHERE absorbed IS NULL
			  MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
			  RETURN r
			  UNION
			  WITH absorbed WHERE absorbed IS NOT NULL
			  RETURN absorbed AS r
			}
			WITH row, r, r.reportIds IS NULL AS created
			SET r += row.properties
			SET r.mentionIds = reduce(acc = coalesce(r.mentionIds, []), x IN row.mentionIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
			    r.sourceIds = reduce(acc = coalesce(r.sourceIds, []), x IN row.sourceIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
			    r.referenceIds = reduce(acc = coalesce(r.referenceIds, []), x IN row.referenceIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
			    r.reportIds = CASE WHEN row.reportId IN coalesce(r.reportIds, []) THEN r.reportIds
			      ELSE coalesce(r.reportIds, []) + row.reportId END
			RETURN row.reportId AS report, 0 AS nodes, count(CASE WHEN created THEN 1 END) AS relationships""";

	private final Neo4jClient neo4j;

	ReportWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The kinds of those of the given ids that name nodes of the graph. */
	Map<String, NodeKind> existingKinds(Collection<String> ids) {
		Map<String, NodeKind> kinds = new HashMap<>();
		if (ids.isEmpty()) {
			return kinds;
		}
		this.neo4j.query(EXISTING).bind(List.copyOf(ids)).to("ids").fetch().all().forEach((row) -> {
			NodeKind kind = NodeKind.of(labelsOf(row.get("labels")));
			if (kind != null) {
				kinds.put((String) row.get("id"), kind);
			}
		});
		return kinds;
	}

	/** The survivors of the merges that absorbed the given ids. */
	Map<String, Survivor> redirects(Collection<String> ids) {
		Map<String, Survivor> survivors = new HashMap<>();
		if (ids.isEmpty()) {
			return survivors;
		}
		this.neo4j.query(REDIRECTS).bind(List.copyOf(ids)).to("ids").fetch().all().forEach((row) -> {
			NodeKind kind = NodeKind.of(labelsOf(row.get("labels")));
			if (kind != null) {
				survivors.put((String) row.get("mergedId"), new Survivor((String) row.get("id"), kind));
			}
		});
		return survivors;
	}

	/**
	 * Existing events that may be one of the new events described by the windows (type
	 * and dates), by id. Only events with one of the given actors as participant or
	 * claimant can agree with a new event (see {@link EventSignature#agreement}), so no
	 * actors means no candidates.
	 */
	Map<String, EventSignature> eventCandidates(Collection<EventWindow> windows, Collection<String> actors) {
		Map<String, EventSignature> events = new LinkedHashMap<>();
		if (windows.isEmpty() || actors.isEmpty()) {
			return events;
		}
		List<Map<String, Object>> rows = windows.stream()
			.distinct()
			.map((window) -> Map.<String, Object>of("type", window.type(), "after", window.after(), "before",
					window.before(), "starts",
					List.of(window.after().withDayOfMonth(1), window.after().withDayOfYear(1))))
			.toList();
		this.neo4j.query(EVENT_CANDIDATES)
			.bind(rows)
			.to("windows")
			.bind(List.copyOf(actors))
			.to("actors")
			.bind(EventSignature.PERIODS)
			.to("periods")
			.fetch()
			.all()
			.forEach((row) -> {
				if (!(row.get("date") instanceof java.time.LocalDate date)) {
					return;
				}
				java.time.LocalDate[] days = EventSignature.days(date, (String) row.get("precision"));
				String id = (String) row.get("id");
				events.put(id,
						new EventSignature(id, (String) row.get("type"), days[0], days[1], strings(row.get("places")),
								strings(row.get("within")), strings(row.get("participants")),
								strings(row.get("claimants"))));
			});
		return events;
	}

	/** Every place each of the given places lies in. */
	Map<String, Set<String>> placesAbove(Collection<String> ids) {
		Map<String, Set<String>> above = new HashMap<>();
		if (ids.isEmpty()) {
			return above;
		}
		this.neo4j.query(PLACES_ABOVE)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> above.put((String) row.get("id"), strings(row.get("above"))));
		return above;
	}

	private static Set<String> strings(@Nullable Object value) {
		Set<String> strings = new java.util.TreeSet<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((item) -> strings.add(String.valueOf(item)));
		}
		return strings;
	}

	/** The stored fingerprints of the reports of these sources. */
	Map<String, String> fingerprints(Collection<String> sourceIds) {
		Map<String, String> hashes = new HashMap<>();
		this.neo4j.query(FINGERPRINTS).bind(List.copyOf(sourceIds)).to("ids").fetch().all().forEach((row) -> {
			if (row.get("hash") instanceof String hash) {
				hashes.put((String) row.get("id"), hash);
			}
		});
		return hashes;
	}

	/**
	 * Existing actors, places and assets found in the full-text index by the words of
	 * each query: query id to candidates.
	 */
	Map<String, List<Candidate>> similar(Map<String, String> queries) {
		Map<String, List<Candidate>> found = new HashMap<>();
		if (queries.isEmpty()) {
			return found;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		queries.forEach((id, text) -> rows.add(Map.of("id", id, "text", text)));
		this.neo4j.query(SIMILAR).bind(rows).to("queries").fetch().all().forEach((row) -> {
			NodeKind kind = NodeKind.of(labelsOf(row.get("labels")));
			if (kind == null) {
				return;
			}
			List<String> names = new ArrayList<>();
			if (row.get("name") instanceof String name) {
				names.add(name);
			}
			if (row.get("aliases") instanceof Collection<?> aliases) {
				aliases.forEach((alias) -> names.add(String.valueOf(alias)));
			}
			found.computeIfAbsent((String) row.get("query"), (k) -> new ArrayList<>())
				.add(new Candidate((String) row.get("id"), kind, names));
		});
		return found;
	}

	/** Nodes known by each name key: key to (id to kind). */
	Map<String, Map<String, NodeKind>> nodesByNameKey(Collection<String> keys) {
		Map<String, Map<String, NodeKind>> nodes = new HashMap<>();
		List<String> nonBlank = keys.stream().filter((key) -> !key.isBlank()).distinct().toList();
		if (nonBlank.isEmpty()) {
			return nodes;
		}
		List<Map<String, Object>> queries = new ArrayList<>();
		for (int first = 0; first < nonBlank.size(); first += KEYS_PER_QUERY) {
			List<String> chunk = nonBlank.subList(first, Math.min(nonBlank.size(), first + KEYS_PER_QUERY));
			queries.add(Map.of("text", String.join(" ", chunk.stream().map(ReportWriter::luceneTerm).toList()), "keys",
					chunk));
		}
		this.neo4j.query(BY_NAME_KEY).bind(queries).to("queries").fetch().all().forEach((row) -> {
			NodeKind kind = NodeKind.of(labelsOf(row.get("labels")));
			if (kind != null) {
				nodes.computeIfAbsent((String) row.get("key"), (key) -> new LinkedHashMap<>())
					.put((String) row.get("id"), kind);
			}
		});
		return nodes;
	}

	/**
	 * A name key as one term of a Lucene query. Keys are letters and digits only
	 * ({@link Names#key}); anything else is escaped so that it cannot act as query
	 * syntax.
	 */
	static String luceneTerm(String key) {
		StringBuilder term = new StringBuilder(key.length());
		key.chars().forEach((c) -> {
			if (!Character.isLetterOrDigit(c)) {
				term.append('\\');
			}
			term.append((char) c);
		});
		return term.toString();
	}

	/**
	 * Writes the plans, in order, in the current transaction: one statement per kind of
	 * row for all of them, then the derived {@code ATTACKED} edges of their events.
	 * @return what each report created, by source id
	 */
	Map<String, Counts> write(List<Plan> batch) {
		List<Plan> plans = oneIdPerStatement(batch);
		Map<String, Counts> counts = new LinkedHashMap<>();
		plans.forEach((plan) -> counts.put(plan.sourceId(), new Counts(0, 0)));
		run(SOURCES, rows(plans, Plan::sources, (row, plan) -> row.parameters(plan.sourceId())), counts);
		run(MENTIONS, rows(plans, Plan::mentions, (row, plan) -> row.parameters(plan.sourceId())), counts);
		run(NODES, rows(plans, Plan::nodes, (row, plan) -> row.parameters(plan.sourceId())), counts);
		run(RELATIONS, rows(plans, Plan::relations, (row, plan) -> row.parameters(plan.sourceId())), counts);
		Set<String> eventIds = new LinkedHashSet<>();
		plans.forEach((plan) -> eventIds.addAll(plan.eventIds()));
		if (!eventIds.isEmpty()) {
			ResultSummary summary = this.neo4j.query(AttackedEdges.DERIVE)
				.bind(List.copyOf(eventIds))
				.to("eventIds")
				.run();
			if (plans.size() == 1) {
				counts.computeIfPresent(plans.get(0).sourceId(), (id, c) -> new Counts(c.nodes(),
						c.relationships() + summary.counters().relationshipsCreated()));
			}
		}
		return counts;
	}

	/**
	 * The plans with every relationship under the id the first report of the batch gave
	 * it ({@link Plan.RelationRow#identity()}): the rows of one statement do not see what
	 * the rows before them wrote, except a MERGE on the same id.
	 */
	private static List<Plan> oneIdPerStatement(List<Plan> plans) {
		if (plans.size() < 2) {
			return plans;
		}
		Map<String, String> first = new HashMap<>();
		List<Plan> result = new ArrayList<>(plans.size());
		for (Plan plan : plans) {
			boolean changed = false;
			List<Plan.RelationRow> relations = new ArrayList<>(plan.relations().size());
			for (Plan.RelationRow row : plan.relations()) {
				String id = first.computeIfAbsent(row.identity(), (key) -> row.id());
				changed |= !id.equals(row.id());
				relations.add(id.equals(row.id()) ? row : row.withId(id));
			}
			result.add(changed ? plan.withRelations(relations) : plan);
		}
		return result;
	}

	private void run(String cypher, List<Map<String, Object>> rows, Map<String, Counts> counts) {
		if (rows.isEmpty()) {
			return;
		}
		var result = this.neo4j.query(cypher).bind(rows).to("rows").fetch().all();
		for (Map<String, Object> row : result) {
			String report = (String) row.get("report");
			int nodes = ((Number) row.get("nodes")).intValue();
			int relationships = ((Number) row.get("relationships")).intValue();
			counts.merge(report, new Counts(nodes, relationships), Counts::plus);
		}
	}

	private static <R> List<Map<String, Object>> rows(List<Plan> plans, Function<Plan, List<R>> rows,
			java.util.function.BiFunction<R, Plan, Map<String, Object>> parameters) {
		List<Map<String, Object>> all = new ArrayList<>();
		for (Plan plan : plans) {
			for (R row : rows.apply(plan)) {
				all.add(parameters.apply(row, plan));
			}
		}
		return all;
	}

	static Set<String> labelsOf(@Nullable Object value) {
		Set<String> labels = new LinkedHashSet<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((label) -> labels.add(String.valueOf(label)));
		}
		return labels;
	}

	/**
	 * Where to look for events that may be a new one: its type, and dates from
	 * {@code after} (inclusive) to {@code before} (exclusive).
	 */
	record EventWindow(String type, java.time.LocalDate after, java.time.LocalDate before) {
	}

	/** An existing entity with its names. */
	record Candidate(String id, NodeKind kind, List<String> names) {
	}

	/** The node that absorbed a merged id. */
	record Survivor(String id, NodeKind kind) {
	}

	/** Nodes and relationships one report created. */
	record Counts(int nodes, int relationships) {

		Counts plus(Counts other) {
			return new Counts(this.nodes + other.nodes, this.relationships + other.relationships);
		}

	}

}

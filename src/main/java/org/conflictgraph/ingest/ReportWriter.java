package org.conflictgraph.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.neo4j.driver.summary.ResultSummary;
import org.conflictgraph.database.GraphWriteLock;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Cypher of the pipeline. Every statement MERGEs on stable ids and unions list
 * properties, which is what makes a second ingest of the same report a no-op. Labels and
 * relationship types come from {@link GraphModel} after validation and are passed as
 * parameters ({@code $(...)}), never spliced into the statement.
 */
@Component
class ReportWriter {

	private static final String EXISTING = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			RETURN n.id AS id, labels(n) AS labels""";

	private static final String BY_NAME_KEY = """
			UNWIND $keys AS key
			CALL db.index.fulltext.queryNodes('entity_name_keys', key) YIELD node
			WHERE key IN node.nameKeys
			RETURN key, node.id AS id, labels(node) AS labels""";

	private static final String SOURCES = """
			UNWIND $rows AS row
			MERGE (s:Node {id: row.id})
			SET s:Source
			SET s += row.properties
			SET s.reportIds = CASE WHEN row.id = $reportId THEN s.reportIds
			      WHEN $reportId IN coalesce(s.reportIds, []) THEN s.reportIds
			      ELSE coalesce(s.reportIds, []) + $reportId END""";

	private static final String MENTIONS = """
			UNWIND $rows AS row
			MERGE (m:Node {id: row.id})
			SET m:Mention, m.quote = row.quote, m.start = row.start, m.end = row.end, m.sourceId = row.sourceId
			WITH m, row
			MATCH (s:Source {id: row.sourceId})
			MERGE (m)-[r:IN_SOURCE {id: 'IN_SOURCE:' + row.id + '->' + row.sourceId}]->(s)
			SET r.mentionIds = [row.id], r.sourceIds = [row.sourceId], r.referenceIds = []""";

	private static final String NODES = """
			UNWIND $rows AS row
			MERGE (n:Node {id: row.id})
			SET n:$(row.labels)
			SET n += row.properties
			SET n.reportIds = CASE WHEN $reportId IN coalesce(n.reportIds, []) THEN n.reportIds
			      ELSE coalesce(n.reportIds, []) + $reportId END
			SET n.name = CASE WHEN row.name IS NULL THEN n.name ELSE coalesce(n.name, row.name) END
			WITH n, row
			WITH n, row, [x IN row.names WHERE x <> n.name] AS candidates
			SET n.aliases = CASE WHEN row.name IS NULL THEN n.aliases
			      ELSE reduce(acc = coalesce(n.aliases, []), x IN candidates | CASE WHEN x IN acc THEN acc ELSE acc + x END) END,
			    n.nameKeys = CASE WHEN row.name IS NULL THEN n.nameKeys
			      ELSE reduce(acc = coalesce(n.nameKeys, []), x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END) END,
			    n.location = CASE WHEN row.location IS NULL THEN n.location
			      ELSE point({latitude: row.location.latitude, longitude: row.location.longitude}) END
			SET n.aliasText = CASE WHEN n.aliases IS NULL THEN null
			      ELSE reduce(s = '', x IN n.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x) END,
			    n.nameKeyText = CASE WHEN n.nameKeys IS NULL THEN null
			      ELSE reduce(s = '', x IN n.nameKeys | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x) END""";

	private static final String RELATIONS = """
			UNWIND $rows AS row
			MATCH (a:Node {id: row.from})
			MATCH (b:Node {id: row.to})
			MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
			SET r += row.properties
			SET r.mentionIds = reduce(acc = coalesce(r.mentionIds, []), x IN row.mentionIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
			    r.sourceIds = reduce(acc = coalesce(r.sourceIds, []), x IN row.sourceIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
			    r.referenceIds = reduce(acc = coalesce(r.referenceIds, []), x IN row.referenceIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
			    r.reportIds = CASE WHEN $reportId IN coalesce(r.reportIds, []) THEN r.reportIds
			      ELSE coalesce(r.reportIds, []) + $reportId END""";

	/** Nodes that absorbed others in a merge, found by the ids they absorbed. */
	private static final String MERGED = """
			UNWIND $ids AS id
			MATCH (n:Node) WHERE id IN n.mergedIds
			RETURN id AS mergedId, n.id AS id, labels(n) AS labels""";

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	private final GraphWriteLock lock;

	ReportWriter(Neo4jClient neo4j, PlatformTransactionManager transactionManager, GraphWriteLock lock) {
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.lock = lock;
	}

	/**
	 * Runs the work in one write transaction that holds the graph's write lock, rolled
	 * back at the end for a dry run.
	 */
	<T> T inTransaction(boolean dryRun, Supplier<T> work) {
		return this.transactions.execute((status) -> {
			this.lock.acquire();
			T result = work.get();
			if (dryRun) {
				status.setRollbackOnly();
			}
			return result;
		});
	}

	/** The labels of those of the given ids that name nodes of the graph. */
	Map<String, Set<String>> existingLabels(Collection<String> ids) {
		Map<String, Set<String>> labels = new HashMap<>();
		this.neo4j.query(EXISTING).bind(List.copyOf(ids)).to("ids").fetch().all().forEach((row) -> {
			labels.put((String) row.get("id"), labelsOf(row.get("labels")));
		});
		return labels;
	}

	/**
	 * The nodes that absorbed the given ids in a merge (merged id to id and labels). A
	 * scan, so only asked for ids that are otherwise unknown.
	 */
	Map<String, Map.Entry<String, Set<String>>> mergedInto(Collection<String> ids) {
		Map<String, Map.Entry<String, Set<String>>> nodes = new HashMap<>();
		if (ids.isEmpty()) {
			return nodes;
		}
		this.neo4j.query(MERGED).bind(List.copyOf(ids)).to("ids").fetch().all().forEach((row) -> {
			nodes.put((String) row.get("mergedId"), Map.entry((String) row.get("id"), labelsOf(row.get("labels"))));
		});
		return nodes;
	}

	boolean holds(String sourceId, String hash) {
		return this.neo4j.query("MATCH (s:Source {id: $id}) RETURN s.reportHash = $hash AS current")
			.bind(sourceId)
			.to("id")
			.bind(hash)
			.to("hash")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Nodes known by each name key: key to (id to labels). */
	Map<String, Map<String, Set<String>>> nodesByNameKey(Collection<String> keys) {
		Map<String, Map<String, Set<String>>> nodes = new HashMap<>();
		List<String> nonBlank = keys.stream().filter((key) -> !key.isBlank()).distinct().toList();
		if (nonBlank.isEmpty()) {
			return nodes;
		}
		this.neo4j.query(BY_NAME_KEY).bind(nonBlank).to("keys").fetch().all().forEach((row) -> {
			nodes.computeIfAbsent((String) row.get("key"), (key) -> new LinkedHashMap<>())
				.put((String) row.get("id"), labelsOf(row.get("labels")));
		});
		return nodes;
	}

	Counts write(Plan plan) {
		Counts counts = new Counts(0, 0, 0);
		String reportId = plan.sourceId();
		counts = counts.plus(run(SOURCES, Map.of("rows", rows(plan.sources()), "reportId", reportId)));
		counts = counts.plus(run(MENTIONS, Map.of("rows", rows(plan.mentions()))));
		counts = counts.plus(run(NODES, Map.of("rows", rows(plan.nodes()), "reportId", reportId)));
		counts = counts.plus(run(RELATIONS, Map.of("rows", rows(plan.relations()), "reportId", reportId)));
		counts = counts.plus(run(AttackedEdges.DERIVE, Map.of("eventIds", plan.eventIds())));
		return counts;
	}

	private Counts run(String cypher, Map<String, Object> parameters) {
		ResultSummary summary = this.neo4j.query(cypher).bindAll(parameters).run();
		var counters = summary.counters();
		return new Counts(counters.nodesCreated(), counters.relationshipsCreated(), counters.propertiesSet());
	}

	private static List<Map<String, Object>> rows(List<Row> rows) {
		return rows.stream().map(Row::values).toList();
	}

	private static Set<String> labelsOf(Object value) {
		Set<String> labels = new LinkedHashSet<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((label) -> labels.add(String.valueOf(label)));
		}
		return labels;
	}

	/** One row of an UNWIND: a map of parameters. */
	record Row(Map<String, Object> values) {

		Object get(String key) {
			return this.values.get(key);
		}

	}

	/** Everything one report writes, as rows per statement. */
	record Plan(String sourceId, List<Row> sources, List<Row> mentions, List<Row> nodes, List<Row> relations,
			List<String> eventIds) {
	}

	record Counts(int nodesCreated, int relationshipsCreated, int propertiesSet) {

		Counts plus(Counts other) {
			return new Counts(this.nodesCreated + other.nodesCreated,
					this.relationshipsCreated + other.relationshipsCreated, this.propertiesSet + other.propertiesSet);
		}

	}

}

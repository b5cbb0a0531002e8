package org.conflictgraph;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Node counts per label and relationship counts per type, to show that an operation
 * changed nothing, or exactly what it should have. Bookkeeping nodes (audit records, the
 * write lock, migrations) are left out: they are not knowledge.
 */
public final class GraphCounts {

	private GraphCounts() {
	}

	public static Map<String, Long> of(Neo4jClient neo4j) {
		Map<String, Long> counts = new TreeMap<>();
		neo4j.query("""
				MATCH (n:Node) UNWIND labels(n) AS label
				RETURN 'node ' + label AS name, count(*) AS count""").fetch().all().forEach((row) -> {
			counts.put((String) row.get("name"), (Long) row.get("count"));
		});
		neo4j.query("""
				MATCH (:Node)-[r]->(:Node)
				RETURN 'relationship ' + type(r) AS name, count(*) AS count""").fetch().all().forEach((row) -> {
			counts.put((String) row.get("name"), (Long) row.get("count"));
		});
		return counts;
	}

}

package org.conflictgraph.database;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * One lock for every change of the knowledge graph: report ingests, merges and
 * retractions take it as the first statement of their transaction and hold it until
 * commit. Entity resolution reads before it writes, so two transactions that both add
 * "Nekhoteyevka" under different ids would otherwise each see no such node and create
 * two. Taking the lock in the database (not in the JVM) also serialises several service
 * instances on one external Neo4j. Writes that need no resolution could run in parallel,
 * but a single writer is what one Neo4j primary does best anyway.
 */
@Component
public class GraphWriteLock {

	// Both start from the lock node's unique id, so a plan never goes stale; without
	// replan=skip, a bulk import into a young graph had Neo4j plan them again and again.
	private static final String ACQUIRE = """
			CYPHER replan=skip
			MERGE (l:WriteLock {id: 'graph'})
			SET l.lockedAt = datetime()
			WITH l
			// Read only now that this transaction holds the lock: a version read
			// before could be one another writer is about to change.
			SET l.version = coalesce(l.version, 0) + 1
			RETURN l.version - 1 AS version""";

	private static final String VERSION = """
			CYPHER replan=skip
			OPTIONAL MATCH (l:WriteLock {id: 'graph'})
			RETURN coalesce(l.version, 0) AS version""";

	private final Neo4jClient neo4j;

	GraphWriteLock(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Takes the lock for the current transaction; blocks while another transaction holds
	 * it. Call inside a write transaction, first.
	 * @return the number of write transactions that took the lock and committed before
	 * this one (see {@link #version()})
	 */
	public long acquire() {
		return this.neo4j.query(ACQUIRE).fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * The number of write transactions that took the lock and committed: when it is the
	 * same under the lock as it was before some reads, no writer changed the graph in
	 * between.
	 */
	public long version() {
		return this.neo4j.query(VERSION).fetchAs(Long.class).one().orElse(0L);
	}

}

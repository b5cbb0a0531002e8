package org.conflictgraph.ingest;

import java.util.Collection;
import java.util.List;

import org.conflictgraph.graph.RelationshipType;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The derived {@code ATTACKED} edges (attacker to target, per event) for graph front ends
 * that draw who attacked whom without reading events: for each event, every actor with
 * role {@code attacker} to every actor with role {@code target} and every asset or place
 * the event {@code TARGETED}, {@code DAMAGED} or {@code DESTROYED}
 * ({@link RelationshipType#attacks()}). An edge's mentions and sources are the union of
 * those of the edges it is derived from.
 */
@Component
public class AttackedEdges {

	// Starts from the events' unique ids: never planned again as the graph grows. The
	// roles are compared through coalesce() so that no plan can start from the index of
	// PARTICIPATED_IN.role: planned on an empty graph (a bulk import's first batch), it
	// did, and then read every attacker of the graph for each event (docs/writing.md).
	static final String DERIVE = """
			CYPHER replan=skip
			UNWIND $eventIds AS eventId
			MATCH (e:Event {id: eventId})
			MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e) WHERE coalesce(p.role, '') = 'attacker'
			CALL (e) {
			  MATCH (t:Actor)-[q:PARTICIPATED_IN]->(e) WHERE coalesce(q.role, '') = 'target' RETURN t, q
			  UNION
			  MATCH (e)-[q:%s]->(t) RETURN t, q
			}
			WITH a, t, e, p, q WHERE a <> t
			MERGE (a)-[r:ATTACKED {id: 'ATTACKED:' + a.id + '->' + t.id + '#' + e.id}]->(t)
			SET r.eventId = e.id, r.date = e.date, r.status = e.status, r.derived = true
			SET r.mentionIds = reduce(acc = coalesce(r.mentionIds, []), x IN p.mentionIds + q.mentionIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
			    r.sourceIds = reduce(acc = coalesce(r.sourceIds, []), x IN p.sourceIds + q.sourceIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
			    r.referenceIds = coalesce(r.referenceIds, [])"""
		// Only constant names of the vocabulary reach the text.
		.formatted(RelationshipType.cypherAlternation(RelationshipType.attacks()));

	private static final String REMOVE = """
			UNWIND $eventIds AS eventId
			MATCH ()-[r:ATTACKED {eventId: eventId}]->()
			DELETE r""";

	private final Neo4jClient neo4j;

	AttackedEdges(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Derives the edges of the given events afresh, after a change to what they rest on
	 * (a merge, a retraction): the old edges of these events are removed first, so edges
	 * whose support is gone disappear. Runs in the caller's write transaction.
	 * @return the number of edges the events have now
	 */
	public int rederive(Collection<String> eventIds) {
		List<String> ids = List.copyOf(eventIds);
		this.neo4j.query(REMOVE).bind(ids).to("eventIds").run();
		this.neo4j.query(DERIVE).bind(ids).to("eventIds").run();
		return this.neo4j
			.query("UNWIND $eventIds AS eventId MATCH ()-[r:ATTACKED {eventId: eventId}]->() RETURN count(r)")
			.bind(ids)
			.to("eventIds")
			.fetchAs(Long.class)
			.one()
			.orElse(0L)
			.intValue();
	}

}

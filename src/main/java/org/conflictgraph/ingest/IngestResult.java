package org.conflictgraph.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an ingest did, or with {@code dryRun} would do.
 *
 * @param sourceId the source the report describes
 * @param dryRun whether the writes were rolled back
 * @param createdNodeIds nodes that did not exist before
 * @param matchedNodeIds nodes of the report that already existed and were updated
 * @param resolved report ids or names that resolved to other, existing nodes
 * @param nodesCreated nodes created, as Neo4j counted them
 * @param relationshipsCreated relationships created
 * @param propertiesSet property values the report's rows write (also counts values
 * rewritten unchanged)
 * @param facts entities, events, claims and relations the report states
 * @param unchanged the graph already held exactly this report (same fingerprint), so
 * nothing was written, not even an audit record
 * @param nearMatches new entities that resemble existing nodes
 * @param eventMatches the report's new events that agree with existing ones: resolved
 * onto the one that agrees, or, when several do, written with a {@code POSSIBLY_SAME_AS}
 * to each
 */
public record IngestResult(String sourceId, boolean dryRun, List<String> createdNodeIds, List<String> matchedNodeIds,
		Map<String, String> resolved, int nodesCreated, int relationshipsCreated, int propertiesSet, int facts,
		boolean unchanged, List<NearMatch> nearMatches, List<EventMatch> eventMatches) {

	/** The result for a report the graph already holds. */
	static IngestResult unchanged(String sourceId, boolean dryRun, int facts) {
		return new IngestResult(sourceId, dryRun, List.of(), List.of(), Map.of(), 0, 0, 0, facts, true, List.of(),
				List.of());
	}

}

package org.conflictgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.audit.AuditAction;
import org.conflictgraph.audit.AuditEntry;
import org.conflictgraph.audit.AuditTrail;
import org.conflictgraph.database.GraphWrites;
import org.conflictgraph.ingest.AttackedEdges;
import org.conflictgraph.shared.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Retracts a source: removes what only it supports and keeps what others support too.
 * <ol>
 * <li>Every relationship that lists the source in {@code sourceIds} or {@code reportIds}
 * loses it, and its mentions of the source; it is removed when no source supports it any
 * more or no report states it any more (a background fact that only this report brought
 * in).</li>
 * <li>A node the source supported (evidence quoted from it, a reference it brought in) is
 * removed when it has no evidence from another source, no remaining reference and no
 * remaining relationship that another source or report supports.</li>
 * <li>The source's mentions, the source itself and reference sources that only its report
 * brought in and nothing cites any more are removed.</li>
 * <li>{@code ATTACKED} edges of the events concerned are derived afresh.</li>
 * </ol>
 * Values a report wrote onto nodes that survive (a description, an alias) are not rolled
 * back: the graph does not record which report set which value.
 * <p>
 * Finding the relationships a source supports scans every relationship once (support is a
 * list property, which Neo4j cannot index): a retraction takes time in proportion to the
 * graph, acceptable for a rare editorial operation.
 */
@Component
class SourceRetraction {

	private static final String SOURCE = "MATCH (s:Source {id: $id}) RETURN s.text IS NOT NULL AS reported";

	private static final String MENTIONS = "MATCH (m:Mention {sourceId: $id}) RETURN collect(m.id) AS ids";

	private static final String SUPPORTED = """
			MATCH (a)-[r]->(b)
			WHERE NOT type(r) IN ['IN_SOURCE', 'EVIDENCED_BY', 'ATTACKED']
			  AND ($id IN coalesce(r.sourceIds, []) OR $id IN coalesce(r.reportIds, []))
			WITH a, r, b,
			     [x IN coalesce(r.sourceIds, []) WHERE x <> $id] AS sources,
			     [x IN coalesce(r.reportIds, []) WHERE x <> $id] AS reports
			RETURN elementId(r) AS rid, r.id AS id, type(r) AS type, a.id AS start, b.id AS end,
			       a:Event AS startIsEvent, b:Event AS endIsEvent,
			       size(sources) = 0 OR (size(coalesce(r.reportIds, [])) > 0 AND size(reports) = 0) AS remove""";

	private static final String UPDATE = """
			UNWIND $rids AS rid
			MATCH ()-[r]->() WHERE elementId(r) = rid
			SET r.sourceIds = [x IN coalesce(r.sourceIds, []) WHERE x <> $id],
			    r.mentionIds = [x IN coalesce(r.mentionIds, []) WHERE NOT x IN $mentions],
			    r.referenceIds = [x IN coalesce(r.referenceIds, []) WHERE x <> $id],
			    r.reportIds = [x IN coalesce(r.reportIds, []) WHERE x <> $id]""";

	private static final String DELETE = """
			UNWIND $rids AS rid
			MATCH ()-[r]->() WHERE elementId(r) = rid
			DELETE r""";

	private static final String CANDIDATES = """
			MATCH (m:Mention {sourceId: $id})<-[:EVIDENCED_BY]-(n)
			RETURN collect(DISTINCT n.id) AS ids""";

	/** Whether each candidate keeps support from anything but the retracted source. */
	private static final String UNSUPPORTED = """
			UNWIND $ids AS nodeId
			MATCH (n:Node {id: nodeId})
			WHERE NOT n:Source AND NOT n:Mention
			  AND NOT EXISTS { MATCH (n)-[:EVIDENCED_BY]->(m:Mention) WHERE m.sourceId <> $id }
			  AND NOT EXISTS { MATCH (n)-[:REFERENCED_IN]->() }
			  AND NOT EXISTS {
			    MATCH (n)-[r]-()
			    WHERE NOT type(r) IN ['EVIDENCED_BY', 'REFERENCED_IN', 'ATTACKED']
			      AND (size(coalesce(r.mentionIds, [])) > 0 OR size(coalesce(r.reportIds, [])) > 0)
			  }
			RETURN n.id AS id, n:Event AS event""";

	private static final String RELATIONSHIPS_OF = """
			UNWIND $ids AS nodeId
			MATCH (n:Node {id: nodeId})-[r]-()
			WHERE NOT type(r) IN ['EVIDENCED_BY', 'ATTACKED']
			RETURN collect(DISTINCT r.id) AS ids""";

	private static final String REMOVE_NODES = """
			UNWIND $ids AS nodeId
			MATCH (n:Node {id: nodeId})
			DETACH DELETE n""";

	private static final String FORGET_REPORT = """
			UNWIND $ids AS nodeId
			MATCH (n:Node {id: nodeId})
			SET n.reportIds = [x IN coalesce(n.reportIds, []) WHERE x <> $id]""";

	private static final String REMOVE_MENTIONS = """
			MATCH (m:Mention {sourceId: $id})
			DETACH DELETE m""";

	private static final String REFERENCE_SOURCES = """
			MATCH (r:Source) WHERE $id IN coalesce(r.reportIds, [])
			SET r.reportIds = [x IN r.reportIds WHERE x <> $id]
			WITH r WHERE size(r.reportIds) = 0 AND r.text IS NULL
			  AND NOT EXISTS { MATCH ()-[:REFERENCED_IN]->(r) }
			  AND NOT EXISTS { MATCH ()-[x]->() WHERE r.id IN coalesce(x.sourceIds, []) OR r.id IN coalesce(x.referenceIds, []) }
			WITH r, r.id AS id
			DETACH DELETE r
			RETURN collect(id) AS ids""";

	private static final String ATTACKED_EVENTS = """
			MATCH ()-[a:ATTACKED]->() WHERE $id IN coalesce(a.sourceIds, [])
			RETURN collect(DISTINCT a.eventId) AS events""";

	private static final String ATTACKED_IDS = """
			UNWIND $events AS eventId
			MATCH ()-[a:ATTACKED {eventId: eventId}]->()
			RETURN collect(a.id) AS ids""";

	private static final String COUNTS = """
			RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships""";

	private final Neo4jClient neo4j;

	private final GraphWrites transactions;

	private final AttackedEdges attacked;

	private final AuditTrail audit;

	SourceRetraction(Neo4jClient neo4j, GraphWrites transactions, AttackedEdges attacked, AuditTrail audit) {
		this.neo4j = neo4j;
		this.transactions = transactions;
		this.attacked = attacked;
		this.audit = audit;
	}

	RetractionPayload retract(String sourceId, boolean preview, String actor) {
		return this.transactions.write(preview, () -> run(sourceId, preview, actor));
	}

	private RetractionPayload run(String sourceId, boolean preview, String actor) {
		this.neo4j.query(SOURCE)
			.bind(sourceId)
			.to("id")
			.fetch()
			.one()
			.orElseThrow(() -> new NotFoundException("No source has the id '" + sourceId + "'"));
		Map<String, Object> before = counts();
		List<String> mentions = strings(one(MENTIONS, sourceId).get("ids"));

		// 1. Relationships the source supports.
		List<Map<String, Object>> supported = List
			.copyOf(this.neo4j.query(SUPPORTED).bind(sourceId).to("id").fetch().all());
		List<String> removeRids = new ArrayList<>();
		List<String> keepRids = new ArrayList<>();
		List<String> removedRelationships = new ArrayList<>();
		List<String> updatedRelationships = new ArrayList<>();
		Set<String> events = new LinkedHashSet<>(strings(one(ATTACKED_EVENTS, sourceId).get("events")));
		Set<String> candidates = new LinkedHashSet<>(strings(one(CANDIDATES, sourceId).get("ids")));
		Set<String> endpoints = new LinkedHashSet<>();
		for (Map<String, Object> row : supported) {
			boolean remove = Boolean.TRUE.equals(row.get("remove"));
			(remove ? removeRids : keepRids).add((String) row.get("rid"));
			(remove ? removedRelationships : updatedRelationships).add((String) row.get("id"));
			if (Boolean.TRUE.equals(row.get("startIsEvent"))) {
				events.add((String) row.get("start"));
			}
			if (Boolean.TRUE.equals(row.get("endIsEvent"))) {
				events.add((String) row.get("end"));
			}
			if ("REFERENCED_IN".equals(row.get("type"))) {
				candidates.add((String) row.get("start"));
			}
			else if (remove) {
				// A node another report only referred to may be left with nothing.
				endpoints.add((String) row.get("start"));
				endpoints.add((String) row.get("end"));
			}
		}
		this.neo4j.query(UPDATE).bindAll(Map.of("rids", keepRids, "id", sourceId, "mentions", mentions)).run();
		this.neo4j.query(DELETE).bind(removeRids).to("rids").run();

		// 2. Nodes that lost all their support.
		List<String> removedNodes = new ArrayList<>();
		Set<String> checked = new LinkedHashSet<>(candidates);
		checked.addAll(endpoints);
		for (Map<String, Object> row : this.neo4j.query(UNSUPPORTED)
			.bindAll(Map.of("ids", List.copyOf(checked), "id", sourceId))
			.fetch()
			.all()) {
			removedNodes.add((String) row.get("id"));
			if (Boolean.TRUE.equals(row.get("event"))) {
				events.add((String) row.get("id"));
			}
		}
		removedRelationships.addAll(strings(this.neo4j.query(RELATIONSHIPS_OF)
			.bind(removedNodes)
			.to("ids")
			.fetch()
			.one()
			.orElseThrow()
			.get("ids")));
		this.neo4j.query(REMOVE_NODES).bind(removedNodes).to("ids").run();
		List<String> keptNodes = candidates.stream().filter((id) -> !removedNodes.contains(id)).toList();
		this.neo4j.query(FORGET_REPORT).bindAll(Map.of("ids", keptNodes, "id", sourceId)).run();

		// 3. Mentions, reference sources nothing cites any more, the source.
		this.neo4j.query(REMOVE_MENTIONS).bind(sourceId).to("id").run();
		List<String> removedReferences = strings(one(REFERENCE_SOURCES, sourceId).get("ids"));
		this.neo4j.query("MATCH (s:Source {id: $id}) DETACH DELETE s").bind(sourceId).to("id").run();

		// 4. ATTACKED afresh.
		List<String> attackedBefore = strings(this.neo4j.query(ATTACKED_IDS)
			.bind(List.copyOf(events))
			.to("events")
			.fetch()
			.one()
			.orElseThrow()
			.get("ids"));
		this.attacked.rederive(events);
		List<String> attackedAfter = strings(this.neo4j.query(ATTACKED_IDS)
			.bind(List.copyOf(events))
			.to("events")
			.fetch()
			.one()
			.orElseThrow()
			.get("ids"));
		attackedBefore.stream()
			.filter((id) -> !attackedAfter.contains(id) && !removedRelationships.contains(id))
			.forEach(removedRelationships::add);

		Map<String, Object> after = counts();
		int nodesRemoved = (int) ((long) before.get("nodes") - (long) after.get("nodes"));
		int relationshipsRemoved = (int) ((long) before.get("relationships") - (long) after.get("relationships"));
		String auditId = null;
		if (!preview) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("nodesRemoved", nodesRemoved);
			details.put("relationshipsRemoved", relationshipsRemoved);
			details.put("removedNodeIds", removedNodes);
			details.put("mentionsRemoved", mentions.size());
			auditId = this.audit
				.record(new AuditEntry(
						actor, "graphql", AuditAction.RETRACT_SOURCE, List.of(sourceId), "Retracted " + sourceId + ": "
								+ nodesRemoved + " nodes and " + relationshipsRemoved + " relationships removed",
						details));
		}
		return new RetractionPayload(sourceId, preview, nodesRemoved, relationshipsRemoved, mentions.size(),
				removedNodes, keptNodes, List.copyOf(new LinkedHashSet<>(removedRelationships)), updatedRelationships,
				removedReferences, auditId);
	}

	private Map<String, Object> one(String cypher, String id) {
		return this.neo4j.query(cypher).bind(id).to("id").fetch().one().orElseThrow();
	}

	private Map<String, Object> counts() {
		return this.neo4j.query(COUNTS).fetch().one().orElseThrow();
	}

	private static List<String> strings(@Nullable Object value) {
		return EntityMerger.strings(value);
	}

	/**
	 * What a retraction removed or, as a preview, would remove.
	 *
	 * @param sourceId the retracted source
	 * @param preview whether it was rolled back
	 * @param nodesRemoved nodes removed, the source, its mentions and reference sources
	 * included
	 * @param relationshipsRemoved relationships removed, provenance edges included
	 * @param mentionsRemoved the source's mentions
	 * @param removedNodeIds entities, events and claims removed
	 * @param keptNodeIds nodes the source supported that other sources support too
	 * @param removedRelationshipIds relationships removed, except the source's
	 * {@code EVIDENCED_BY} and {@code IN_SOURCE} edges
	 * @param updatedRelationshipIds relationships kept without the source's support
	 * @param removedReferenceSourceIds reference sources nothing cites any more
	 * @param auditId the audit record, unless a preview
	 */
	record RetractionPayload(String sourceId, boolean preview, int nodesRemoved, int relationshipsRemoved,
			int mentionsRemoved, List<String> removedNodeIds, List<String> keptNodeIds,
			List<String> removedRelationshipIds, List<String> updatedRelationshipIds,
			List<String> removedReferenceSourceIds, @Nullable String auditId) {
	}

}

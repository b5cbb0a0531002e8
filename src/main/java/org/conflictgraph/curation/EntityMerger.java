package org.conflictgraph.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.audit.AuditAction;
import org.conflictgraph.audit.AuditEntry;
import org.conflictgraph.audit.AuditTrail;
import org.conflictgraph.database.GraphWrites;
import org.conflictgraph.ingest.AttackedEdges;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.shared.InvalidInputException;
import org.conflictgraph.shared.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Merges one node into another of the same base label: every relationship of the merged
 * node, in both directions and of every type, moves to the survivor with its properties
 * and its evidence (so {@code EVIDENCED_BY} and {@code REFERENCED_IN} provenance moves
 * too); the merged node's names become aliases of the survivor; properties the survivor
 * lacks are taken over; the merged node is deleted and its id is kept in the survivor's
 * {@code mergedIds}, so reports that refer to it by id still resolve.
 * <p>
 * Relationship ids follow the model ({@code TYPE:from->to#key}): a moved relationship
 * gets the id of its new ends. When the survivor already has that relationship, the two
 * become one whose mentions, sources, references and reports are the union. A
 * relationship between the two merged nodes would become a loop and is dropped.
 * {@code ATTACKED} edges are derived afresh for the events concerned.
 */
@Component
class EntityMerger {

	static final Set<String> MERGEABLE = Set.of("Actor", "Place", "Asset", "Event");

	/** Properties the merge computes rather than takes over. */
	static final Set<String> COMPUTED = Set.of("id", "name", "aliases", "aliasText", "nameKeys", "nameKeyText",
			"reportIds", "mergedIds");

	/** Relationship properties that list support and are united, not overwritten. */
	static final List<String> SUPPORT = List.of("mentionIds", "sourceIds", "referenceIds", "reportIds");

	private static final String NODE = """
			MATCH (n:Node {id: $id})
			RETURN labels(n) AS labels, properties(n) AS properties""";

	private static final String RELATIONSHIPS = """
			MATCH (f:Node {id: $id})-[r]-(o)
			WHERE type(r) <> 'ATTACKED'
			RETURN DISTINCT elementId(r) AS rid, type(r) AS type, r.id AS id, startNode(r) = f AS outgoing,
			       o.id AS other, properties(r) AS properties""";

	/**
	 * The survivor's relationship that says the same as a moved one: the same id, or the
	 * same type, ends, role, event and claim (a report's {@code #key} aside).
	 */
	private static final String EXISTING = """
			MATCH (a:Node {id: $start})-[x:$($type)]->(b:Node {id: $end})
			WHERE elementId(x) <> $rid AND (x.id = $newId
			   OR (coalesce(x.role, '') = $role AND coalesce(x.eventId, '') = $eventId
			       AND coalesce(x.claimId, '') = $claimId))
			RETURN properties(x) AS properties, elementId(x) AS rid
			ORDER BY x.id = $newId DESC
			LIMIT 1""";

	private static final String COMBINE = """
			MATCH ()-[old]->() WHERE elementId(old) = $rid
			DELETE old
			WITH count(*) AS deleted
			MATCH ()-[x]->() WHERE elementId(x) = $existing
			SET x = $properties""";

	/**
	 * The merged id now leads to the survivor, and so do the ids that earlier merges
	 * folded into the merged node.
	 */
	private static final String REDIRECT = """
			MERGE (r:Redirect {id: $from})
			SET r.into = $into
			WITH r
			OPTIONAL MATCH (earlier:Redirect {into: $from})
			SET earlier.into = $into""";

	private static final String MOVE = """
			MATCH ()-[old]->() WHERE elementId(old) = $rid
			DELETE old
			WITH count(*) AS deleted
			MATCH (a:Node {id: $start})
			MATCH (b:Node {id: $end})
			MERGE (a)-[x:$($type) {id: $newId}]->(b)
			SET x = $properties""";

	private static final String EVENTS_OF = """
			MATCH (n:Node {id: $id})
			CALL (n) {
			  MATCH (n)-[:PARTICIPATED_IN]->(e:Event) RETURN e.id AS event
			  UNION
			  MATCH (e:Event)-[:TARGETED|DAMAGED|DESTROYED]->(n) RETURN e.id AS event
			  UNION
			  MATCH ()-[r:ATTACKED]-(n) RETURN r.eventId AS event
			}
			RETURN collect(DISTINCT event) AS events""";

	private final Neo4jClient neo4j;

	private final GraphWrites transactions;

	private final AttackedEdges attacked;

	private final AuditTrail audit;

	EntityMerger(Neo4jClient neo4j, GraphWrites transactions, AttackedEdges attacked, AuditTrail audit) {
		this.neo4j = neo4j;
		this.transactions = transactions;
		this.attacked = attacked;
		this.audit = audit;
	}

	MergePayload merge(String into, String from, boolean preview, String actor) {
		if (into.equals(from)) {
			throw new InvalidInputException("A node cannot be merged into itself");
		}
		return this.transactions.write(preview, () -> new Merge(into, from, preview, actor).run());
	}

	/** One merge, inside its transaction. */
	private final class Merge {

		private final String into;

		private final String from;

		private final boolean preview;

		private final String actor;

		private final List<RelationshipChange> changes = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private final Set<String> events = new LinkedHashSet<>();

		Merge(String into, String from, boolean preview, String actor) {
			this.into = into;
			this.from = from;
			this.preview = preview;
			this.actor = actor;
		}

		MergePayload run() {
			Map<String, Object> survivor = node(this.into);
			Map<String, Object> merged = node(this.from);
			List<String> survivorLabels = strings(survivor.get("labels"));
			List<String> mergedLabels = strings(merged.get("labels"));
			String base = NodeKind.baseLabel(survivorLabels);
			String otherBase = NodeKind.baseLabel(mergedLabels);
			if (base == null || !MERGEABLE.contains(base)) {
				throw new InvalidInputException("Only actors, places, assets and events can be merged; '" + this.into
						+ "' is a " + base + (("Claim".equals(base))
								? " (claims that agree stay separate statements of their claimants)" : ""));
			}
			if (!base.equals(otherBase)) {
				throw new InvalidInputException("'" + this.into + "' is a " + base + " and '" + this.from + "' a "
						+ otherBase + ": only nodes of the same base label can be merged");
			}
			kindWarning(survivorLabels, mergedLabels);
			valueWarnings(properties(survivor), properties(merged));

			this.events.addAll(eventsOf(this.from));
			if (base.equals("Event")) {
				this.events.add(this.into);
				this.events.add(this.from);
			}
			moveRelationships();
			List<String> filled = takeOverProperties(properties(survivor), properties(merged));
			List<String> aliasesAdded = uniteNames(properties(survivor), properties(merged), base);
			if (base.equals("Event")) {
				repointEventIds();
			}
			EntityMerger.this.neo4j.query("MATCH (m:Node {id: $id}) DELETE m").bind(this.from).to("id").run();
			EntityMerger.this.neo4j.query(REDIRECT).bindAll(Map.of("from", this.from, "into", this.into)).run();
			this.events.addAll(eventsOf(this.into));
			// The merged event's edges go; the others are derived afresh.
			this.events.add(this.from);
			int derived = EntityMerger.this.attacked.rederive(this.events);

			Map<String, Object> now = properties(node(this.into));
			String auditId = null;
			if (!this.preview) {
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("moved", count(Outcome.MOVED));
				details.put("combined", count(Outcome.COMBINED));
				details.put("dropped", count(Outcome.DROPPED));
				details.put("aliasesAdded", aliasesAdded);
				details.put("propertiesFilled", filled);
				auditId = EntityMerger.this.audit.record(new AuditEntry(this.actor, "graphql",
						AuditAction.MERGE_ENTITIES, List.of(this.into, this.from), "Merged " + this.from + " into "
								+ this.into + ": " + this.changes.size() + " relationships moved or combined",
						details));
			}
			return new MergePayload(this.into, this.from, this.preview, (String) now.get("name"),
					strings(now.get("aliases")), count(Outcome.MOVED), count(Outcome.COMBINED), count(Outcome.DROPPED),
					derived, List.copyOf(this.changes), aliasesAdded, filled, List.copyOf(this.warnings), auditId);
		}

		private void moveRelationships() {
			List<Map<String, Object>> relationships = List
				.copyOf(EntityMerger.this.neo4j.query(RELATIONSHIPS).bind(this.from).to("id").fetch().all());
			Set<String> seen = new HashSet<>();
			for (Map<String, Object> relationship : relationships) {
				String rid = (String) relationship.get("rid");
				if (!seen.add(rid)) {
					continue;
				}
				String type = (String) relationship.get("type");
				String oldId = (String) relationship.get("id");
				boolean outgoing = Boolean.TRUE.equals(relationship.get("outgoing"));
				String other = (String) relationship.get("other");
				if (this.into.equals(other)) {
					EntityMerger.this.neo4j.query("MATCH ()-[r]->() WHERE elementId(r) = $rid DELETE r")
						.bind(rid)
						.to("rid")
						.run();
					this.changes.add(new RelationshipChange(type, oldId, null, Outcome.DROPPED));
					continue;
				}
				boolean loop = this.from.equals(other);
				String oldStart = outgoing ? this.from : other;
				String oldEnd = (outgoing && !loop) ? other : this.from;
				String start = loop ? this.into : outgoing ? this.into : other;
				String end = loop ? this.into : outgoing ? other : this.into;
				String newId = newId(oldId, type, oldStart, oldEnd, start, end);
				Map<String, Object> moved = properties(relationship);
				Map<String, Object> found = EntityMerger.this.neo4j.query(EXISTING)
					.bindAll(Map.of("start", start, "end", end, "type", type, "newId", newId, "rid", rid, "role",
							text(moved.get("role")), "eventId", text(moved.get("eventId")), "claimId",
							text(moved.get("claimId"))))
					.fetch()
					.one()
					.orElse(null);
				if (found != null) {
					// The survivor already says this: one relationship, all the support.
					Map<String, Object> existing = properties(found);
					Map<String, Object> properties = combine(existing, moved);
					properties.put("id", existing.get("id"));
					EntityMerger.this.neo4j.query(COMBINE)
						.bindAll(Map.of("rid", rid, "existing", found.get("rid"), "properties", properties))
						.run();
					this.changes
						.add(new RelationshipChange(type, oldId, String.valueOf(existing.get("id")), Outcome.COMBINED));
					continue;
				}
				moved.put("id", newId);
				EntityMerger.this.neo4j.query(MOVE)
					.bindAll(Map.of("rid", rid, "start", start, "end", end, "type", type, "newId", newId, "properties",
							moved))
					.run();
				this.changes.add(new RelationshipChange(type, oldId, newId, Outcome.MOVED));
			}
		}

		/** Copies what the survivor lacks; the survivor's own values win. */
		private List<String> takeOverProperties(Map<String, Object> survivor, Map<String, Object> merged) {
			Map<String, Object> filled = new LinkedHashMap<>();
			merged.forEach((key, value) -> {
				if (!COMPUTED.contains(key) && !survivor.containsKey(key)) {
					filled.put(key, value);
				}
			});
			if (!filled.isEmpty()) {
				EntityMerger.this.neo4j.query("MATCH (n:Node {id: $id}) SET n += $filled")
					.bindAll(Map.of("id", this.into, "filled", filled))
					.run();
			}
			return List.copyOf(filled.keySet());
		}

		private List<String> uniteNames(Map<String, Object> survivor, Map<String, Object> merged, String base) {
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("id", this.into);
			parameters.put("reportIds", union(strings(survivor.get("reportIds")), strings(merged.get("reportIds"))));
			List<String> mergedIds = union(strings(survivor.get("mergedIds")), List.of(this.from));
			parameters.put("mergedIds", union(mergedIds, strings(merged.get("mergedIds"))));
			List<String> aliasesAdded = new ArrayList<>();
			if (!NodeKind.entityBaseLabels().contains(base)) {
				parameters.put("aliases", survivor.get("aliases"));
				parameters.put("nameKeys", survivor.get("nameKeys"));
			}
			else {
				String name = (String) survivor.get("name");
				List<String> aliases = new ArrayList<>(strings(survivor.get("aliases")));
				List<String> candidates = new ArrayList<>();
				if (merged.get("name") instanceof String mergedName) {
					candidates.add(mergedName);
				}
				candidates.addAll(strings(merged.get("aliases")));
				for (String candidate : candidates) {
					if (!candidate.equalsIgnoreCase(name)
							&& aliases.stream().noneMatch((alias) -> alias.equalsIgnoreCase(candidate))) {
						aliases.add(candidate);
						aliasesAdded.add(candidate);
					}
				}
				parameters.put("aliases", aliases);
				parameters.put("nameKeys", union(strings(survivor.get("nameKeys")), strings(merged.get("nameKeys"))));
			}
			EntityMerger.this.neo4j.query("""
					MATCH (n:Node {id: $id})
					SET n.aliases = $aliases, n.nameKeys = $nameKeys, n.reportIds = $reportIds, n.mergedIds = $mergedIds
					""" + NameText.REFRESH).bindAll(parameters).run();
			return aliasesAdded;
		}

		/**
		 * Relationship properties that name the merged event by id now name the survivor.
		 */
		private void repointEventIds() {
			EntityMerger.this.neo4j.query("""
					MATCH ()-[r]->() WHERE r.eventId = $from AND type(r) <> 'ATTACKED'
					SET r.eventId = $into""").bindAll(Map.of("from", this.from, "into", this.into)).run();
		}

		private List<String> eventsOf(String id) {
			return strings(EntityMerger.this.neo4j.query(EVENTS_OF)
				.bind(id)
				.to("id")
				.fetch()
				.one()
				.orElseThrow()
				.get("events"));
		}

		private void kindWarning(List<String> survivorLabels, List<String> mergedLabels) {
			String kind = kind(survivorLabels);
			String otherKind = kind(mergedLabels);
			if (kind != null && otherKind != null && !kind.equals(otherKind)) {
				this.warnings.add("'" + this.into + "' stays a " + kind + "; '" + this.from + "' was a " + otherKind);
			}
		}

		private void valueWarnings(Map<String, Object> survivor, Map<String, Object> merged) {
			for (Map.Entry<String, Object> property : merged.entrySet()) {
				String key = property.getKey();
				Object kept = survivor.get(key);
				if (!COMPUTED.contains(key) && kept != null && !Objects.equals(kept, property.getValue())) {
					this.warnings.add(key + " differs: keeps '" + kept + "', drops '" + property.getValue() + "'");
				}
			}
		}

		private Map<String, Object> node(String id) {
			return EntityMerger.this.neo4j.query(NODE)
				.bind(id)
				.to("id")
				.fetch()
				.one()
				.orElseThrow(() -> new NotFoundException("No node has the id '" + id + "'"));
		}

		private int count(Outcome outcome) {
			return (int) this.changes.stream().filter((change) -> change.outcome() == outcome).count();
		}

	}

	/**
	 * The id of a relationship whose ends change: {@code TYPE:start->end} plus whatever
	 * followed (the {@code #key}). An id that does not follow the model is kept.
	 */
	static String newId(@Nullable String oldId, String type, String oldStart, String oldEnd, String start, String end) {
		String prefix = type + ":" + oldStart + "->" + oldEnd;
		if (oldId == null) {
			return type + ":" + start + "->" + end;
		}
		if (oldId.startsWith(prefix) && (oldId.length() == prefix.length() || oldId.charAt(prefix.length()) == '#')) {
			return type + ":" + start + "->" + end + oldId.substring(prefix.length());
		}
		return oldId;
	}

	/** The survivor's relationship with the support of the moved one added. */
	static Map<String, Object> combine(Map<String, Object> existing, Map<String, Object> moved) {
		Map<String, Object> combined = new LinkedHashMap<>(moved);
		combined.putAll(existing);
		for (String list : SUPPORT) {
			if (existing.containsKey(list) || moved.containsKey(list)) {
				combined.put(list, union(strings(existing.get(list)), strings(moved.get(list))));
			}
		}
		return combined;
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? String.valueOf(value) : "";
	}

	static List<String> union(List<String> first, List<String> second) {
		Set<String> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> properties(Map<String, Object> row) {
		Object properties = row.get("properties");
		return (properties instanceof Map<?, ?> map) ? new LinkedHashMap<>((Map<String, Object>) map)
				: new LinkedHashMap<>();
	}

	static List<String> strings(@Nullable Object value) {
		List<String> strings = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((item) -> strings.add(String.valueOf(item)));
		}
		return strings;
	}

	private static @Nullable String kind(List<String> labels) {
		return labels.stream().filter((label) -> NodeKind.entityKind(label) != null).findFirst().orElse(null);
	}

	/** What happened to one relationship of the merged node. */
	enum Outcome {

		/** Moved to the survivor. */
		MOVED,

		/** United with the survivor's own relationship of the same id. */
		COMBINED,

		/** Between the two merged nodes: dropped. */
		DROPPED

	}

	record RelationshipChange(String type, @Nullable String oldId, @Nullable String newId, Outcome outcome) {
	}

	/**
	 * What a merge did or, as a preview, would do.
	 */
	record MergePayload(String into, String from, boolean preview, @Nullable String name, List<String> aliases,
			int moved, int combined, int dropped, int attackedEdges, List<RelationshipChange> relationships,
			List<String> aliasesAdded, List<String> propertiesFilled, List<String> warnings, @Nullable String auditId) {
	}

}

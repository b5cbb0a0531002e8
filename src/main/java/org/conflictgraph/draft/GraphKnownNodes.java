package org.conflictgraph.draft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictgraph.shared.GraphReader;

import org.springframework.stereotype.Component;

/**
 * The graph's actors, places and assets found through the resolver's name keys (the
 * {@code entity_name_keys} index), so that a draft links to existing nodes.
 */
@Component
class GraphKnownNodes {

	private static final String BY_NAME_KEY = """
			UNWIND $keys AS key
			CALL db.index.fulltext.queryNodes('entity_name_keys', key) YIELD node
			WITH key, node WHERE key IN node.nameKeys AND (node:Actor OR node:Place OR node:Asset)
			RETURN key, node.id AS id, [l IN labels(node) WHERE NOT l IN ['Node', 'Actor', 'Place', 'Asset']][0] AS kind,
			       node.name AS name""";

	private static final Set<String> KINDS = Set.of("ArmedGroup", "MilitaryForce", "GovernmentBody", "Person",
			"MediaOutlet", "State", "Country", "Region", "District", "Settlement", "Facility", "Aircraft", "Vehicle",
			"Drone", "Missile", "Infrastructure");

	private static final String BY_ID = """
			UNWIND $ids AS id
			MATCH (node:Node {id: id})
			RETURN node.id AS id, [l IN labels(node) WHERE NOT l IN ['Node', 'Actor', 'Place', 'Asset']][0] AS kind,
			       node.name AS name""";

	private final GraphReader reader;

	GraphKnownNodes(GraphReader reader) {
		this.reader = reader;
	}

	KnownNodes nodes() {
		return this::byKeys;
	}

	/** The existing nodes of these ids, with their kind and name, by id. */
	Map<String, KnownNodes.Known> byIds(Collection<String> ids) {
		Map<String, KnownNodes.Known> result = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		this.reader.list(BY_ID, Map.of("ids", List.copyOf(ids)), (record) -> {
			String kind = record.get("kind").isNull() ? "" : record.get("kind").asString();
			String id = record.get("id").asString();
			result.put(id,
					new KnownNodes.Known(id, kind, record.get("name").isNull() ? id : record.get("name").asString()));
			return Boolean.TRUE;
		});
		return result;
	}

	private Map<String, List<KnownNodes.Known>> byKeys(Collection<String> keys) {
		Map<String, List<KnownNodes.Known>> result = new LinkedHashMap<>();
		if (keys.isEmpty()) {
			return result;
		}
		this.reader.list(BY_NAME_KEY, Map.of("keys", List.copyOf(keys)), (record) -> {
			String kind = record.get("kind").isNull() ? "" : record.get("kind").asString();
			if (KINDS.contains(kind)) {
				result.computeIfAbsent(record.get("key").asString(), (k) -> new ArrayList<>())
					.add(new KnownNodes.Known(record.get("id").asString(), kind,
							record.get("name").isNull() ? record.get("id").asString() : record.get("name").asString()));
			}
			return Boolean.TRUE;
		});
		return result;
	}

}

package org.conflictgraph.curation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.audit.AuditAction;
import org.conflictgraph.audit.AuditEntry;
import org.conflictgraph.audit.AuditTrail;
import org.conflictgraph.database.GraphWrites;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.ingest.Names;
import org.conflictgraph.shared.InvalidInputException;
import org.conflictgraph.shared.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Adds a name to an actor, place or asset, so that reports using it resolve to the node.
 * A name that already belongs to another node of the same kind is refused: the two are
 * then likely one, and merging them is the way.
 */
@Component
class Aliases {

	static final int MAX_LENGTH = 300;

	private final Neo4jClient neo4j;

	private final GraphWrites transactions;

	private final AuditTrail audit;

	Aliases(Neo4jClient neo4j, GraphWrites transactions, AuditTrail audit) {
		this.neo4j = neo4j;
		this.transactions = transactions;
		this.audit = audit;
	}

	AliasPayload add(String id, String alias, String actor) {
		String name = alias.strip();
		if (name.isEmpty() || name.length() > MAX_LENGTH) {
			throw new InvalidInputException("An alias has 1 to " + MAX_LENGTH + " characters");
		}
		if (name.chars().anyMatch((c) -> Character.isISOControl(c) || Character.isSurrogate((char) c))) {
			throw new InvalidInputException("An alias cannot contain control characters");
		}
		String key = Names.key(name);
		if (key.isEmpty()) {
			throw new InvalidInputException("An alias needs at least one letter or digit");
		}
		return this.transactions.write(false, () -> {
			Map<String, Object> node = this.neo4j
				.query("MATCH (n:Node {id: $id}) RETURN labels(n) AS labels, n.name AS name, n.aliases AS aliases")
				.bind(id)
				.to("id")
				.fetch()
				.one()
				.orElseThrow(() -> new NotFoundException("No node has the id '" + id + "'"));
			@SuppressWarnings("unchecked")
			String base = NodeKind.baseLabel((List<String>) node.get("labels"));
			if (base == null || !NodeKind.entityBaseLabels().contains(base)) {
				throw new InvalidInputException(
						"Only actors, places and assets have aliases; '" + id + "' is a " + base);
			}
			@SuppressWarnings("unchecked")
			List<String> aliases = (node.get("aliases") != null) ? (List<String>) node.get("aliases") : List.of();
			// Aliases are unique per node whatever their case: the first spelling stays.
			if (name.equalsIgnoreCase(String.valueOf(node.get("name")))
					|| aliases.stream().anyMatch((known) -> known.equalsIgnoreCase(name))) {
				return new AliasPayload(id, (String) node.get("name"), aliases, false, null);
			}
			List<Map<String, Object>> others = List.copyOf(this.neo4j.query(NameText.OTHERS_WITH_KEY)
				.bindAll(Map.of("key", key, "id", id, "base", base))
				.fetch()
				.all());
			if (!others.isEmpty()) {
				throw new InvalidInputException("'" + name + "' is already a name of "
						+ others.stream().map((other) -> other.get("id") + " (" + other.get("name") + ")").toList()
						+ "; if they are the same, merge them with mergeEntities");
			}
			Map<String, Object> updated = this.neo4j.query("""
					MATCH (n:Node {id: $id})
					SET n.aliases = coalesce(n.aliases, []) + $alias,
					    n.nameKeys = CASE WHEN $key IN coalesce(n.nameKeys, []) THEN n.nameKeys
					      ELSE coalesce(n.nameKeys, []) + $key END
					""" + NameText.REFRESH + """

					RETURN n.name AS name, n.aliases AS aliases""")
				.bindAll(Map.of("id", id, "alias", name, "key", key))
				.fetch()
				.one()
				.orElseThrow();
			String auditId = this.audit.record(new AuditEntry(actor, "graphql", AuditAction.ADD_ALIAS, List.of(id),
					"Added the alias '" + name + "' to " + id, Map.of("alias", name, "key", key)));
			@SuppressWarnings("unchecked")
			List<String> now = (List<String>) updated.get("aliases");
			return new AliasPayload(id, (String) updated.get("name"), now, true, auditId);
		});
	}

	/**
	 * An entity's names after {@code addAlias}.
	 *
	 * @param id the entity
	 * @param name its name
	 * @param aliases its aliases, the new one included
	 * @param added false when the entity already had the name
	 * @param auditId the audit record, when something changed
	 */
	record AliasPayload(String id, String name, List<String> aliases, boolean added, @Nullable String auditId) {
	}

}

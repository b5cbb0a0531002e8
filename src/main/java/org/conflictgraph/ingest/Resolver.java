package org.conflictgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.ingest.Report.EntityDescription;
import org.conflictgraph.ingest.ReportIngester.Prepared;
import org.conflictgraph.ingest.ReportValidator.ExternalReference;
import org.conflictgraph.ingest.ReportValidator.StatedRelation;

/**
 * Stage 3 of the pipeline: maps every id, name and alias a report uses to the node it
 * will be written to (itself, an existing node with that id, the survivor of a merge that
 * absorbed it, or an existing node of the same base label known by the same name key) and
 * checks every relationship's ends against its type's rule.
 * <p>
 * One resolver serves a batch of reports written in one transaction: it asks the graph
 * once for every id and name key of the batch, then resolves the reports in order, each
 * seeing the nodes the reports before it will create.
 */
final class Resolver {

	private final ReportWriter writer;

	/** Kinds of the nodes of the graph, by id, as far as asked. */
	private final Map<String, NodeKind> graph = new HashMap<>();

	/** Survivors of merges, by the ids they absorbed. */
	private final Map<String, String> redirects = new HashMap<>();

	/** Nodes by name key: key to (id to kind), from the graph and the batch so far. */
	private final Map<String, Map<String, NodeKind>> byKey = new HashMap<>();

	/** Nodes that reports of the batch create, by id. */
	private final Map<String, NodeKind> created = new HashMap<>();

	private Resolver(ReportWriter writer) {
		this.writer = writer;
	}

	/**
	 * A resolver for the batch, with the graph asked about all it uses in three reads.
	 */
	static Resolver forBatch(ReportWriter writer, List<Prepared> batch) {
		Resolver resolver = new Resolver(writer);
		resolver.lookUp(batch);
		return resolver;
	}

	private void lookUp(List<Prepared> batch) {
		Set<String> ids = new LinkedHashSet<>();
		Set<String> keys = new LinkedHashSet<>();
		for (Prepared prepared : batch) {
			ids.addAll(prepared.checked().localKinds().keySet());
			for (ExternalReference ref : prepared.checked().external()) {
				if (ReportValidator.ID.matcher(ref.reference()).matches()) {
					ids.add(ref.reference());
				}
				else {
					keys.addAll(Names.lookupKeys(ref.reference()));
				}
			}
			for (EntityDescription entity : prepared.report().entities()) {
				keys.addAll(Names.allKeys(entity.name(), entity.aliases()));
			}
		}
		this.graph.putAll(this.writer.existingKinds(ids));
		Set<String> unknown = new LinkedHashSet<>(ids);
		unknown.removeAll(this.graph.keySet());
		this.writer.redirects(unknown).forEach((id, survivor) -> {
			this.redirects.put(id, survivor.id());
			this.graph.put(survivor.id(), survivor.kind());
		});
		this.writer.nodesByNameKey(keys)
			.forEach((key, nodes) -> this.byKey.computeIfAbsent(key, (k) -> new LinkedHashMap<>()).putAll(nodes));
	}

	/**
	 * Resolves one report, adding its problems; registers the nodes it creates for the
	 * reports after it.
	 */
	Resolution resolve(Prepared prepared, List<Problem> problems) {
		Report report = prepared.report();
		Map<String, @Nullable NodeKind> local = prepared.checked().localKinds();
		Map<String, String> renamed = new LinkedHashMap<>();
		Map<String, NodeKind> kinds = new HashMap<>();
		Set<String> existing = new LinkedHashSet<>();
		List<String> createdHere = new ArrayList<>();

		for (int i = 0; i < report.entities().size(); i++) {
			EntityDescription entity = report.entities().get(i);
			NodeKind kind = local.get(entity.id());
			if (kind == null) {
				continue;
			}
			String target = known(entity.id());
			if (target != null) {
				NodeKind found = kindOf(target);
				if (found != null && found.base() != kind.base()) {
					problems.add(new Problem("$.entities[" + i + "].id", "'" + entity.id() + "' already names a "
							+ found.base().label() + " in the graph, not a " + kind.base().label()));
					continue;
				}
				rename(renamed, entity.id(), target);
				existing.add(target);
				continue;
			}
			Map<String, NodeKind> candidates = candidates(Names.keys(entity.name(), entity.aliases()), kind);
			if (candidates.isEmpty()) {
				// Word-order variants ("Defence Ministry", "Ministry of Defence") count
				// only
				// when they point at one node.
				Map<String, NodeKind> variants = candidates(Names.wordOrderKeys(entity.name(), entity.aliases()), kind);
				if (variants.size() == 1) {
					candidates = variants;
				}
			}
			if (candidates.size() == 1) {
				String target2 = candidates.keySet().iterator().next();
				renamed.put(entity.id(), target2);
				existing.add(target2);
			}
			else if (candidates.size() > 1) {
				problems.add(new Problem("$.entities[" + i + "]",
						"'" + entity.name() + "' matches several nodes of the graph "
								+ new TreeSet<>(candidates.keySet()) + "; use the id of the one you mean"));
			}
			else {
				createdHere.add(entity.id());
			}
		}
		for (Map.Entry<String, @Nullable NodeKind> defined : local.entrySet()) {
			NodeKind kind = defined.getValue();
			if (kind == null || kind.isEntity()) {
				continue;
			}
			String target = known(defined.getKey());
			if (target != null) {
				rename(renamed, defined.getKey(), target);
				existing.add(target);
			}
			else {
				createdHere.add(defined.getKey());
			}
		}

		for (ExternalReference ref : prepared.checked().external()) {
			String target = known(ref.reference());
			if (target == null && !ReportValidator.ID.matcher(ref.reference()).matches()) {
				Map<String, NodeKind> candidates = new LinkedHashMap<>();
				for (String key : Names.lookupKeys(ref.reference())) {
					this.byKey.getOrDefault(key, Map.of()).forEach((id, nodeKind) -> {
						if (ref.allows(nodeKind)) {
							candidates.put(id, nodeKind);
						}
					});
					if (!candidates.isEmpty()) {
						break;
					}
				}
				if (candidates.size() > 1) {
					problems.add(new Problem(ref.path(), "'" + ref.reference() + "' matches several nodes "
							+ new TreeSet<>(candidates.keySet()) + "; use the id of the one you mean"));
					continue;
				}
				if (candidates.size() == 1) {
					target = candidates.keySet().iterator().next();
				}
			}
			if (target == null) {
				problems.add(new Problem(ref.path(), "'" + ref.reference()
						+ "' is neither defined in this report nor a node of the graph (by id, name or alias)"));
				continue;
			}
			NodeKind kind = kindOf(target);
			rename(renamed, ref.reference(), target);
			existing.add(target);
			if (kind != null && !ref.allows(kind)) {
				problems.add(new Problem(ref.path(), "'" + ref.reference() + "' is a " + kind.label()
						+ " but must be one of " + ReportValidator.labels(ref.allowed())));
			}
		}

		for (Map.Entry<String, @Nullable NodeKind> defined : local.entrySet()) {
			if (defined.getValue() != null) {
				kinds.put(defined.getKey(), defined.getValue());
			}
		}
		renamed.forEach((reference, id) -> {
			NodeKind kind = kindOf(id);
			if (kind != null) {
				kinds.put(reference, kind);
			}
		});
		checkRules(prepared.checked().relations(), kinds, problems);

		if (problems.isEmpty()) {
			for (String id : createdHere) {
				NodeKind kind = local.get(id);
				if (kind != null) {
					this.created.put(id, kind);
				}
			}
			for (EntityDescription entity : report.entities()) {
				String id = renamed.getOrDefault(entity.id(), entity.id());
				NodeKind kind = kindOf(id);
				if (kind == null) {
					continue;
				}
				for (String key : Names.allKeys(entity.name(), entity.aliases())) {
					this.byKey.computeIfAbsent(key, (k) -> new LinkedHashMap<>()).putIfAbsent(id, kind);
				}
			}
		}
		// Sources are bookkeeping of the report, not nodes it is about.
		existing.removeIf((id) -> kindOf(id) == NodeKind.SOURCE);
		List<String> createdNodes = createdHere.stream().filter((id) -> local.get(id) != NodeKind.SOURCE).toList();
		return new Resolution(renamed, existing, createdNodes);
	}

	/**
	 * Every relationship's ends must be labels its type allows, e.g. HOLDS_POSITION only
	 * from a Person.
	 */
	private static void checkRules(List<StatedRelation> relations, Map<String, NodeKind> kinds,
			List<Problem> problems) {
		for (StatedRelation relation : relations) {
			NodeKind from = kinds.get(relation.from());
			NodeKind to = kinds.get(relation.to());
			if (from == null || to == null) {
				continue;
			}
			if (!relation.type().allows(from, to)) {
				problems.add(new Problem(relation.path(),
						relation.type().name() + " cannot go from " + from.label() + " '" + relation.from() + "' to "
								+ to.label() + " '" + relation.to() + "': the rule is "
								+ relation.type().describeRule()));
			}
		}
	}

	private static void rename(Map<String, String> renamed, String reference, String id) {
		if (!reference.equals(id)) {
			renamed.put(reference, id);
		}
	}

	/** The node an id names in the graph or the batch, following merges; else null. */
	private @Nullable String known(String id) {
		if (this.graph.containsKey(id) || this.created.containsKey(id)) {
			return id;
		}
		return this.redirects.get(id);
	}

	private @Nullable NodeKind kindOf(String id) {
		NodeKind kind = this.graph.get(id);
		return (kind != null) ? kind : this.created.get(id);
	}

	private Map<String, NodeKind> candidates(Set<String> keys, NodeKind kind) {
		Map<String, NodeKind> candidates = new LinkedHashMap<>();
		for (String key : keys) {
			this.byKey.getOrDefault(key, Map.of()).forEach((id, nodeKind) -> {
				if (nodeKind.base() == kind.base()) {
					candidates.put(id, nodeKind);
				}
			});
		}
		return candidates;
	}

	/**
	 * Where a report's ids and names go.
	 *
	 * @param renamed report ids and names to the existing nodes they resolved to
	 * @param existing nodes of the graph (or of earlier reports of the batch) the report
	 * writes onto or refers to
	 * @param created ids of the nodes the report creates
	 */
	record Resolution(Map<String, String> renamed, Set<String> existing, List<String> created) {
	}

}

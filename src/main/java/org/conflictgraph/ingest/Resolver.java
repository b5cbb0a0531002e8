package org.conflictgraph.ingest;

import java.time.LocalDate;
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
import org.conflictgraph.ingest.Report.EventDescription;
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

	/**
	 * The confidence of a {@code POSSIBLY_SAME_AS} between a new event and each of the
	 * several existing events that agree with it.
	 */
	static final double AMBIGUOUS_CONFIDENCE = 0.9;

	/** Kinds of the nodes of the graph, by id, as far as asked. */
	private final Map<String, NodeKind> graph = new HashMap<>();

	/** Survivors of merges, by the ids they absorbed. */
	private final Map<String, String> redirects = new HashMap<>();

	/** Nodes by name key: key to (id to kind), from the graph and the batch so far. */
	private final Map<String, Map<String, NodeKind>> byKey = new HashMap<>();

	/** Nodes that reports of the batch create, by id. */
	private final Map<String, NodeKind> created = new HashMap<>();

	/**
	 * Events a new event may be: existing ones of the batch's types and dates, and those
	 * the batch so far creates.
	 */
	private final Map<String, EventSignature> events = new LinkedHashMap<>();

	/** Places of the graph with every place they lie in. */
	private final Map<String, Set<String>> above = new HashMap<>();

	/** Places the batch so far says lie in others (LOCATED_IN). */
	private final Map<String, Set<String>> batchParents = new HashMap<>();

	/** The name keys the batch's reports add, apart from those the graph gave. */
	private final Map<String, Map<String, NodeKind>> batchKeys = new HashMap<>();

	/** The events the batch's reports create. */
	private final Map<String, EventSignature> batchEvents = new LinkedHashMap<>();

	/** Existing events the batch's reports resolved onto. */
	private final Map<String, NodeKind> batchResolved = new HashMap<>();

	/** The nodes this batch's reports create (not those of a previous batch). */
	private final Map<String, NodeKind> batchCreated = new HashMap<>();

	/** The places this batch's reports say lie in others. */
	private final Map<String, Set<String>> ownParents = new HashMap<>();

	private Resolver(Lookups lookups) {
		this.graph.putAll(lookups.kinds());
		lookups.redirects().forEach((id, survivor) -> {
			this.redirects.put(id, survivor.id());
			this.graph.put(survivor.id(), survivor.kind());
		});
		lookups.byKey()
			.forEach((key, nodes) -> this.byKey.computeIfAbsent(key, (k) -> new LinkedHashMap<>()).putAll(nodes));
		this.events.putAll(lookups.events());
		this.above.putAll(lookups.above());
	}

	/**
	 * A resolver for the batch, with the graph asked about all it uses in a few reads.
	 */
	static Resolver forBatch(ReportWriter writer, List<Prepared> batch) {
		return new Resolver(Lookups.read(writer, batch));
	}

	/** A resolver that answers from reads made before. */
	static Resolver of(Lookups lookups) {
		return new Resolver(lookups);
	}

	/**
	 * A resolver that answers from reads made before and from what the previous batch
	 * will create: for a batch planned while the previous one is still being written, so
	 * its reads may not see that batch's nodes. It resolves as if both were one batch.
	 */
	static Resolver of(Lookups lookups, @Nullable Carry previous) {
		Resolver resolver = new Resolver(lookups);
		if (previous != null) {
			previous.created().forEach(resolver.created::putIfAbsent);
			previous.resolved().forEach(resolver.graph::putIfAbsent);
			previous.keys()
				.forEach((key, nodes) -> nodes
					.forEach((id, kind) -> resolver.byKey.computeIfAbsent(key, (k) -> new LinkedHashMap<>())
						.putIfAbsent(id, kind)));
			previous.events().forEach(resolver.events::putIfAbsent);
			previous.parents()
				.forEach((place, parents) -> resolver.batchParents.computeIfAbsent(place, (k) -> new LinkedHashSet<>())
					.addAll(parents));
		}
		return resolver;
	}

	/**
	 * What the reports resolved so far add to what the graph said: the nodes they create,
	 * their name keys, events and places, for the next batch (see
	 * {@link #of(Lookups, Carry)}).
	 */
	Carry carry() {
		Map<String, Map<String, NodeKind>> keys = new HashMap<>();
		this.batchKeys.forEach((key, nodes) -> keys.put(key, Map.copyOf(nodes)));
		Map<String, Set<String>> parents = new HashMap<>();
		this.ownParents.forEach((place, above) -> parents.put(place, Set.copyOf(above)));
		return new Carry(Map.copyOf(this.batchCreated), Map.copyOf(this.batchResolved), keys,
				new LinkedHashMap<>(this.batchEvents), parents);
	}

	/**
	 * What one batch's resolution added to the graph's answers.
	 *
	 * @param created nodes the batch creates, by id
	 * @param resolved existing events the batch resolved onto
	 * @param keys name keys the batch adds: key to (id to kind)
	 * @param events events the batch creates
	 * @param parents places the batch says lie in others
	 */
	record Carry(Map<String, NodeKind> created, Map<String, NodeKind> resolved, Map<String, Map<String, NodeKind>> keys,
			Map<String, EventSignature> events, Map<String, Set<String>> parents) {
	}

	/**
	 * Everything resolution asks the graph about a batch. Resolution is a function of
	 * these answers and the reports, so the same answers read again mean the same
	 * resolution: that is how a write re-checks, under the write lock, a resolution made
	 * before it.
	 *
	 * @param kinds kinds of the batch's ids that name nodes
	 * @param redirects survivors of merges, by the batch's ids they absorbed
	 * @param byKey nodes by the batch's name keys
	 * @param events existing events of the batch's event types and dates
	 * @param above places the batch may name, with every place they lie in
	 */
	record Lookups(Map<String, NodeKind> kinds, Map<String, ReportWriter.Survivor> redirects,
			Map<String, Map<String, NodeKind>> byKey, Map<String, EventSignature> events,
			Map<String, Set<String>> above) {

		static Lookups read(ReportWriter writer, List<Prepared> batch) {
			Set<String> ids = new LinkedHashSet<>();
			Set<String> keys = new LinkedHashSet<>();
			List<ReportWriter.EventWindow> windows = new ArrayList<>();
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
				for (EventDescription event : prepared.report().events()) {
					LocalDate[] days = days(event);
					if (days != null) {
						windows.add(new ReportWriter.EventWindow(event.type(), days[0], days[1]));
					}
				}
			}
			Map<String, NodeKind> kinds = writer.existingKinds(ids);
			Set<String> unknown = new LinkedHashSet<>(ids);
			unknown.removeAll(kinds.keySet());
			Map<String, ReportWriter.Survivor> redirects = writer.redirects(unknown);
			Map<String, Map<String, NodeKind>> byKey = writer.nodesByNameKey(keys);
			Map<String, EventSignature> events = writer.eventCandidates(windows,
					existing(NodeKind.ACTOR, kinds, redirects, byKey));
			Set<String> places = existing(NodeKind.PLACE, kinds, redirects, byKey);
			return new Lookups(kinds, redirects, byKey, events, writer.placesAbove(places));
		}

		/**
		 * The existing nodes of a base kind the batch may name: by id, by an id merged
		 * into them, or by a name key. Those are all the existing nodes resolution can
		 * map the batch's references to.
		 */
		private static Set<String> existing(NodeKind base, Map<String, NodeKind> kinds,
				Map<String, ReportWriter.Survivor> redirects, Map<String, Map<String, NodeKind>> byKey) {
			Set<String> ids = new TreeSet<>();
			kinds.forEach((id, kind) -> {
				if (kind.base() == base) {
					ids.add(id);
				}
			});
			redirects.values()
				.stream()
				.filter((survivor) -> survivor.kind().base() == base)
				.forEach((survivor) -> ids.add(survivor.id()));
			byKey.values().forEach((nodes) -> nodes.forEach((id, kind) -> {
				if (kind.base() == base) {
					ids.add(id);
				}
			}));
			return ids;
		}

	}

	/** The days an event's date covers, null when it has no readable date. */
	static LocalDate @Nullable [] days(EventDescription event) {
		try {
			return EventSignature.days(LocalDate.parse(event.date()), event.datePrecision());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Resolves one report, adding its problems; registers the nodes it creates for the
	 * reports after it.
	 */
	Resolution resolve(Prepared prepared, List<Problem> problems) {
		return resolve(prepared, problems, Set.of());
	}

	/**
	 * Like {@link #resolve(Prepared, List)}, never resolving a new event onto one of
	 * {@code distinct}.
	 */
	Resolution resolve(Prepared prepared, List<Problem> problems, Set<String> distinct) {
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
				// Known now by id too, so that the names this report adds to it count
				// for the reports after it.
				this.graph.putIfAbsent(target2, candidates.get(target2));
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
					this.graph.putIfAbsent(target, candidates.get(target));
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

		Map<String, EventDescription> events = new HashMap<>();
		report.events().forEach((event) -> events.put(event.id(), event));
		List<EventMatch> eventMatches = new ArrayList<>();
		Map<String, Map<String, String>> inferences = new LinkedHashMap<>();
		for (Map.Entry<String, @Nullable NodeKind> defined : local.entrySet()) {
			NodeKind kind = defined.getValue();
			if (kind == null || kind.isEntity()) {
				continue;
			}
			String target = known(defined.getKey());
			if (target != null) {
				rename(renamed, defined.getKey(), target);
				existing.add(target);
				continue;
			}
			EventDescription event = events.get(defined.getKey());
			if (event != null) {
				EventSignature signature = signature(report, event, renamed);
				Map<String, String> agreeing = new LinkedHashMap<>();
				if (signature != null) {
					Set<String> related = related(report, event.id(), renamed);
					for (EventSignature other : this.events.values()) {
						if (related.contains(other.id()) || distinct.contains(other.id())) {
							// The report says how the two relate (a part of it, possibly
							// it).
							continue;
						}
						String basis = signature.agreement(other);
						if (basis != null) {
							agreeing.put(other.id(), basis);
						}
					}
				}
				if (agreeing.size() == 1) {
					Map.Entry<String, String> only = agreeing.entrySet().iterator().next();
					renamed.put(event.id(), only.getKey());
					existing.add(only.getKey());
					this.graph.putIfAbsent(only.getKey(), NodeKind.EVENT);
					this.batchResolved.putIfAbsent(only.getKey(), NodeKind.EVENT);
					eventMatches.add(new EventMatch(event.id(), only.getKey(), List.of(), 1.0,
							"the one event that agrees: " + only.getValue()));
					continue;
				}
				if (agreeing.size() > 1) {
					// Type, date, place and an actor agree; only that another event
					// agrees as well leaves doubt.
					double confidence = AMBIGUOUS_CONFIDENCE;
					Map<String, String> bases = new LinkedHashMap<>();
					agreeing.forEach((other, basis) -> bases.put(other, basis + "; but " + (agreeing.size() - 1)
							+ " other event(s) agree as well, so it was not resolved onto one"));
					inferences.put(event.id(), bases);
					eventMatches.add(new EventMatch(event.id(), null, List.copyOf(agreeing.keySet()), confidence,
							agreeing.size() + " events agree in type, date, place and a participant or claimant: "
									+ String.join(", ", agreeing.keySet())
									+ "; written as a new event, possibly the same as each"));
				}
			}
			createdHere.add(defined.getKey());
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
					this.batchCreated.put(id, kind);
				}
			}
			for (String id : createdHere) {
				EventDescription event = events.get(id);
				EventSignature signature = (event != null) ? signature(report, event, renamed) : null;
				if (signature != null) {
					this.events.put(id, signature);
					this.batchEvents.put(id, signature);
				}
			}
			for (Report.RelationDescription relation : report.relations()) {
				if (relation.type().equals("LOCATED_IN")) {
					this.batchParents.computeIfAbsent(id(renamed, relation.from()), (k) -> new LinkedHashSet<>())
						.add(id(renamed, relation.to()));
					this.ownParents.computeIfAbsent(id(renamed, relation.from()), (k) -> new LinkedHashSet<>())
						.add(id(renamed, relation.to()));
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
					this.batchKeys.computeIfAbsent(key, (k) -> new LinkedHashMap<>()).putIfAbsent(id, kind);
				}
			}
		}
		// Sources are bookkeeping of the report, not nodes it is about.
		existing.removeIf((id) -> kindOf(id) == NodeKind.SOURCE);
		List<String> createdNodes = createdHere.stream().filter((id) -> local.get(id) != NodeKind.SOURCE).toList();
		return new Resolution(renamed, existing, createdNodes, eventMatches, inferences);
	}

	/**
	 * What event resolution compares of a new event of the report, with the report's
	 * references resolved; null when it has no readable date.
	 */
	private @Nullable EventSignature signature(Report report, EventDescription event, Map<String, String> renamed) {
		LocalDate[] days = days(event);
		if (days == null) {
			return null;
		}
		Set<String> places = new TreeSet<>();
		Set<String> participants = new TreeSet<>();
		Set<String> claimants = new TreeSet<>();
		for (Report.RelationDescription relation : report.relations()) {
			if (relation.type().equals("OCCURRED_IN") && relation.from().equals(event.id())) {
				places.add(id(renamed, relation.to()));
			}
			else if (relation.type().equals("PARTICIPATED_IN") && relation.to().equals(event.id())) {
				participants.add(id(renamed, relation.from()));
			}
		}
		for (Report.ClaimDescription claim : report.claims()) {
			if (claim.about().contains(event.id())) {
				claimants.add(id(renamed, claim.claimant()));
			}
		}
		Set<String> within = new TreeSet<>();
		places.forEach((place) -> placeAndAbove(report, renamed, place, within, 0));
		return new EventSignature(event.id(), event.type(), days[0], days[1], places, within, participants, claimants);
	}

	/**
	 * The events the report itself relates the event to: the event it is part of, its
	 * parts, and those it states PART_OF or POSSIBLY_SAME_AS to or from it.
	 */
	private static Set<String> related(Report report, String eventId, Map<String, String> renamed) {
		Set<String> related = new TreeSet<>();
		for (EventDescription other : report.events()) {
			if (other.id().equals(eventId) && other.partOf() != null) {
				related.add(id(renamed, other.partOf()));
			}
			if (eventId.equals(other.partOf())) {
				related.add(id(renamed, other.id()));
			}
		}
		for (Report.RelationDescription relation : report.relations()) {
			if (relation.type().equals("PART_OF") || relation.type().equals("POSSIBLY_SAME_AS")) {
				if (relation.from().equals(eventId)) {
					related.add(id(renamed, relation.to()));
				}
				else if (relation.to().equals(eventId)) {
					related.add(id(renamed, relation.from()));
				}
			}
		}
		return related;
	}

	/**
	 * Adds the place and every place it lies in, by the graph, the batch so far and the
	 * report.
	 */
	private void placeAndAbove(Report report, Map<String, String> renamed, String place, Set<String> within,
			int depth) {
		if (!within.add(place) || depth > 8) {
			return;
		}
		within.addAll(this.above.getOrDefault(place, Set.of()));
		Set<String> parents = new TreeSet<>(this.batchParents.getOrDefault(place, Set.of()));
		for (Report.RelationDescription relation : report.relations()) {
			if (relation.type().equals("LOCATED_IN") && id(renamed, relation.from()).equals(place)) {
				parents.add(id(renamed, relation.to()));
			}
		}
		parents.forEach((parent) -> placeAndAbove(report, renamed, parent, within, depth + 1));
	}

	private static String id(Map<String, String> renamed, String reference) {
		return renamed.getOrDefault(reference, reference);
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
	 * @param eventMatches what event resolution made of the report's new events
	 * @param inferences for each new event that several existing ones agree with: each of
	 * them with the basis of a {@code POSSIBLY_SAME_AS}
	 */
	record Resolution(Map<String, String> renamed, Set<String> existing, List<String> created,
			List<EventMatch> eventMatches, Map<String, Map<String, String>> inferences) {
	}

}

package org.conflictgraph.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.shared.InvalidInputException;

import static org.conflictgraph.graph.NodeKind.ACTOR;
import static org.conflictgraph.graph.NodeKind.ASSET;
import static org.conflictgraph.graph.NodeKind.CLAIM;
import static org.conflictgraph.graph.NodeKind.EVENT;
import static org.conflictgraph.graph.NodeKind.MEDIA_OUTLET;
import static org.conflictgraph.graph.NodeKind.MENTION;
import static org.conflictgraph.graph.NodeKind.PERSON;
import static org.conflictgraph.graph.NodeKind.PLACE;
import static org.conflictgraph.graph.NodeKind.SOURCE;

/**
 * The relationship types of the model with the labels each may connect, as docs/model.md
 * states them: the whitelist that every type a client or a report names is checked
 * against. Only these constant names ever reach Cypher text; anything else is rejected
 * before a query is built.
 */
public enum RelationshipType {

	CLAIMED_BY(Origin.CLAIM, connect(Set.of(CLAIM), Set.of(ACTOR))),

	REPORTED_BY(Origin.CLAIM, connect(Set.of(CLAIM), Set.of(ACTOR))),

	ABOUT(Origin.CLAIM, connect(Set.of(CLAIM), Set.of(EVENT, ACTOR, PLACE, ASSET))),

	/**
	 * Stated in {@code relations} (with the basis of the contradiction and the evidence
	 * of both sides) or written from a claim's {@code contradicts} list.
	 */
	CONTRADICTS(Origin.FACT, connect(Set.of(CLAIM), Set.of(CLAIM))),

	EVIDENCED_BY(Origin.PROVENANCE, connect(Set.of(ACTOR, PLACE, ASSET, EVENT, CLAIM), Set.of(MENTION))),

	IN_SOURCE(Origin.PROVENANCE, connect(Set.of(MENTION), Set.of(SOURCE))),

	PUBLISHED_BY(Origin.PROVENANCE, connect(Set.of(SOURCE), Set.of(MEDIA_OUTLET))),

	REFERENCED_IN(Origin.PROVENANCE, connect(Set.of(ACTOR, PLACE, ASSET, EVENT), Set.of(SOURCE))),

	LOCATED_IN(Origin.FACT, connect(Set.of(PLACE), Set.of(PLACE)), connect(Set.of(ASSET), Set.of(PLACE)),
			connect(Set.of(ACTOR), Set.of(PLACE))),

	OCCURRED_IN(Origin.FACT, connect(Set.of(EVENT), Set.of(PLACE))),

	PARTICIPATED_IN(Origin.FACT, connect(Set.of(ACTOR), Set.of(EVENT))),

	INVOLVED(Origin.FACT, connect(Set.of(EVENT), Set.of(ASSET))),

	ATTACKED(Origin.DERIVED, connect(Set.of(ACTOR), Set.of(ACTOR, PLACE, ASSET))),

	TARGETED(Origin.FACT, connect(Set.of(ACTOR, EVENT), Set.of(ASSET, PLACE, ACTOR))),

	DESTROYED(Origin.FACT, connect(Set.of(ACTOR, EVENT), Set.of(ASSET, PLACE, ACTOR))),

	INTERCEPTED(Origin.FACT, connect(Set.of(ACTOR, EVENT), Set.of(ASSET, PLACE, ACTOR))),

	DAMAGED(Origin.FACT, connect(Set.of(ACTOR, EVENT), Set.of(ASSET, PLACE, ACTOR))),

	PART_OF(Origin.FACT, connect(Set.of(ACTOR), Set.of(ACTOR)), connect(Set.of(EVENT), Set.of(EVENT))),

	HOLDS_POSITION(Origin.FACT, connect(Set.of(PERSON), Set.of(PLACE, ACTOR))),

	BLAMED(Origin.FACT, connect(Set.of(ACTOR), Set.of(ACTOR))),

	POSSIBLY_SAME_AS(Origin.FACT, connect(Set.of(ACTOR), Set.of(ACTOR)), connect(Set.of(EVENT), Set.of(EVENT)));

	private final Origin origin;

	private final List<Connection> connections;

	RelationshipType(Origin origin, Connection... connections) {
		this.origin = origin;
		this.connections = List.of(connections);
	}

	/**
	 * Whether the type only records where a fact comes from (mentions, sources,
	 * publishers, reference sources) rather than being a fact itself.
	 */
	public boolean provenance() {
		return this.origin == Origin.PROVENANCE;
	}

	/**
	 * Whether the type comes only from a claim's fields (claimant, reportedBy, about).
	 */
	public boolean ofClaims() {
		return this.origin == Origin.CLAIM;
	}

	/**
	 * Whether the pipeline derives the type ({@code ATTACKED}); a report cannot state it.
	 */
	public boolean derived() {
		return this.origin == Origin.DERIVED;
	}

	/**
	 * Whether a report may state the type in its {@code relations}; the types of claims
	 * ({@code CLAIMED_BY}, {@code REPORTED_BY}, {@code ABOUT}) come from the claim's own
	 * fields; {@code CONTRADICTS} may be either.
	 */
	public boolean stated() {
		return this.origin == Origin.FACT;
	}

	/**
	 * The pairs of labels the type may connect, each a set of starts and a set of ends.
	 */
	public List<Connection> connections() {
		return this.connections;
	}

	/** Every label a relationship of this type may start at. */
	public Set<NodeKind> starts() {
		Set<NodeKind> starts = new LinkedHashSet<>();
		this.connections.forEach((connection) -> starts.addAll(connection.from()));
		return starts;
	}

	/** Every label a relationship of this type may end at. */
	public Set<NodeKind> ends() {
		Set<NodeKind> ends = new LinkedHashSet<>();
		this.connections.forEach((connection) -> ends.addAll(connection.to()));
		return ends;
	}

	/** Whether the type may go from a node of one kind to a node of another. */
	public boolean allows(NodeKind from, NodeKind to) {
		return this.connections.stream().anyMatch((connection) -> connection.allows(from, to));
	}

	/** The rule as docs/model.md writes it, e.g. {@code Person -> Place, Actor}. */
	public String rule() {
		return this.connections.stream().map(Connection::toString).collect(Collectors.joining("; "));
	}

	/**
	 * The rule with its type, for messages:
	 * {@code HOLDS_POSITION: Person -> Place, Actor}.
	 */
	public String describeRule() {
		return name() + ": " + rule();
	}

	/** The types a report may state. */
	public static Set<RelationshipType> stateable() {
		return Arrays.stream(values())
			.filter(RelationshipType::stated)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(RelationshipType.class)));
	}

	/** The type with this name, if it is one of the model. */
	public static @Nullable RelationshipType ofName(String name) {
		return Arrays.stream(values()).filter((type) -> type.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * What an event or actor did to a target: {@code TARGETED}, {@code DESTROYED},
	 * {@code INTERCEPTED}, {@code DAMAGED}.
	 */
	public static Set<RelationshipType> effects() {
		return EnumSet.of(TARGETED, DESTROYED, INTERCEPTED, DAMAGED);
	}

	/**
	 * The effects whose target was attacked, so that the event's attackers get a derived
	 * {@code ATTACKED} edge to it: an interception stops a weapon, it does not attack a
	 * target.
	 */
	public static Set<RelationshipType> attacks() {
		return EnumSet.of(TARGETED, DESTROYED, DAMAGED);
	}

	private static Connection connect(Set<NodeKind> from, Set<NodeKind> to) {
		return new Connection(from, to);
	}

	private enum Origin {

		/** Stated by reports. */
		FACT,
		/** Stated by the fields of a report's claims. */
		CLAIM,
		/** Written from evidence and metadata. */
		PROVENANCE,
		/** Derived by the pipeline. */
		DERIVED

	}

	/**
	 * A set of start labels and a set of end labels; a node matches by its kind label or
	 * its base label.
	 *
	 * @param from the labels it may start at
	 * @param to the labels it may end at
	 */
	public record Connection(Set<NodeKind> from, Set<NodeKind> to) {

		public Connection {
			from = Collections.unmodifiableSet(sorted(from));
			to = Collections.unmodifiableSet(sorted(to));
		}

		boolean allows(NodeKind start, NodeKind end) {
			return matches(this.from, start) && matches(this.to, end);
		}

		private static boolean matches(Set<NodeKind> allowed, NodeKind kind) {
			return allowed.contains(kind) || allowed.contains(kind.base());
		}

		private static Set<NodeKind> sorted(Set<NodeKind> kinds) {
			// In the order of NodeKind, for a stable text.
			return new java.util.TreeSet<>(kinds);
		}

		@Override
		public String toString() {
			return label(this.from) + " -> " + label(this.to);
		}

		private static String label(Set<NodeKind> kinds) {
			return kinds.stream().map(NodeKind::label).collect(Collectors.joining(", "));
		}

	}

	/** Every fact type: what a front end shows unless it asks for provenance. */
	public static Set<RelationshipType> facts() {
		return Arrays.stream(values())
			.filter((type) -> !type.provenance())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(RelationshipType.class)));
	}

	/** Every type of the model. */
	public static Set<RelationshipType> all() {
		return EnumSet.allOf(RelationshipType.class);
	}

	/**
	 * The types a client named, or {@code fallback} when it named none.
	 * @throws InvalidInputException for a name that is not a type of the model, or an
	 * empty list
	 */
	public static Set<RelationshipType> parse(@Nullable Collection<String> names, Set<RelationshipType> fallback) {
		if (names == null) {
			return EnumSet.copyOf(fallback);
		}
		if (names.isEmpty()) {
			throw new InvalidInputException("relationshipTypes is empty: leave it out to use the default types");
		}
		Set<RelationshipType> types = EnumSet.noneOf(RelationshipType.class);
		for (String name : names) {
			types.add(Arrays.stream(values())
				.filter((type) -> type.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("Unknown relationship type '" + name + "'. Known types: "
						+ Arrays.stream(values()).map(Enum::name).toList())));
		}
		return types;
	}

	/**
	 * The types as a Cypher relationship type alternation, e.g. {@code ABOUT|CLAIMED_BY}.
	 * Safe to put into query text because it is built from the enum constants only.
	 */
	public static String cypherAlternation(Collection<RelationshipType> types) {
		if (types.isEmpty()) {
			throw new IllegalArgumentException("no relationship types");
		}
		return types.stream().map(Enum::name).sorted().collect(Collectors.joining("|"));
	}

	/** The names, for a Cypher parameter. */
	public static List<String> names(Collection<RelationshipType> types) {
		return types.stream().map(Enum::name).sorted().toList();
	}

}

package org.conflictgraph.explore;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.shared.InvalidInputException;

/**
 * The relationship types of the model (docs/model.md): the whitelist that every type a
 * client names is checked against. Only these constant names ever reach Cypher text;
 * anything else a client sends is rejected before a query is built.
 */
public enum RelationshipType {

	CLAIMED_BY, REPORTED_BY, ABOUT, CONTRADICTS, EVIDENCED_BY(true), IN_SOURCE(true), PUBLISHED_BY(true),
	REFERENCED_IN(true), LOCATED_IN, OCCURRED_IN, PARTICIPATED_IN, INVOLVED, ATTACKED, TARGETED, DESTROYED, INTERCEPTED,
	DAMAGED, PART_OF, HOLDS_POSITION, BLAMED, POSSIBLY_SAME_AS;

	private final boolean provenance;

	RelationshipType() {
		this(false);
	}

	RelationshipType(boolean provenance) {
		this.provenance = provenance;
	}

	/**
	 * Whether the type only records where a fact comes from (mentions, sources,
	 * publishers, reference sources) rather than being a fact itself.
	 */
	public boolean provenance() {
		return this.provenance;
	}

	/** Every fact type: what a front end shows unless it asks for provenance. */
	public static Set<RelationshipType> facts() {
		return Arrays.stream(values())
			.filter((type) -> !type.provenance)
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

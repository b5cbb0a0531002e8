package org.conflictgraph.claim;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import org.conflictgraph.shared.GraphValues;

/**
 * The numbers a claim states, or sums of them, without their qualifiers (see
 * {@link Figure}); {@code null} where none is stated. One component per measure of
 * {@code Vocabulary.FIGURES}, in its order (a test keeps them equal).
 */
public record Figures(@Nullable Integer killed, @Nullable Integer injured, @Nullable Integer hospitalized,
		@Nullable Integer rescued, @Nullable Integer destroyed, @Nullable Integer intercepted,
		@Nullable Integer damaged, @Nullable Integer affected, @Nullable Integer onBoard) {

	/** Reads the figures of a claim node, or a map with the same keys. */
	static Figures from(MapAccessor map) {
		return new Figures(GraphValues.integer(map, "killed"), GraphValues.integer(map, "injured"),
				GraphValues.integer(map, "hospitalized"), GraphValues.integer(map, "rescued"),
				GraphValues.integer(map, "destroyed"), GraphValues.integer(map, "intercepted"),
				GraphValues.integer(map, "damaged"), GraphValues.integer(map, "affected"),
				GraphValues.integer(map, "onBoard"));
	}

}

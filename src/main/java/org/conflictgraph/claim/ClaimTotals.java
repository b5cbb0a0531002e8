package org.conflictgraph.claim;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.actor.Actor;

/**
 * Figures summed over the claims of one claimant in one group.
 *
 * @param entity the region, place or event of the group, or {@code null}
 * @param quantities per measure the sum with its qualifier
 */
record ClaimTotals(Actor claimant, @Nullable String group, @Nullable String label, @Nullable Object entity, int claims,
		Figures figures, List<FigureTotal> quantities, List<Actor> reportedBy) {

}

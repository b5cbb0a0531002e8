package org.conflictgraph.actor;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/**
 * A {@code BLAMED} relationship. The event and the claim are resolved by their features
 * from the ids.
 */
public record Blame(Actor accuser, Actor accused, @Nullable String eventId, @Nullable String claimId,
		Provenance provenance) implements SourcedRelation {

}

package org.conflictgraph.event;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/**
 * A {@code TARGETED}, {@code DESTROYED}, {@code INTERCEPTED} or {@code DAMAGED}
 * relationship.
 *
 * @param by the actor or event that acted
 * @param target the asset, place or actor acted on
 * @param event the event it happened in, if known
 * @param claimId the claim that says so, when only a claim does
 */
public record Effect(EffectAction action, Object by, Object target, @Nullable Event event, @Nullable String claimId,
		Provenance provenance) implements SourcedRelation {

}

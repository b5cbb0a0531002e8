package org.conflictgraph.event;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.actor.Actor;
import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/**
 * A derived {@code ATTACKED} relationship.
 *
 * @param target the actor, asset or place attacked
 */
record Attack(Actor attacker, Object target, @Nullable Event event, @Nullable LocalDate date,
		@Nullable EventStatus status, Provenance provenance) implements SourcedRelation {

}

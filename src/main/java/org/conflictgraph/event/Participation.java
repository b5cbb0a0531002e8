package org.conflictgraph.event;

import org.conflictgraph.actor.Actor;
import org.conflictgraph.actor.ParticipantRole;
import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/** A {@code PARTICIPATED_IN} relationship. */
record Participation(Actor actor, Event event, ParticipantRole role, Provenance provenance) implements SourcedRelation {

}

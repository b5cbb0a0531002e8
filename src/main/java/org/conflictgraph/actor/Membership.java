package org.conflictgraph.actor;

import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/** A {@code PART_OF} relationship between two actors. */
record Membership(Actor member, Actor group, Provenance provenance) implements SourcedRelation {

}

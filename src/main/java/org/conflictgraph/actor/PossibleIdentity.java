package org.conflictgraph.actor;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/** A {@code POSSIBLY_SAME_AS} inference seen from one of its actors. */
record PossibleIdentity(Actor actor, double confidence, @Nullable String basis,
		Provenance provenance) implements SourcedRelation {

	public boolean inferred() {
		return true;
	}

}

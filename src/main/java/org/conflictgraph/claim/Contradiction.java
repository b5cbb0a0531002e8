package org.conflictgraph.claim;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/** A {@code CONTRADICTS} relationship seen from one of its claims. */
record Contradiction(Claim claim, @Nullable String basis, @Nullable Double confidence,
		Provenance provenance) implements SourcedRelation {

}

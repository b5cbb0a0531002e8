package org.conflictgraph.actor;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/**
 * A {@code HOLDS_POSITION} relationship.
 *
 * @param of the place or actor the position is in: a {@code Place} or an {@link Actor}
 */
record Position(Actor holder, @Nullable String position, Object of, @Nullable LocalDate since,
		Provenance provenance) implements SourcedRelation {

}

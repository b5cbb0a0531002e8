package org.conflictgraph.event;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.place.Place;
import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/** An {@code OCCURRED_IN} relationship. */
record Occurrence(Place place, Event event, @Nullable String precision,
		Provenance provenance) implements SourcedRelation {

}

package org.conflictgraph.place;

import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/**
 * A {@code LOCATED_IN} relationship seen from what is located: the place and the
 * relationship's provenance.
 */
public record Location(Place place, Provenance provenance) implements SourcedRelation {

}

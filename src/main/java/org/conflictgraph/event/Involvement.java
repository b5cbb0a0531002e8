package org.conflictgraph.event;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.asset.Asset;
import org.conflictgraph.source.Provenance;
import org.conflictgraph.source.SourcedRelation;

/** An {@code INVOLVED} relationship. */
record Involvement(Asset asset, Event event, @Nullable String role, Provenance provenance) implements SourcedRelation {

}

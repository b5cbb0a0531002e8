package org.conflictgraph.source;

import org.jspecify.annotations.Nullable;

/**
 * A reference source behind a background fact and the note on what it supports. The
 * source itself is loaded in a batch when a client selects it.
 */
public record Reference(String sourceId, @Nullable String note) {

}

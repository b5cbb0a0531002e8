package org.conflictgraph.event;

import org.jspecify.annotations.Nullable;

/**
 * Events counted by one key.
 *
 * @param entity the region or actor of the key, or {@code null}
 */
record EventCount(String key, String label, int count, @Nullable Object entity) {

}

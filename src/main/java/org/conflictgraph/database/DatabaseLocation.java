package org.conflictgraph.database;

import org.jspecify.annotations.Nullable;

/**
 * Where the graph lives, for the startup log line and the status query.
 *
 * @param embedded whether the service started the database in process
 * @param boltUri the address the driver talks to
 * @param dataDirectory the embedded database's files, when embedded
 */
public record DatabaseLocation(boolean embedded, String boltUri, @Nullable String dataDirectory) {

}

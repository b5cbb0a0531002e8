package org.conflictgraph.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j that runs when no external database is configured.
 *
 * @param dataDirectory where the database files live; survives restarts
 * @param boltAddress the interface the Bolt connector listens on
 * @param boltPort the Bolt port; 0 picks a free one. When the port is taken, a free one
 * is picked and logged.
 * @param pageCache the page cache size, sized for a laptop by default
 * @param transactionMemory the memory one transaction may use at most
 * @param transactionLogRetention how much of its transaction logs Neo4j keeps
 * ({@code db.tx_log.rotation.retention_policy}: {@code 2 days}, {@code 2 files},
 * {@code 500M size}, {@code false} for only what recovery needs); they take more room
 * than the store after a large import (9.2 GB beside 3.6 GB for the 100,000-event
 * benchmark graph with the default)
 * @param initialData the database files an absent or empty data directory starts with
 * (docs/startup.md); by default the build's {@code initial-data} beside the application
 * jar, when it is there and the seed settings are the defaults
 */
@ConfigurationProperties("conflictgraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data/neo4j") Path dataDirectory,
		@DefaultValue("127.0.0.1") String boltAddress, @DefaultValue("7687") int boltPort,
		@DefaultValue("256MB") DataSize pageCache, @DefaultValue("512MB") DataSize transactionMemory,
		@DefaultValue("2 days") String transactionLogRetention, @Nullable Path initialData) {

}

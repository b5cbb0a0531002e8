package org.conflictgraph.database;

import java.util.concurrent.CompletableFuture;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Brings the schema up to date while the rest of the context is created, so every feature
 * can rely on constraints and indexes being in place once the context is refreshed.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/**
	 * Starts bringing the schema up to date in the background, once the embedded database
	 * (if that is the one) is up; {@link #schemaReady} waits for it before the web server
	 * starts or any runner (the seed load, the ingest command) reads or writes.
	 */
	@Bean
	SchemaMigrations schemaMigrations(Driver driver, Neo4jConnectionDetails connection,
			ObjectProvider<EmbeddedNeo4jServer> embedded) {
		EmbeddedNeo4jServer server = embedded.getIfAvailable();
		CompletableFuture<?> started = (server != null) ? server.started() : CompletableFuture.completedFuture(null);
		return SchemaMigrations.applyInBackground(driver, connection.getUri().toString(), started);
	}

	@Bean
	static SmartInitializingSingleton schemaReady(ObjectProvider<SchemaMigrations> migrations) {
		return () -> migrations.getObject().awaitApplied();
	}

	@Bean
	DatabaseLocation databaseLocation(Neo4jConnectionDetails connection, ObjectProvider<EmbeddedNeo4jServer> embedded) {
		EmbeddedNeo4jServer server = embedded.getIfAvailable();
		return new DatabaseLocation(server != null, connection.getUri().toString(),
				(server != null) ? server.dataDirectory().toString() : null);
	}

}

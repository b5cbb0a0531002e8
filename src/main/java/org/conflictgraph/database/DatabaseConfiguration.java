package org.conflictgraph.database;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Brings the schema up to date as soon as the driver exists, so every feature can rely on
 * constraints and indexes being in place.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	SchemaMigrations schemaMigrations(Driver driver, Neo4jConnectionDetails connection) {
		SchemaMigrations migrations = new SchemaMigrations(driver);
		migrations.apply(connection.getUri().toString());
		return migrations;
	}

	@Bean
	DatabaseLocation databaseLocation(Neo4jConnectionDetails connection, ObjectProvider<EmbeddedNeo4jServer> embedded) {
		EmbeddedNeo4jServer server = embedded.getIfAvailable();
		return new DatabaseLocation(server != null, connection.getUri().toString(),
				(server != null) ? server.dataDirectory().toString() : null);
	}

}

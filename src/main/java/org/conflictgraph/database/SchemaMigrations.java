package org.conflictgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned Cypher files of {@code cypher/migrations} (packaged on the
 * classpath) in order. neo4j-migrations records each applied file in the database, so
 * none runs twice. The same files can be applied by hand with cypher-shell.
 */
public final class SchemaMigrations {

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	static final String LOCATION = "classpath:cypher/migrations";

	private final Migrations migrations;

	private final Driver driver;

	SchemaMigrations(Driver driver) {
		this.driver = driver;
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withResourceScanner(SchemaMigrations::scan)
			.withInstalledBy("conflict-graph")
			.build();
		this.migrations = new Migrations(config, driver);
	}

	/**
	 * Checks that the database answers, then applies what is pending. An unreachable
	 * database fails here, at startup, with one message naming it.
	 */
	void apply(String location) {
		try {
			this.driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			throw new DatabaseUnavailableException(location, ex);
		}
		Optional<MigrationVersion> version = this.migrations.apply();
		logger
			.info("Schema migrations up to date at version " + version.map(MigrationVersion::getValue).orElse("none"));
	}

	/** Spring's resolver reads the files inside an executable jar as well. */
	private static List<URL> scan(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver();
		List<URL> urls = new ArrayList<>();
		for (String location : locations) {
			String base = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
			try {
				for (Resource resource : resolver.getResources("classpath*:" + base + "/*.cypher")) {
					urls.add(resource.getURL());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return urls;
	}

}

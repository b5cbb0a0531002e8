package org.conflictgraph.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned Cypher files of {@code cypher/migrations} (packaged on the
 * classpath) in order. neo4j-migrations records each applied file in the database, so
 * none runs twice. The same files can be applied by hand with cypher-shell.
 * <p>
 * Checking with neo4j-migrations that nothing is pending costs seconds at start-up (its
 * lock, its constraints, its chain of applied files). So once it has brought the database
 * up to date, a digest of all migration files is kept in the database (one
 * {@code :SchemaState} node); a start whose files have that digest skips the check, and
 * any added or changed file brings neo4j-migrations back, with its checksum validation.
 */
final class SchemaMigrations {

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	static final String LOCATION = "classpath:cypher/migrations";

	private static final String READ_DIGEST = """
			OPTIONAL MATCH (s:SchemaState {id: 'migrations'})
			RETURN s.digest AS digest, s.version AS version""";

	private static final String WRITE_DIGEST = """
			MERGE (s:SchemaState {id: 'migrations'})
			SET s.digest = $digest, s.version = $version""";

	private final CompletableFuture<Void> applied;

	private SchemaMigrations(CompletableFuture<Void> applied) {
		this.applied = applied;
	}

	/**
	 * Applies what is pending on a thread of its own once {@code databaseStarted} has
	 * completed, so that the rest of the application context is created meanwhile;
	 * {@link #awaitApplied()} waits for it.
	 */
	static SchemaMigrations applyInBackground(Driver driver, String location, CompletableFuture<?> databaseStarted) {
		// The files' digest (a scan of the whole class path) needs no database: it is
		// taken while the database starts rather than after.
		CompletableFuture<String> digest = CompletableFuture.supplyAsync(() -> digest(scan(List.of(LOCATION))),
				BackgroundThread.named("schema-migrations-digest"));
		return new SchemaMigrations(databaseStarted.thenCombineAsync(digest, (started, files) -> {
			run(driver, location, files);
			return null;
		}, BackgroundThread.named("schema-migrations")));
	}

	/**
	 * Waits until the schema is up to date; rethrows why it could not be brought there
	 * (an unreachable database as one {@link DatabaseUnavailableException} naming it).
	 */
	void awaitApplied() {
		BackgroundThread.join(this.applied);
	}

	private static void run(Driver driver, String location, String digest) {
		try {
			driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			throw new DatabaseUnavailableException(location, ex);
		}
		Recorded recorded = recorded(driver);
		if (digest.equals(recorded.digest())) {
			logger.info("Schema migrations up to date at version " + recorded.version()
					+ " (migration files unchanged since they were applied)");
			return;
		}
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withResourceScanner(SchemaMigrations::scan)
			.withInstalledBy("conflict-graph")
			.build();
		Optional<MigrationVersion> version = new Migrations(config, driver).apply();
		String value = version.map(MigrationVersion::getValue).orElse("none");
		try (var session = driver.session(SessionConfig.defaultConfig())) {
			session.executeWriteWithoutResult((tx) -> tx.run(WRITE_DIGEST, Map.of("digest", digest, "version", value)),
					TransactionConfig.empty());
		}
		logger.info("Schema migrations up to date at version " + value);
	}

	private static Recorded recorded(Driver driver) {
		try (var session = driver.session(SessionConfig.defaultConfig())) {
			Record record = session.executeRead((tx) -> tx.run(READ_DIGEST).single(), TransactionConfig.empty());
			return new Recorded(record.get("digest").isNull() ? null : record.get("digest").asString(),
					record.get("version").isNull() ? null : record.get("version").asString());
		}
	}

	/** SHA-256 over the files' names and contents, in name order. */
	private static String digest(List<URL> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			List<URL> sorted = new ArrayList<>(files);
			sorted.sort(Comparator.comparing(SchemaMigrations::fileName));
			for (URL file : sorted) {
				sha.update(fileName(file).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				try (InputStream in = file.openStream()) {
					sha.update(in.readAllBytes());
				}
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String fileName(URL url) {
		String path = url.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
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

	private record Recorded(@Nullable String digest, @Nullable String version) {
	}

}

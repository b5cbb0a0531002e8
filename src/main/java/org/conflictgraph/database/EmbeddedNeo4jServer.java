package org.conflictgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * An in-process Neo4j Community server that the service reaches over Bolt on the loopback
 * interface, exactly as it would reach an external server.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4jServer.class);

	private final Path dataDirectory;

	private final URI boltUri;

	private final CompletableFuture<DatabaseManagementService> started;

	private EmbeddedNeo4jServer(Path dataDirectory, URI boltUri, CompletableFuture<DatabaseManagementService> started) {
		this.dataDirectory = dataDirectory;
		this.boltUri = boltUri;
		this.started = started;
	}

	/**
	 * Starts the server on a thread of its own and returns before it is up: the Bolt port
	 * is chosen first, so the driver and the rest of the application can be set up while
	 * Neo4j starts (a few seconds). {@link #started()} completes when it answers. A data
	 * directory locked by another process fails it with a
	 * {@link DataDirectoryInUseException} rather than Neo4j's nested lifecycle errors. An
	 * absent or empty data directory is first filled from the initial data, when there is
	 * a template.
	 */
	public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties, @Nullable Path initialData) {
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		String address = properties.boltAddress();
		int port = choosePort(address, properties.boltPort());
		CompletableFuture<DatabaseManagementService> started = CompletableFuture.supplyAsync(() -> {
			if (initialData != null) {
				InitialData.fill(directory, initialData);
			}
			return build(directory, address, port, properties);
		}, BackgroundThread.named("embedded-neo4j"));
		return new EmbeddedNeo4jServer(directory, URI.create("bolt://" + address + ":" + port), started);
	}

	private static DatabaseManagementService build(Path directory, String address, int port,
			EmbeddedNeo4jProperties properties) {
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(directory).setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(address, port))
				.setConfig(BoltConnector.advertised_address, new SocketAddress(address, port))
				// The in-JVM local connector fails on the Netty version Spring Boot
				// manages.
				.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
				// Neo4j's own HTTP server clashes with Boot's Jersey; the service does
				// not need it.
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				// Loopback only; the service is the one client that matters.
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
				// The product works offline: no anonymous usage reports sent to Neo4j.
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				// Neo4j's listing of the environment and store files in debug.log at
				// every start (about 100 KB) costs start-up time, tells a user nothing.
				.setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
				.setConfig(GraphDatabaseSettings.memory_transaction_max_size, properties.transactionMemory().toBytes())
				.setConfig(GraphDatabaseSettings.keep_logical_logs, properties.transactionLogRetention())
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
				.build();
		}
		catch (RuntimeException ex) {
			if (isLockFailure(ex)) {
				throw new DataDirectoryInUseException(directory, ex);
			}
			throw ex;
		}
		// Waits until the default database is available.
		service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		return service;
	}

	/**
	 * The requested port when it is free, otherwise (or for 0) one the system hands out,
	 * chosen here rather than by Neo4j so that the Bolt address is known before the
	 * server is up.
	 */
	private static int choosePort(String address, int requested) {
		if (requested != 0 && isFree(address, requested)) {
			return requested;
		}
		if (requested != 0) {
			logger.warn("Bolt port " + requested + " is taken; the embedded Neo4j picks a free port instead");
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(address, 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the embedded Neo4j's Bolt connector on " + address, ex);
		}
	}

	private static boolean isFree(String address, int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(address, port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isLockFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getName();
			String message = String.valueOf(cause.getMessage());
			if (name.endsWith("FileLockException") || message.contains("Lock file has been locked")
					|| message.contains("already locked")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Completes when the server answers on {@link #boltUri()}, or with why it could not
	 * start.
	 */
	public CompletableFuture<?> started() {
		return this.started;
	}

	public URI boltUri() {
		return this.boltUri;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public void close() {
		DatabaseManagementService service;
		try {
			service = this.started.join();
		}
		catch (CompletionException | CancellationException ex) {
			return;
		}
		service.shutdown();
	}

}

package org.conflictgraph.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j Community server that the service reaches over Bolt on the loopback
 * interface, exactly as it would reach an external server.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4jServer.class);

	private final Path dataDirectory;

	private final DatabaseManagementService managementService;

	private final URI boltUri;

	private EmbeddedNeo4jServer(Path dataDirectory, DatabaseManagementService managementService, URI boltUri) {
		this.dataDirectory = dataDirectory;
		this.managementService = managementService;
		this.boltUri = boltUri;
	}

	/**
	 * Starts the server. A data directory locked by another process is reported as a
	 * {@link DataDirectoryInUseException} rather than Neo4j's nested lifecycle errors.
	 */
	public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties) {
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		int port = choosePort(properties.boltAddress(), properties.boltPort());
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(directory).setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltAddress(), port))
				.setConfig(BoltConnector.advertised_address, new SocketAddress(properties.boltAddress(), port))
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
				.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
				.setConfig(GraphDatabaseSettings.memory_transaction_max_size, properties.transactionMemory().toBytes())
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
		GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var register = ((GraphDatabaseAPI) database).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class);
		var address = register.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
		return new EmbeddedNeo4jServer(directory, service, uri);
	}

	private static int choosePort(String address, int requested) {
		if (requested == 0 || isFree(address, requested)) {
			return requested;
		}
		logger.warn("Bolt port " + requested + " is taken; the embedded Neo4j picks a free port instead");
		return 0;
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

	public URI boltUri() {
		return this.boltUri;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public void close() {
		this.managementService.shutdown();
	}

}

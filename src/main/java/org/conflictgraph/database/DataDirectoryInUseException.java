package org.conflictgraph.database;

import java.nio.file.Path;

/**
 * The embedded database's directory is locked, almost always by a second instance of the
 * service.
 */
public class DataDirectoryInUseException extends RuntimeException {

	private final Path directory;

	DataDirectoryInUseException(Path directory, Throwable cause) {
		super("The Neo4j data directory " + directory + " is in use by another process", cause);
		this.directory = directory;
	}

	public Path getDirectory() {
		return this.directory;
	}

}

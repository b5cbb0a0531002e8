package org.conflictgraph.database;

/**
 * The configured Neo4j cannot be reached or refused the credentials.
 */
public class DatabaseUnavailableException extends RuntimeException {

	private final String location;

	DatabaseUnavailableException(String location, Throwable cause) {
		super("Cannot reach Neo4j at " + location + ": " + cause.getMessage(), cause);
		this.location = location;
	}

	public String getLocation() {
		return this.location;
	}

}

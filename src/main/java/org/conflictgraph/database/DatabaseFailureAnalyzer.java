package org.conflictgraph.database;

import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.NestedExceptionUtils;

/**
 * Turns the startup failures users meet most (a locked data directory, an unreachable
 * database, wrong credentials) into one readable message instead of a stack trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataDirectoryInUseException inUse) {
				return new FailureAnalysis(inUse.getMessage() + ".",
						"Stop the other instance of the service, or give this one another directory with "
								+ "CONFLICTGRAPH_EMBEDDED_DATA_DIRECTORY (conflictgraph.embedded.data-directory).",
						inUse);
			}
			if (cause instanceof DatabaseUnavailableException unavailable) {
				Throwable root = NestedExceptionUtils.getMostSpecificCause(unavailable);
				if (root instanceof AuthenticationException) {
					return new FailureAnalysis(
							"Neo4j at " + unavailable.getLocation() + " rejected the credentials (" + root.getMessage()
									+ ").",
							"Check NEO4J_USERNAME and NEO4J_PASSWORD (spring.neo4j.authentication.username and "
									+ "password).",
							unavailable);
				}
				return new FailureAnalysis(
						"Cannot reach Neo4j at " + unavailable.getLocation() + " (" + root.getMessage() + ").",
						"Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or leave NEO4J_URI unset to use the "
								+ "embedded database.",
						unavailable);
			}
		}
		return null;
	}

}

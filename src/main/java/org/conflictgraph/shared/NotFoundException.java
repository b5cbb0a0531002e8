package org.conflictgraph.shared;

/**
 * Something a client asked for by id does not exist. Reported as a {@code NOT_FOUND}
 * GraphQL error.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}

package org.conflictgraph.shared;

/**
 * A client sent an argument that cannot be used: a malformed cursor or date, a page too
 * large. Reported as a {@code BAD_REQUEST} GraphQL error with this message.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

}

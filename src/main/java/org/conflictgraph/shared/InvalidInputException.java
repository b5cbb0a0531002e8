package org.conflictgraph.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client sent an argument that cannot be used: a malformed cursor or date, a page too
 * large, a report that breaks the format. Reported as a {@code BAD_REQUEST} GraphQL error
 * with this message; {@link #getExtensions() extensions} carry details a program can
 * read, such as every problem of a rejected report.
 */
public class InvalidInputException extends RuntimeException {

	private final Map<String, Object> extensions;

	public InvalidInputException(String message) {
		this(message, Map.of());
	}

	/**
	 * An error with details for the GraphQL error's {@code extensions}.
	 * @param message what is wrong, in words a person understands
	 * @param extensions JSON-like values (maps, lists, strings, numbers)
	 */
	public InvalidInputException(String message, Map<String, Object> extensions) {
		super(message);
		this.extensions = new LinkedHashMap<>(extensions);
	}

	/** Details for the GraphQL error; empty when the message says it all. */
	public Map<String, Object> getExtensions() {
		return this.extensions;
	}

}

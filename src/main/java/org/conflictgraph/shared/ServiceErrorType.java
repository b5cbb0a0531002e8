package org.conflictgraph.shared;

import graphql.ErrorClassification;

/**
 * Classifications beyond Spring's {@link org.springframework.graphql.execution.ErrorType}
 * for failures that are not the client's fault.
 */
public enum ServiceErrorType implements ErrorClassification {

	/**
	 * The database cannot be reached right now; retry later. Over HTTP the status is 503.
	 */
	UNAVAILABLE

}

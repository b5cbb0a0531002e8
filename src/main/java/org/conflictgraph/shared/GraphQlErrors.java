package org.conflictgraph.shared;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.conflictgraph.database.DatabaseUnavailableException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where domain exceptions become GraphQL errors: a classification a program
 * can switch on and a message a person understands. Anything not handled here becomes
 * Spring's {@code INTERNAL_ERROR} without a stack trace.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger LOG = LoggerFactory.getLogger(GraphQlErrors.class);

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	static final String KEY_HINT = "send an API key in the X-API-Key header (or as Authorization: Bearer <key>)";

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), Map.of(), environment);
	}

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), ex.getExtensions(), environment);
	}

	/** Method security found no usable credentials. */
	@GraphQlExceptionHandler
	GraphQLError unauthenticated(AuthenticationException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.UNAUTHORIZED, "This needs an API key: " + KEY_HINT, Map.of(), environment);
	}

	/**
	 * Method security refused: without a valid key that is UNAUTHORIZED, with a key that
	 * lacks the role FORBIDDEN.
	 */
	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment environment) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
			return error(ErrorType.UNAUTHORIZED, "This needs an API key: " + KEY_HINT, Map.of(), environment);
		}
		return error(ErrorType.FORBIDDEN, "The API key '" + authentication.getName()
				+ "' may not do this: writes need a key with the EDITOR role", Map.of(), environment);
	}

	/**
	 * The database could not answer: unreachable ({@code UNAVAILABLE}, HTTP 503) or the
	 * transaction ran past its time budget ({@code BAD_REQUEST}: ask for less). Anything
	 * else from the database stays an internal error, without its text.
	 */
	@GraphQlExceptionHandler({ DataAccessException.class, TransactionException.class, Neo4jException.class,
			DatabaseUnavailableException.class })
	GraphQLError database(Exception ex, DataFetchingEnvironment environment) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DatabaseUnavailableException
					|| cause instanceof DataAccessResourceFailureException) {
				return error(ServiceErrorType.UNAVAILABLE, "The database is unavailable right now; retry in a moment",
						Map.of(), environment);
			}
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().contains("TransactionTimedOut") || neo4j.code().contains("Terminated"))) {
				return error(ErrorType.BAD_REQUEST,
						"The request ran longer than its time budget and was stopped "
								+ "(conflictgraph.graphql.timeout); ask for less: smaller pages, fewer fields",
						Map.of(), environment);
			}
		}
		if (ex instanceof CannotCreateTransactionException) {
			return error(ServiceErrorType.UNAVAILABLE, "The database is unavailable right now; retry in a moment",
					Map.of(), environment);
		}
		// The client gets no detail, so the log must have all of it.
		LOG.error("The database could not answer {} (path {})", environment.getField().getName(),
				environment.getExecutionStepInfo().getPath(), ex);
		return error(ErrorType.INTERNAL_ERROR, "The database could not answer this request; the failure is logged",
				Map.of(), environment);
	}

	static GraphQLError error(ErrorClassification type, String message, Map<String, Object> extensions,
			DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.extensions(extensions)
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.build();
	}

}

package org.conflictgraph.shared;

import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where domain exceptions become GraphQL errors: a classification a program
 * can switch on and a message a person understands. Anything not handled here becomes
 * Spring's {@code INTERNAL_ERROR} without a stack trace.
 */
@ControllerAdvice
class GraphQlErrors {

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

	static GraphQLError error(ErrorType type, String message, Map<String, Object> extensions,
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

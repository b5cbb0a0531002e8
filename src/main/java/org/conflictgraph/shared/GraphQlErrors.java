package org.conflictgraph.shared;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where domain exceptions become GraphQL errors: a classification a program
 * can switch on and a message a person understands. Anything not handled here becomes
 * Spring's {@code INTERNAL_ERROR} without a stack trace.
 */
@ControllerAdvice
class GraphQlErrors {

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), environment);
	}

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), environment);
	}

	static GraphQLError error(ErrorType type, String message, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.build();
	}

}

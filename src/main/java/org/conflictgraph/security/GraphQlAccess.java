package org.conflictgraph.security;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.conflictgraph.shared.ParsedDocuments;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The access rule for GraphQL, applied to the whole operation before anything runs: every
 * mutation needs an editor key, queries need a key only when so configured, and a key
 * that is sent must be valid. An operation that fails the rule gets one
 * {@code UNAUTHORIZED} or {@code FORBIDDEN} error and executes no field, so nothing is
 * written. Mutation methods also carry {@code @PreAuthorize} as a second line.
 */
class GraphQlAccess implements WebGraphQlInterceptor {

	static final String KEY_HINT = "send an API key in the X-API-Key header (or as Authorization: Bearer <key>)";

	private final boolean requireKeyForReads;

	private final ParsedDocuments documents;

	GraphQlAccess(boolean requireKeyForReads, ParsedDocuments documents) {
		this.requireKeyForReads = requireKeyForReads;
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication authentication = authentication(request);
		String refusal = refusal(operation(request), authentication);
		if (refusal == null) {
			return chain.next(request);
		}
		ErrorType type = (authentication instanceof ApiKeyAuthentication key && key.role() != null)
				? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED;
		GraphQLError error = GraphQLError.newError().errorType(type).message(refusal).build();
		ExecutionResult result = ExecutionResult.newExecutionResult().data(null).errors(List.of(error)).build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

	/** Why the operation may not run, or null when it may. */
	private @Nullable String refusal(OperationDefinition.@Nullable Operation operation,
			@Nullable Authentication authentication) {
		if (authentication instanceof ApiKeyAuthentication key && key.isRejected()) {
			return "The API key is not valid: " + KEY_HINT + " with a key the service knows";
		}
		Role role = (authentication instanceof ApiKeyAuthentication key) ? key.role() : null;
		if (operation == OperationDefinition.Operation.MUTATION) {
			if (role == null) {
				return "Changing the graph needs an API key with the EDITOR role: " + KEY_HINT;
			}
			if (role != Role.EDITOR) {
				return "The API key '" + authentication.getName() + "' has the role " + role
						+ "; changing the graph needs the EDITOR role";
			}
			return null;
		}
		if (this.requireKeyForReads && role == null) {
			return "This service needs an API key for reads too: " + KEY_HINT;
		}
		return null;
	}

	private static @Nullable Authentication authentication(WebGraphQlRequest request) {
		Object attribute = request.getAttributes().get(ApiKeyFilter.ATTRIBUTE);
		if (attribute instanceof Authentication authentication) {
			return authentication;
		}
		return SecurityContextHolder.getContext().getAuthentication();
	}

	/**
	 * The type of the operation the request runs, or null when the operation is not found
	 * (execution then fails on its own, running nothing).
	 */
	OperationDefinition.@Nullable Operation operation(WebGraphQlRequest request) {
		String text = request.getDocument();
		if (this.documents.document(text) == null) {
			// Execution will most likely fail to parse it too; if not, err on the safe
			// side.
			return (text != null && text.contains("mutation")) ? OperationDefinition.Operation.MUTATION : null;
		}
		OperationDefinition operation = this.documents.operation(text, request.getOperationName());
		return (operation != null) ? operation.getOperation() : null;
	}

}

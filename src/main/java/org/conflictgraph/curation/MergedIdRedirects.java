package org.conflictgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLObjectType;
import org.jspecify.annotations.Nullable;

import org.conflictgraph.shared.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Merges stick for readers too: {@code node(id)} and the typed lookups ({@code actor},
 * {@code place}, {@code asset}, {@code event}) given an id that a merge absorbed answer
 * with the survivor, and the response says so in its {@code extensions.redirects}
 * ({@code [{"from": merged id, "into": survivor id}]}). Only ids that the lookup finds no
 * node for are looked up, in the {@code Redirect} nodes merges write.
 */
@Component
class MergedIdRedirects extends SimplePerformantInstrumentation {

	static final Set<String> LOOKUPS = Set.of("node", "actor", "place", "asset", "event");

	private static final String REDIRECT = """
			MATCH (r:Redirect {id: $id})
			WHERE NOT EXISTS { MATCH (:Node {id: $id}) }
			RETURN r.into""";

	private final Neo4jClient neo4j;

	MergedIdRedirects(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public @Nullable CompletableFuture<InstrumentationState> createStateAsync(
			InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Redirects());
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			// A property, not a lookup. Asking for its environment would make
			// GraphQL Java build one, which it otherwise skips for properties.
			return dataFetcher;
		}
		DataFetchingEnvironment environment = parameters.getEnvironment();
		if (!(state instanceof Redirects redirects)
				|| !(environment.getParentType() instanceof GraphQLObjectType parent)
				|| !parent.getName().equals("Query") || !LOOKUPS.contains(environment.getField().getName())) {
			return dataFetcher;
		}
		return (env) -> {
			if (!(env.getArgument("id") instanceof String id)) {
				return dataFetcher.get(env);
			}
			// The lookup first: only an id that names no node is looked up among the
			// redirects, so the usual request costs no statement for them.
			CompletableFuture<Object> found = attempt(dataFetcher, env);
			return found.handle(
					(value, error) -> notFound(value, error) ? redirect(dataFetcher, env, id, redirects, found) : found)
				.thenCompose((outcome) -> outcome);
		};
	}

	private CompletableFuture<Object> redirect(DataFetcher<?> dataFetcher, DataFetchingEnvironment env, String id,
			Redirects redirects, CompletableFuture<Object> notFound) {
		String into = this.neo4j.query(REDIRECT).bind(id).to("id").fetchAs(String.class).one().orElse(null);
		if (into == null) {
			return notFound;
		}
		redirects.add(id, into);
		Map<String, Object> arguments = new LinkedHashMap<>(env.getArguments());
		arguments.put("id", into);
		return attempt(dataFetcher,
				DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(arguments).build());
	}

	@SuppressWarnings("unchecked")
	private static CompletableFuture<Object> attempt(DataFetcher<?> dataFetcher, DataFetchingEnvironment env) {
		try {
			Object value = dataFetcher.get(env);
			if (value instanceof CompletionStage<?> stage) {
				return (CompletableFuture<Object>) stage.toCompletableFuture();
			}
			return CompletableFuture.completedFuture(value);
		}
		catch (Exception ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/**
	 * Whether the lookup found nothing: its exception, or the error that the exception
	 * handler already made of it.
	 */
	private static boolean notFound(@Nullable Object value, @Nullable Throwable error) {
		if (error != null) {
			return unwrap(error) instanceof NotFoundException;
		}
		return value instanceof DataFetcherResult<?> result && result.getData() == null
				&& result.getErrors().stream().anyMatch((e) -> e.getErrorType() == ErrorType.NOT_FOUND);
	}

	private static Throwable unwrap(Throwable error) {
		return (error instanceof CompletionException && error.getCause() != null) ? error.getCause() : error;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult executionResult,
			InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
		if (!(state instanceof Redirects redirects) || redirects.list.isEmpty()) {
			return CompletableFuture.completedFuture(executionResult);
		}
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (executionResult.getExtensions() != null) {
			extensions.putAll(executionResult.getExtensions());
		}
		synchronized (redirects) {
			extensions.put("redirects", List.copyOf(redirects.list));
		}
		return CompletableFuture
			.completedFuture(executionResult.transform((builder) -> builder.extensions(extensions)));
	}

	/** The redirects of one request. */
	private static final class Redirects implements InstrumentationState {

		private final List<Map<String, String>> list = new ArrayList<>();

		synchronized void add(String from, String into) {
			this.list.add(Map.of("from", from, "into", into));
		}

	}

}

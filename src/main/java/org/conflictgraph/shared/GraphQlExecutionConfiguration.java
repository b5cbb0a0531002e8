package org.conflictgraph.shared;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * What each GraphQL request costs besides its fields: the parsed and validated document
 * is kept per query text, so a repeated query (the usual case: clients send the same
 * documents with other variables) is neither parsed nor validated again; and observations
 * (metrics, traces) are taken per request, not per field fetch and batch load, unless
 * {@code conflictgraph.graphql.observe-fields=true} asks for Spring GraphQL's per-field
 * observations.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlExecutionConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer documentCache() {
		DocumentCache cache = new DocumentCache(1_000);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

	@Bean
	@ConditionalOnBean(ObservationRegistry.class)
	@ConditionalOnProperty(name = "conflictgraph.graphql.observe-fields", havingValue = "false", matchIfMissing = true)
	GraphQlObservationInstrumentation requestObservationInstrumentation(ObservationRegistry registry) {
		return new RequestObservationInstrumentation(registry);
	}

	/**
	 * Parsed and validated documents by query text, at most {@code size} of them (the
	 * cache is emptied when full: documents are few, and a flood of distinct ones only
	 * costs what no cache would). Validation does not depend on the variables, so an
	 * entry serves every request with the same text.
	 */
	static final class DocumentCache implements PreparsedDocumentProvider {

		private final int size;

		private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

		DocumentCache(int size) {
			this.size = size;
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			PreparsedDocumentEntry entry = this.documents.get(input.getQuery());
			if (entry == null) {
				entry = parseAndValidate.apply(input);
				if (this.documents.size() >= this.size) {
					this.documents.clear();
				}
				this.documents.put(input.getQuery(), entry);
			}
			return CompletableFuture.completedFuture(entry);
		}

		int size() {
			return this.documents.size();
		}

	}

	/**
	 * Spring GraphQL's observation of the request, without its observation of every data
	 * fetcher and data loader call, which showed on a fifth to a third of the CPU samples
	 * of requests with few statements.
	 */
	static final class RequestObservationInstrumentation extends GraphQlObservationInstrumentation {

		RequestObservationInstrumentation(ObservationRegistry registry) {
			super(registry);
		}

		@Override
		public ExecutionInput instrumentExecutionInput(ExecutionInput input,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			// The superclass adds the observation of every batch load here.
			return input;
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return fetcher;
		}

	}

}

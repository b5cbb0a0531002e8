package org.conflictgraph.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What each GraphQL request costs besides its fields: the parsed and validated document
 * is kept per query text, so a repeated query (the usual case: clients send the same
 * documents with other variables) is neither parsed nor validated again; and observations
 * (metrics, traces) are taken per request, not per field fetch and batch load, unless
 * {@code conflictgraph.graphql.observe-fields=true} asks for Spring GraphQL's per-field
 * observations. Spring Security's observations of each filter and decision are off the
 * same way. The HTTP request itself is observed by Spring Boot
 * ({@code http.server.requests}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlExecutionConfiguration {

	/**
	 * The one document provider GraphQL Java takes: automatic persisted queries
	 * ({@link PersistedQueries}) in front of the cache by query text. (Two customizers
	 * that each set a provider would leave only the last one.)
	 */
	@Bean
	DocumentCache documentCache() {
		return new DocumentCache(ParsedDocuments.MAX_DOCUMENTS,
				new ApolloPersistedQuerySupport(new PersistedQueries.BoundedCache(PersistedQueries.CACHED)));
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentProvider(DocumentCache cache) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

	/**
	 * Takes the place of Spring Boot's instrumentation (which backs off when there is
	 * one), observing each request but none of its fields.
	 */
	@Bean
	@ConditionalOnProperty(name = "conflictgraph.graphql.observe-fields", havingValue = "false", matchIfMissing = true)
	GraphQlObservationInstrumentation requestObservationInstrumentation(ObjectProvider<ObservationRegistry> registry) {
		return new RequestObservationInstrumentation(registry.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	/**
	 * Spring Security observes every filter of its chain and every authorization
	 * decision; the request is already observed as a whole, so those observations stay
	 * off unless {@code conflictgraph.security.observe-filters=true} (Spring Security's
	 * default: all of them).
	 */
	@Bean
	@ConditionalOnProperty(name = "conflictgraph.security.observe-filters", havingValue = "false",
			matchIfMissing = true)
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Parsed and validated documents by query text, at most {@code size} of them
	 * ({@link Memo}). Validation does not depend on the variables, so an entry serves
	 * every request with the same text; a document that failed to parse or validate is
	 * kept with its errors, which are the same every time. Requests that name a persisted
	 * query go through the persisted queries first, whose misses come here with the query
	 * text.
	 */
	static final class DocumentCache implements PreparsedDocumentProvider {

		private final PreparsedDocumentProvider persisted;

		private final Memo<String, PreparsedDocumentEntry> documents;

		private final AtomicLong parsed = new AtomicLong();

		DocumentCache(int size, PreparsedDocumentProvider persisted) {
			this.documents = Memo.byEquality(size);
			this.persisted = persisted;
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			return this.persisted.getDocumentAsync(input, (query) -> cached(query, parseAndValidate));
		}

		private PreparsedDocumentEntry cached(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			String query = input.getQuery();
			if (query.length() > ParsedDocuments.MAX_CACHED_LENGTH) {
				this.parsed.incrementAndGet();
				return parseAndValidate.apply(input);
			}
			return this.documents.get(query, (text) -> {
				this.parsed.incrementAndGet();
				return parseAndValidate.apply(input);
			});
		}

		int size() {
			return this.documents.size();
		}

		/** How many documents were parsed and validated (cache misses) so far. */
		long parsed() {
			return this.parsed.get();
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

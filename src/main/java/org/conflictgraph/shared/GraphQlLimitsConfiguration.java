package org.conflictgraph.shared;

import java.util.List;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * Rejects queries that are too deep or too costly before any of them reaches the
 * database. Boot registers every {@code Instrumentation} bean with GraphQL Java. Both
 * limits answer with a {@code BAD_REQUEST} error that names the limit and its setting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class GraphQlLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(GraphQlLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return badRequest("The query nests fields " + depth + " levels deep; this service allows at most "
						+ maxDepth
						+ " (conflictgraph.graphql.max-depth). Select fewer nested levels, or split the query.");
			}
		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(GraphQlLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pageWeightedComplexity()) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return badRequest("The query would cost " + complexity + "; this service allows at most "
						+ maxComplexity + " (conflictgraph.graphql.max-complexity). Every field costs 1, and what is "
						+ "selected under a list with first: N costs N times as much: ask for smaller pages or "
						+ "fewer nested lists.");
			}
		};
	}

	/**
	 * Every field costs one; a field with a {@code first} argument (its value or default)
	 * multiplies the cost of its selection by the page size, because that is how many
	 * times the selection can be resolved.
	 */
	static FieldComplexityCalculator pageWeightedComplexity() {
		return (environment, childComplexity) -> {
			long times = 1;
			if (environment.getArguments().get("first") instanceof Number first) {
				times = Math.max(1, first.longValue());
			}
			long cost = 1 + childComplexity * times;
			return (int) Math.min(cost, Integer.MAX_VALUE);
		};
	}

	private static AbortExecutionException badRequest(String message) {
		return new AbortExecutionException(
				List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
	}

}

package org.conflictgraph.shared;

import java.util.List;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;

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
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(),
				pageWeightedComplexity(limits.defaultPageSize(), limits.listCostFactor())) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return badRequest("The query would cost " + complexity + "; this service allows at most "
						+ maxComplexity + " (conflictgraph.graphql.max-complexity). Every field costs 1, and what is "
						+ "selected under a list with first: N costs N times as much (first omitted counts as its "
						+ "default, a list that takes no first as " + limits.listCostFactor()
						+ "): ask for smaller pages or fewer nested lists.");
			}
		};
	}

	@Bean
	RequestGuards requestGuards(GraphQlLimits limits) {
		return new RequestGuards(limits);
	}

	/**
	 * Every field costs one; a field with a {@code first} argument multiplies the cost of
	 * its selection by the page size (the value given, else the argument's default, else
	 * the service's default page size), because that is how many times the selection can
	 * be resolved. A list that takes no {@code first} multiplies by the list cost factor,
	 * except the {@code nodes} and {@code edges} of a connection, whose page is already
	 * counted on the connection field.
	 */
	static FieldComplexityCalculator pageWeightedComplexity(int defaultPageSize, int listCostFactor) {
		return (environment, childComplexity) -> {
			long times = 1;
			GraphQLFieldDefinition field = environment.getFieldDefinition();
			if (field.getName().startsWith("__") || environment.getParentType().getName().startsWith("__")) {
				// Introspection reads the schema, not the graph.
				times = 1;
			}
			else if (environment.getArguments().get("first") instanceof Number first) {
				times = Math.max(1, first.longValue());
			}
			else if (field.getArgument("first") != null) {
				times = defaultPageSize;
			}
			else if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))
					&& !environment.getParentType().getName().endsWith("Connection")) {
				times = listCostFactor;
			}
			long cost = 1 + childComplexity * times;
			return (int) Math.min(cost, Integer.MAX_VALUE);
		};
	}

	static AbortExecutionException badRequest(String message) {
		return new AbortExecutionException(
				List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
	}

}

package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ValuesResolver;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;

/**
 * Generic rules every field fetch follows, so no controller has to repeat them:
 * <ul>
 * <li>an explicit {@code null} for an argument or input field that has a default means
 * the default (GraphQL would otherwise pass the null on);</li>
 * <li>a request that ran past its time budget ({@code conflictgraph.graphql.timeout})
 * fetches nothing more and reports why; the read transactions end at the same bound;</li>
 * <li>a mutation sent by GET is refused with 405, as GraphQL over HTTP says.</li>
 * </ul>
 */
class RequestGuards extends SimplePerformantInstrumentation {

	private static final String DEADLINE = RequestGuards.class.getName() + ".deadline";

	private final GraphQlLimits limits;

	RequestGuards(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
				&& Boolean.TRUE.equals(context.getGraphQLContext().get(GraphQlHttpEndpoint.HTTP_GET))) {
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message("Mutations change the graph and are accepted by POST only; GET serves queries")
				.extensions(Map.of(GraphQlHttpEndpoint.ALLOW, "POST"))
				.build()));
		}
		context.getGraphQLContext().put(DEADLINE, System.nanoTime() + this.limits.timeout().toNanos());
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return dataFetcher;
		}
		return (environment) -> {
			Long deadline = environment.getGraphQlContext().get(DEADLINE);
			if (deadline != null && System.nanoTime() > deadline) {
				throw new InvalidInputException(
						"The request ran longer than its time budget of " + this.limits.timeout().toSeconds()
								+ " s (conflictgraph.graphql.timeout); ask for less: smaller pages, fewer fields");
			}
			return dataFetcher.get(withDefaults(environment));
		};
	}

	/** The environment with every explicit null that has a default replaced by it. */
	static DataFetchingEnvironment withDefaults(DataFetchingEnvironment environment) {
		Map<String, Object> arguments = environment.getArguments();
		if (arguments.isEmpty()) {
			return environment;
		}
		Map<String, Object> replaced = null;
		for (GraphQLArgument argument : environment.getFieldDefinition().getArguments()) {
			String name = argument.getName();
			if (!arguments.containsKey(name)) {
				continue;
			}
			Object value = arguments.get(name);
			Object defaulted;
			if (value == null && argument.hasSetDefaultValue()) {
				defaulted = ValuesResolver.valueToInternalValue(argument.getArgumentDefaultValue(), argument.getType(),
						environment.getGraphQlContext(), environment.getLocale());
			}
			else {
				defaulted = inputDefaults(value, argument.getType(), environment);
			}
			if (defaulted != value) {
				if (replaced == null) {
					replaced = new LinkedHashMap<>(arguments);
				}
				replaced.put(name, defaulted);
			}
		}
		if (replaced == null) {
			return environment;
		}
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment).arguments(replaced).build();
	}

	/**
	 * The value with explicit nulls of input fields that have defaults replaced; the same
	 * instance when nothing changed.
	 */
	private static @Nullable Object inputDefaults(@Nullable Object value, GraphQLInputType type,
			DataFetchingEnvironment environment) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		if (value instanceof List<?> list && unwrapped instanceof GraphQLList listType) {
			List<Object> copy = null;
			for (int i = 0; i < list.size(); i++) {
				Object item = list.get(i);
				Object defaulted = inputDefaults(item, (GraphQLInputType) listType.getWrappedType(), environment);
				if (defaulted != item && copy == null) {
					copy = new ArrayList<>(list);
				}
				if (copy != null) {
					copy.set(i, defaulted);
				}
			}
			return (copy != null) ? copy : value;
		}
		if (value instanceof Map<?, ?> map && unwrapped instanceof GraphQLInputObjectType objectType) {
			Map<Object, Object> copy = null;
			for (GraphQLInputObjectField field : objectType.getFieldDefinitions()) {
				String name = field.getName();
				if (!map.containsKey(name)) {
					continue;
				}
				Object item = map.get(name);
				Object defaulted;
				if (item == null && field.hasSetDefaultValue()) {
					defaulted = ValuesResolver.valueToInternalValue(field.getInputFieldDefaultValue(), field.getType(),
							environment.getGraphQlContext(), environment.getLocale());
				}
				else {
					defaulted = inputDefaults(item, field.getType(), environment);
				}
				if (defaulted != item) {
					if (copy == null) {
						copy = new LinkedHashMap<>(map);
					}
					copy.put(name, defaulted);
				}
			}
			return (copy != null) ? copy : value;
		}
		return value;
	}

	static AbortExecutionException badRequest(String message) {
		return GraphQlLimitsConfiguration.badRequest(message);
	}

}

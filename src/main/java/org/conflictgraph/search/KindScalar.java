package org.conflictgraph.search;

import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.EnumValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Kind} scalar: a kind of node named as the model names it
 * ({@code ArmedGroup}, {@code Actor}), written as a string or as a bare name
 * ({@code kinds: [ArmedGroup]}), so that {@code search} takes the names
 * {@code neighborhood} and {@code actorNetwork} take. The names are checked against the
 * model ({@code NodeKind.parse}) where they are used, with the accepted kinds in the
 * message.
 */
@Configuration(proxyBeanMethods = false)
class KindScalar {

	static final GraphQLScalarType KIND = GraphQLScalarType.newScalar()
		.name("Kind")
		.description("A kind of node by the model's label, e.g. ArmedGroup or Actor")
		.coercing(new KindCoercing())
		.build();

	@Bean
	RuntimeWiringConfigurer kindScalarWiring() {
		return (wiring) -> wiring.scalar(KIND);
	}

	private static final class KindCoercing implements Coercing<String, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			return value.toString();
		}

		@Override
		public String parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String name) {
				return name;
			}
			throw CoercingParseValueException.newCoercingParseValueException()
				.message(message(String.valueOf(input)))
				.extensions(Map.of("classification", ErrorType.BAD_REQUEST.name()))
				.build();
		}

		@Override
		public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue string) {
				return string.getValue();
			}
			if (input instanceof EnumValue name) {
				return name.getName();
			}
			throw CoercingParseLiteralException.newCoercingParseLiteralException()
				.message(message(String.valueOf(input)))
				.extensions(Map.of("classification", ErrorType.BAD_REQUEST.name()))
				.build();
		}

		private static String message(String input) {
			return "A Kind is a label of the model such as ArmedGroup, Settlement or Actor, not " + input;
		}

	}

}

package org.conflictgraph.shared;

import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.graphql.execution.ErrorType;

/**
 * Wraps a scalar so that a value a client sends that does not parse (a date like
 * {@code 2031-13-45}) is reported as a {@code BAD_REQUEST} naming the scalar, like every
 * other bad argument, instead of GraphQL Java's generic classification. The
 * classification travels in the error's extensions, which GraphQL Java keeps when it
 * reports a variable that does not coerce.
 */
final class BadRequestCoercing implements Coercing<Object, Object> {

	private final String name;

	private final Coercing<Object, Object> delegate;

	@SuppressWarnings("unchecked")
	private BadRequestCoercing(GraphQLScalarType scalar) {
		this.name = scalar.getName();
		this.delegate = (Coercing<Object, Object>) scalar.getCoercing();
	}

	static GraphQLScalarType wrap(GraphQLScalarType scalar) {
		return scalar.transform((builder) -> builder.coercing(new BadRequestCoercing(scalar)));
	}

	@Override
	public Object serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
		return this.delegate.serialize(value, context, locale);
	}

	@Override
	public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
		try {
			return this.delegate.parseValue(input, context, locale);
		}
		catch (CoercingParseValueException ex) {
			throw CoercingParseValueException.newCoercingParseValueException()
				.message("'" + input + "' is not a valid " + this.name + ": " + ex.getMessage())
				.cause(ex)
				.extensions(Map.of("classification", ErrorType.BAD_REQUEST.name()))
				.build();
		}
	}

	@Override
	public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
			throws CoercingParseLiteralException {
		return this.delegate.parseLiteral(input, variables, context, locale);
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return this.delegate.valueToLiteral(input, context, locale);
	}

}

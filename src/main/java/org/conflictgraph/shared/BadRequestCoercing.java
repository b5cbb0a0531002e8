package org.conflictgraph.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
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
		if (input instanceof String text && !exists(text)) {
			throw CoercingParseValueException.newCoercingParseValueException()
				.message(message(text, true))
				.extensions(Map.of("classification", ErrorType.BAD_REQUEST.name()))
				.build();
		}
		try {
			return this.delegate.parseValue(input, context, locale);
		}
		catch (CoercingParseValueException ex) {
			throw CoercingParseValueException.newCoercingParseValueException()
				.message(message(String.valueOf(input), input instanceof String))
				.cause(ex)
				.extensions(Map.of("classification", ErrorType.BAD_REQUEST.name()))
				.build();
		}
	}

	@Override
	public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
			throws CoercingParseLiteralException {
		if (input instanceof StringValue string && !exists(string.getValue())) {
			throw CoercingParseLiteralException.newCoercingParseLiteralException()
				.message(message(string.getValue(), true))
				.extensions(Map.of("classification", ErrorType.BAD_REQUEST.name()))
				.build();
		}
		try {
			return this.delegate.parseLiteral(input, variables, context, locale);
		}
		catch (CoercingParseLiteralException ex) {
			boolean string = input instanceof StringValue;
			String text = string ? ((StringValue) input).getValue() : AstPrinter.printAst(input);
			throw CoercingParseLiteralException.newCoercingParseLiteralException()
				.message(message(text, string))
				.cause(ex)
				.extensions(Map.of("classification", ErrorType.BAD_REQUEST.name()))
				.build();
		}
	}

	/**
	 * Whether a date or date-time names a moment that exists: the scalars' own parsers
	 * resolve leniently and would take 2024-02-30 for 2024-02-29.
	 */
	private boolean exists(String text) {
		try {
			switch (this.name) {
				case "Date" -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
				case "DateTime" -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				default -> {
				}
			}
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * Says what was wrong in words, without the Java types GraphQL Java's own message
	 * names.
	 */
	private String message(String input, boolean string) {
		String shown = (input.length() > 40) ? input.substring(0, 40) + "..." : input;
		String expected = switch (this.name) {
			case "Date" -> "a real calendar date written as a string YYYY-MM-DD, for example \"2024-03-12\"";
			case "DateTime" ->
				"a date and time with an offset written as a string, for example " + "\"2024-03-12T08:30:00Z\"";
			default -> "a value of type " + this.name;
		};
		return (string ? "\"" + shown + "\"" : shown + " (not a string)") + " is not a valid " + this.name
				+ ": expected " + expected;
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return this.delegate.valueToLiteral(input, context, locale);
	}

}

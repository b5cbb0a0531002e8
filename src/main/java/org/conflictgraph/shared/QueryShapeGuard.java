package org.conflictgraph.shared;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Refuses, before GraphQL Java validates or runs anything, documents whose shape alone
 * means unbounded work: more root fields than
 * {@code conflictgraph.graphql.max-root-fields} (each alias of a root field counts: an
 * alias bomb), more aliases than {@code max-aliases}, and in queries any text argument
 * (literal or variable) longer than {@code max-text-length}. Mutations carry whole
 * reports, so their texts are bounded by the request size instead. Each refusal is one
 * {@code BAD_REQUEST} error.
 */
@Component
class QueryShapeGuard implements WebGraphQlInterceptor, Ordered {

	private final GraphQlLimits limits;

	private final ParsedDocuments documents;

	/** By document, compared by identity: the parsed documents are shared. */
	private final Memo<Document, Shape> shapes = Memo.byIdentity(ParsedDocuments.MAX_DOCUMENTS);

	QueryShapeGuard(GraphQlLimits limits, ParsedDocuments documents) {
		this.limits = limits;
		this.documents = documents;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String refusal = refusal(request);
		if (refusal == null) {
			return chain.next(request).map(QueryShapeGuard::withoutAstNames);
		}
		GraphQLError error = GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(refusal).build();
		ExecutionResult result = ExecutionResult.newExecutionResult().data(null).errors(List.of(error)).build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

	/**
	 * GraphQL Java's validation messages show a literal as its syntax tree class
	 * ({@code IntValue{value=123}}); the client wrote {@code 123}.
	 */
	private static WebGraphQlResponse withoutAstNames(WebGraphQlResponse response) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.stream().noneMatch((error) -> AST.matcher(String.valueOf(error.getMessage())).find())) {
			return response;
		}
		List<GraphQLError> cleaned = errors.stream().map((error) -> {
			String message = String.valueOf(error.getMessage());
			if (!AST.matcher(message).find()) {
				return error;
			}
			return (GraphQLError) GraphqlErrorBuilder.newError()
				.message(plain(message))
				.locations(error.getLocations())
				.path(error.getPath())
				.errorType(error.getErrorType())
				.extensions(error.getExtensions())
				.build();
		}).toList();
		return response.transform((builder) -> builder.errors(cleaned));
	}

	static String plain(String message) {
		String plain = WITH_VALUE.matcher(message).replaceAll(" $1");
		plain = EXPECTED.matcher(plain)
			.replaceAll((match) -> "expected a " + match.group(1).toLowerCase(java.util.Locale.ROOT)
					+ " value but it was a " + match.group(2).toLowerCase(java.util.Locale.ROOT) + " value");
		if (AST.matcher(plain).find()) {
			int cut = plain.indexOf(" : ");
			plain = ((cut > 0) ? plain.substring(0, cut + 3) : "")
					+ "an argument has a value of the wrong type (see the error's location)";
		}
		return plain;
	}

	private static final Pattern AST = Pattern
		.compile("\\b(Int|Float|String|Boolean|Enum|Null|Array|Object)(Value|Field)\\b");

	private static final Pattern WITH_VALUE = Pattern.compile(
			" with value '.*?' (is not a valid|must not be null|contains a field not in|is missing required fields|has)");

	private static final Pattern EXPECTED = Pattern
		.compile("Expected an AST type of '(\\w+)Value' but it was a '(\\w+)Value'");

	private @Nullable String refusal(WebGraphQlRequest request) {
		Shape shape = shape(request.getDocument());
		if (shape == null) {
			// Blank, or GraphQL Java reports the syntax error itself.
			return null;
		}
		OperationDefinition operation = ParsedDocuments.operation(shape.document(), request.getOperationName());
		if (operation != null) {
			int roots = shape.rootFields().getOrDefault(operation, 0);
			if (roots > this.limits.maxRootFields()) {
				return "The operation selects " + roots + " root fields; this service allows at most "
						+ this.limits.maxRootFields()
						+ " (conflictgraph.graphql.max-root-fields). Send fewer aliases or several requests.";
			}
		}
		if (shape.aliases() > this.limits.maxAliases()) {
			return "The document has " + shape.aliases() + " aliases; this service allows at most "
					+ this.limits.maxAliases() + " (conflictgraph.graphql.max-aliases).";
		}
		boolean query = operation == null || operation.getOperation() != OperationDefinition.Operation.MUTATION;
		if (query) {
			int variables = longestText(request.getVariables(), 0);
			int length = Math.max(shape.longestText(), variables);
			if (length > this.limits.maxTextLength()) {
				return "A text argument is " + length + " characters long; this service accepts at most "
						+ this.limits.maxTextLength()
						+ " characters (conflictgraph.graphql.max-text-length). Search for a shorter phrase.";
			}
		}
		return null;
	}

	/**
	 * What the limits look at in a document, worked out once per parsed document (the
	 * variables are checked per request).
	 */
	private @Nullable Shape shape(@Nullable String text) {
		Document document = this.documents.document(text);
		return (document != null) ? this.shapes.get(document, Shape::of) : null;
	}

	/**
	 * @param document the parsed document
	 * @param rootFields the root fields of each operation, through fragments
	 * @param aliases the aliases in the whole document
	 * @param longestText the longest string literal
	 */
	private record Shape(Document document, Map<OperationDefinition, Integer> rootFields, int aliases,
			int longestText) {

		static Shape of(Document document) {
			Map<String, FragmentDefinition> fragments = new HashMap<>();
			for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
				fragments.put(fragment.getName(), fragment);
			}
			Map<OperationDefinition, Integer> roots = new IdentityHashMap<>();
			for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
				roots.put(operation, countFields(operation.getSelectionSet(), fragments, new HashSet<>()));
			}
			int[] aliases = { 0 };
			int[] longest = { 0 };
			walk(document, aliases, longest);
			return new Shape(document, roots, aliases[0], longest[0]);
		}

	}

	/** The fields a selection set selects at its own level, through fragments. */
	private static int countFields(@Nullable SelectionSet selections, Map<String, FragmentDefinition> fragments,
			Set<String> visiting) {
		if (selections == null) {
			return 0;
		}
		int count = 0;
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field) {
				count++;
			}
			else if (selection instanceof InlineFragment inline) {
				count += countFields(inline.getSelectionSet(), fragments, visiting);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = fragments.get(spread.getName());
				if (fragment != null && visiting.add(spread.getName())) {
					count += countFields(fragment.getSelectionSet(), fragments, visiting);
					visiting.remove(spread.getName());
				}
			}
		}
		return count;
	}

	private static void walk(Node<?> node, int[] aliases, int[] longest) {
		if (node instanceof Field field && field.getAlias() != null) {
			aliases[0]++;
		}
		if (node instanceof StringValue string && string.getValue() != null) {
			longest[0] = Math.max(longest[0], string.getValue().length());
		}
		for (Node<?> child : node.getChildren()) {
			walk(child, aliases, longest);
		}
	}

	private static int longestText(@Nullable Object value, int depth) {
		if (depth > 64) {
			return 0;
		}
		if (value instanceof String text) {
			return text.length();
		}
		int longest = 0;
		if (value instanceof Map<?, ?> map) {
			for (Object item : map.values()) {
				longest = Math.max(longest, longestText(item, depth + 1));
			}
		}
		else if (value instanceof List<?> list) {
			for (Object item : list) {
				longest = Math.max(longest, longestText(item, depth + 1));
			}
		}
		return longest;
	}

}

package org.conflictgraph.shared;

import java.util.List;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The syntax trees of the documents that the checks before execution look at (the access
 * rule, the shape guard, the read transaction), parsed once per query text and shared by
 * all of them: each used to parse every request's document again, which showed on a sixth
 * of the CPU samples of small requests. Syntax trees are immutable. At most
 * {@value #MAX_DOCUMENTS} are kept ({@link Memo}); the other per-document caches of the
 * request path keep as many.
 */
@Component
public class ParsedDocuments {

	static final int MAX_DOCUMENTS = 1_000;

	/**
	 * Longer texts are parsed every time rather than kept: the queries clients send are a
	 * few kilobytes, and a thousand kept documents of the parser's maximum (a million
	 * characters) would hold gigabytes.
	 */
	static final int MAX_CACHED_LENGTH = 16_384;

	private final Memo<String, Optional<Document>> documents = Memo.byEquality(MAX_DOCUMENTS);

	/**
	 * The document, or {@code null} when the text is blank or not valid GraphQL (GraphQL
	 * Java reports the syntax error itself).
	 */
	public @Nullable Document document(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_CACHED_LENGTH) {
			return parse(text).orElse(null);
		}
		return this.documents.get(text, ParsedDocuments::parse).orElse(null);
	}

	/**
	 * The operation a request runs: the one named, or the only one when no name is given;
	 * {@code null} when there is no such operation (execution then fails on its own) or
	 * the document does not parse.
	 */
	public @Nullable OperationDefinition operation(@Nullable String text, @Nullable String name) {
		Document document = document(text);
		return (document != null) ? operation(document, name) : null;
	}

	static @Nullable OperationDefinition operation(Document document, @Nullable String name) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		for (OperationDefinition operation : operations) {
			if ((name == null && operations.size() == 1) || (name != null && name.equals(operation.getName()))) {
				return operation;
			}
		}
		return null;
	}

	int size() {
		return this.documents.size();
	}

	private static Optional<Document> parse(String text) {
		try {
			return Optional.of(Parser.parse(text));
		}
		catch (InvalidSyntaxException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}

package org.conflictgraph.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each GraphQL query operation in one read transaction: the root statement and every
 * batch loader of the request join it (through {@link GraphReader}'s
 * {@code @Transactional}), so a request costs one begin and one commit on the Bolt
 * connection however many statements it needs. The service's fetchers and batch loaders
 * are synchronous, so the whole execution stays on the thread that holds the transaction;
 * a fetcher that hopped threads would simply get a transaction of its own. Mutations and
 * subscriptions pass through: their writers manage their own transactions.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadTransactions implements WebGraphQlInterceptor {

	private static final int MAX_DOCUMENTS = 1_000;

	private final TransactionTemplate readOnly;

	/** Whether a document's operation (by name, "" for the only one) is a query. */
	private final Map<String, Map<String, Boolean>> queries = new ConcurrentHashMap<>();

	ReadTransactions(PlatformTransactionManager transactionManager) {
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!isQuery(request.getDocument(), request.getOperationName())) {
			return chain.next(request);
		}
		AtomicBoolean began = new AtomicBoolean();
		return Mono.fromCallable(() -> this.readOnly.execute((status) -> {
			began.set(true);
			WebGraphQlResponse response = chain.next(request).block();
			// Nothing to keep: ending with a rollback also ends quietly when a field's
			// error has marked the shared transaction rollback-only (a commit would throw
			// and turn the field's error into a failed request).
			status.setRollbackOnly();
			return response;
		}))
			// No transaction could begin (the database is unreachable): run the request
			// without a shared one, so each field answers the classified error
			// (UNAVAILABLE) instead of the whole request failing.
			.onErrorResume(TransactionException.class, (ex) -> began.get() ? Mono.error(ex) : chain.next(request));
	}

	boolean isQuery(@Nullable String document, @Nullable String operationName) {
		if (document == null || document.isBlank()) {
			return false;
		}
		Map<String, Boolean> operations = this.queries.get(document);
		if (operations == null) {
			operations = operations(document);
			if (this.queries.size() >= MAX_DOCUMENTS) {
				this.queries.clear();
			}
			this.queries.put(document, operations);
		}
		Boolean query = operations.get((operationName != null) ? operationName : "");
		if (query == null && operations.size() == 1) {
			query = operations.values().iterator().next();
		}
		return Boolean.TRUE.equals(query);
	}

	private static Map<String, Boolean> operations(String text) {
		Document document;
		try {
			document = Parser.parse(text);
		}
		catch (InvalidSyntaxException | IllegalArgumentException ex) {
			// GraphQL Java reports the syntax error; nothing will read the graph.
			return Map.of();
		}
		Map<String, Boolean> operations = new ConcurrentHashMap<>();
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			operations.put((operation.getName() != null) ? operation.getName() : "",
					operation.getOperation() == OperationDefinition.Operation.QUERY);
		}
		return operations;
	}

}

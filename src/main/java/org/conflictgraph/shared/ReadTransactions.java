package org.conflictgraph.shared;

import java.util.concurrent.atomic.AtomicBoolean;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
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
 * subscriptions pass through: their writers manage their own transactions; so do queries
 * that select only introspection fields ({@code __typename}, {@code __schema},
 * {@code __type}), which read the schema, not the graph.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadTransactions implements WebGraphQlInterceptor {

	private final TransactionTemplate readOnly;

	private final ParsedDocuments documents;

	ReadTransactions(PlatformTransactionManager transactionManager, ParsedDocuments documents) {
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!readsGraph(request.getDocument(), request.getOperationName())) {
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

	/** Whether the operation is a query that selects a field of the graph. */
	boolean readsGraph(@Nullable String document, @Nullable String operationName) {
		OperationDefinition operation = this.documents.operation(document, operationName);
		if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
			return false;
		}
		for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
			if (!(selection instanceof Field field) || !field.getName().startsWith("__")) {
				return true;
			}
		}
		return false;
	}

}

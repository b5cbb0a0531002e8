package org.conflictgraph.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

/**
 * Automatic persisted queries (Apollo's protocol, GraphQL Java's support): a client may
 * send only {@code extensions.persistedQuery.sha256Hash}; when the service does not know
 * the hash it answers {@code PersistedQueryNotFound} and the client sends the query once
 * with its hash. Together with GET this lets a proxy cache reads by a short URL. The
 * cache is per instance and bounded (least recently used dropped): a replica that does
 * not know a hash just asks for the query again. GraphQL Java takes one document
 * provider: {@code GraphQlExecutionConfiguration} puts this one in front of its cache by
 * query text.
 */
final class PersistedQueries {

	static final int CACHED = 2000;

	private PersistedQueries() {
	}

	/** Parsed documents by hash, at most {@code size} of them. */
	static final class BoundedCache implements PersistedQueryCache {

		private final Map<Object, PreparsedDocumentEntry> entries;

		BoundedCache(int size) {
			this.entries = new LinkedHashMap<>(size, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
					return size() > size;
				}
			};
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
				ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss) throws PersistedQueryNotFound {
			PreparsedDocumentEntry entry;
			synchronized (this.entries) {
				entry = this.entries.get(persistedQueryId);
			}
			if (entry != null) {
				return CompletableFuture.completedFuture(entry);
			}
			String query = executionInput.getQuery();
			if (query == null || query.isBlank() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
				// Only the hash was sent: the client is to send the query with it.
				throw new PersistedQueryNotFound(persistedQueryId);
			}
			entry = onCacheMiss.apply(query);
			if (!entry.hasErrors()) {
				synchronized (this.entries) {
					this.entries.put(persistedQueryId, entry);
				}
			}
			return CompletableFuture.completedFuture(entry);
		}

	}

}

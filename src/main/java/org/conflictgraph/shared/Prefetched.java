package org.conflictgraph.shared;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The values of nested fields that a compiled statement already returned, per object and
 * result key, for one request (kept in its GraphQL context). The objects are the records
 * the statement's rows were decoded into, compared by identity: an equal record from
 * elsewhere in the response is not one of them and resolves through its loader.
 */
public final class Prefetched {

	static final Object NULL = new Object();

	private final Map<Object, Map<String, Object>> values = new IdentityHashMap<>();

	synchronized void put(Object parent, String resultKey, @Nullable Object value) {
		this.values.computeIfAbsent(parent, (key) -> new java.util.HashMap<>())
			.put(resultKey, (value != null) ? value : NULL);
	}

	/** The value, {@link #NULL} for a null one, or {@code null} when there is none. */
	synchronized @Nullable Object get(Object parent, String resultKey) {
		Map<String, Object> fields = this.values.get(parent);
		return (fields != null) ? fields.get(resultKey) : null;
	}

}

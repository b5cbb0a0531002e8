package org.conflictgraph.shared;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key, for the per-document caches of the request path (the
 * parsed documents, the validated ones, their shapes). At most a given number are kept;
 * the memo is emptied when full: clients send few distinct documents, and a flood of
 * distinct ones costs only what no memo would.
 */
final class Memo<K, V> {

	private final Map<K, V> values;

	private final int max;

	private Memo(Map<K, V> values, int max) {
		this.values = values;
		this.max = max;
	}

	/** Keys compared with {@code equals}, such as query texts. */
	static <K, V> Memo<K, V> byEquality(int max) {
		return new Memo<>(new ConcurrentHashMap<>(), max);
	}

	/** Keys compared by identity, such as the shared parsed documents. */
	static <K, V> Memo<K, V> byIdentity(int max) {
		return new Memo<>(Collections.synchronizedMap(new IdentityHashMap<>()), max);
	}

	/** The value kept for the key, or the one {@code compute} works out, then kept. */
	V get(K key, Function<? super K, ? extends V> compute) {
		V value = this.values.get(key);
		if (value == null) {
			value = compute.apply(key);
			if (this.values.size() >= this.max) {
				this.values.clear();
			}
			this.values.put(key, value);
		}
		return value;
	}

	int size() {
		return this.values.size();
	}

}

package org.conflictgraph.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Shapes the results of one batched query for a {@code @BatchMapping}: one value per
 * parent object, looked up by the parent's id.
 */
public final class Batches {

	private Batches() {
	}

	/** The distinct ids of the parents, for the {@code $ids} parameter. */
	public static <P> List<String> ids(List<P> parents, Function<P, String> id) {
		return parents.stream().map(id).distinct().toList();
	}

	/** The list of each parent; an empty list where the query found none. */
	public static <P, V> Map<P, List<V>> lists(List<P> parents, Function<P, String> id, Map<String, List<V>> found) {
		Map<P, List<V>> result = new HashMap<>();
		parents.forEach((parent) -> result.put(parent, found.getOrDefault(id.apply(parent), List.of())));
		return result;
	}

	/** The value of each parent; absent where the query found none. */
	public static <P, V> Map<P, V> values(List<P> parents, Function<P, @Nullable String> key, Map<String, V> found) {
		Map<P, V> result = new HashMap<>();
		parents.forEach((parent) -> {
			String k = key.apply(parent);
			if (k != null && found.containsKey(k)) {
				result.put(parent, found.get(k));
			}
		});
		return result;
	}

}

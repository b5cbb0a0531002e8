package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The key of a batched nested list that takes arguments, e.g. {@code Actor.events(role:,
 * first:)}: the parent's id plus the arguments. Keys with the same arguments go to the
 * database in one query; a request usually has one argument combination per field, so a
 * field costs one query however many parents it is resolved for.
 *
 * @param id the parent's id
 * @param first the page size per parent
 * @param option one more argument, or {@code null}
 */
public record ListKey(String id, int first, @Nullable String option) {

	/**
	 * Loads the lists for all keys, one query per distinct {@code (first, option)}.
	 * @param keys the keys the data loader collected
	 * @param query runs one query for many parent ids
	 * @return a list for every key, empty where the query found nothing
	 */
	public static <V> Map<ListKey, List<V>> load(Set<ListKey> keys, Query<V> query) {
		Map<List<Object>, List<ListKey>> groups = new LinkedHashMap<>();
		for (ListKey key : keys) {
			List<Object> arguments = new ArrayList<>(2);
			arguments.add(key.first());
			arguments.add((key.option() != null) ? key.option() : "");
			groups.computeIfAbsent(arguments, (k) -> new ArrayList<>()).add(key);
		}
		Map<ListKey, List<V>> result = new HashMap<>();
		for (List<ListKey> group : groups.values()) {
			ListKey sample = group.get(0);
			List<String> ids = group.stream().map(ListKey::id).distinct().toList();
			Map<String, List<V>> found = query.run(ids, sample.first(), sample.option());
			for (ListKey key : group) {
				result.put(key, found.getOrDefault(key.id(), List.of()));
			}
		}
		return result;
	}

	/**
	 * One query for the lists of many parents that share arguments.
	 *
	 * @param <V> the element type
	 */
	@FunctionalInterface
	public interface Query<V> {

		/**
		 * @return the list per parent id, in order; parents without rows may be absent
		 */
		Map<String, List<V>> run(List<String> ids, int first, @Nullable String option);

	}

}

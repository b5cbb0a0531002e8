package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key of a batched nested list that takes a filter input, e.g.
 * {@code Place.events(filter:, first:)}: like {@link ListKey}, with the filter record
 * itself as the argument, so that keys with equal filters go to the database in one
 * query.
 *
 * @param <F> the filter record (records compare by value)
 * @param id the parent's id
 * @param first the page size per parent
 * @param filter the filter
 */
public record FilteredKey<F>(String id, int first, F filter) {

	/**
	 * Loads the lists for all keys, one query per distinct {@code (first, filter)}.
	 */
	public static <F, V> Map<FilteredKey<F>, List<V>> load(Set<FilteredKey<F>> keys, Query<F, V> query) {
		Map<List<Object>, List<FilteredKey<F>>> groups = new LinkedHashMap<>();
		for (FilteredKey<F> key : keys) {
			groups.computeIfAbsent(List.of(key.first(), key.filter()), (k) -> new ArrayList<>()).add(key);
		}
		Map<FilteredKey<F>, List<V>> result = new HashMap<>();
		for (List<FilteredKey<F>> group : groups.values()) {
			FilteredKey<F> sample = group.get(0);
			List<String> ids = group.stream().map(FilteredKey::id).distinct().toList();
			Map<String, List<V>> found = query.run(ids, sample.first(), sample.filter());
			for (FilteredKey<F> key : group) {
				result.put(key, found.getOrDefault(key.id(), List.of()));
			}
		}
		return result;
	}

	/**
	 * One query for the lists of many parents that share a filter.
	 *
	 * @param <F> the filter record
	 * @param <V> the element type
	 */
	@FunctionalInterface
	public interface Query<F, V> {

		Map<String, List<V>> run(List<String> ids, int first, F filter);

	}

}

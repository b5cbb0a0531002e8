package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks the ids and vocabulary values a client puts in a filter before the filter is
 * run, so that a typo ({@code claimant: "Russian Defence Ministry"}, {@code kinds:
 * ["Repulsion"]}) is answered with an error that names it rather than with an empty list
 * that reads as "no such facts". Unknown ids are NOT_FOUND, unknown vocabulary values
 * BAD_REQUEST with the accepted values.
 */
@Component
public class FilterChecks {

	private final GraphReader graph;

	public FilterChecks(GraphReader graph) {
		this.graph = graph;
	}

	/**
	 * Starts a check of the ids of one filter; {@link Ids#check()} runs one query for all
	 * of them.
	 */
	public Ids ids() {
		return new Ids();
	}

	/**
	 * Checks that every given value is one of the accepted ones.
	 * @param argument the argument's path, e.g. {@code filter.types}
	 * @param given the values the client sent, or {@code null}
	 * @param accepted the values the model knows
	 * @throws InvalidInputException naming the first unknown value and listing the
	 * accepted ones
	 */
	public static void known(String argument, @Nullable Collection<String> given, Collection<String> accepted) {
		if (given == null) {
			return;
		}
		for (String value : given) {
			if (!accepted.contains(value)) {
				throw new InvalidInputException(
						argument + ": unknown value '" + value + "'. Accepted values: " + new TreeSet<>(accepted),
						Map.of("argument", argument, "value", value, "accepted", List.copyOf(new TreeSet<>(accepted))));
			}
		}
	}

	/**
	 * Checks values of an open vocabulary against what the graph holds, e.g. claim kinds:
	 * the accepted values are read only when one is unknown.
	 * @param argument the argument's path
	 * @param given the values the client sent, or {@code null}
	 * @param label the label of the nodes that carry the property
	 * @param property the property, e.g. {@code kind}
	 */
	public void present(String argument, @Nullable Collection<String> given, String label, String property) {
		if (given == null || given.isEmpty()) {
			return;
		}
		// label and property are our own constants, never client input; the values are
		// parameters.
		List<String> unknown = this.graph.list("""
				UNWIND $values AS value
				WITH value WHERE NOT EXISTS { MATCH (n:%1$s) WHERE n.%2$s = value }
				RETURN value""".formatted(label, property), Map.of("values", List.copyOf(given)),
				(record) -> record.get("value").asString());
		if (!unknown.isEmpty()) {
			List<String> accepted = this.graph
				.list("MATCH (n:%1$s) WHERE n.%2$s IS NOT NULL RETURN DISTINCT n.%2$s AS value ORDER BY value"
					.formatted(label, property), Map.of(), (record) -> record.get("value").asString());
			known(argument, unknown, accepted);
		}
	}

	/** The ids of one filter, each with the base labels it may have. */
	public final class Ids {

		private final Map<String, Expected> expected = new LinkedHashMap<>();

		private Ids() {
		}

		/**
		 * Adds an id to check.
		 * @param argument the argument's path, e.g. {@code filter.claimant}
		 * @param id the id the client sent, or {@code null} when it sent none
		 * @param noun what the id must name, for the message, e.g. {@code actor}
		 * @param labels the labels of which the node must have one
		 * @return this
		 */
		public Ids add(String argument, @Nullable String id, String noun, String... labels) {
			if (id != null) {
				this.expected.put(argument, new Expected(id, noun, List.of(labels)));
			}
			return this;
		}

		/**
		 * Runs the check.
		 * @throws NotFoundException naming the first id that names no node of its kind
		 */
		public void check() {
			if (this.expected.isEmpty()) {
				return;
			}
			List<String> ids = new ArrayList<>();
			this.expected.values().forEach((expected) -> ids.add(expected.id()));
			Map<String, List<String>> labels = FilterChecks.this.graph.byId("""
					UNWIND $ids AS id
					MATCH (n:Node {id: id})
					RETURN id, labels(n) AS labels""", Map.of("ids", ids),
					(record) -> record.get("labels").asList((value) -> value.asString()));
			this.expected.forEach((argument, expected) -> {
				List<String> found = labels.get(expected.id());
				if (found == null || expected.labels().stream().noneMatch(found::contains)) {
					throw new NotFoundException(argument + ": no " + expected.noun() + " with id '" + expected.id()
							+ "'. Ids look like 'government-body:russian-defence-ministry' or 'region:belgorod-oblast';"
							+ " search(text: ...) finds them by name.");
				}
			});
		}

	}

	private record Expected(String id, String noun, List<String> labels) {
	}

}

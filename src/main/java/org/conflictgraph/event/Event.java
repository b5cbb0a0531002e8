package org.conflictgraph.event;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Node;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.source.SourcedNode;

/**
 * An event node.
 */
public record Event(String id, String title, LocalDate date, DatePrecision datePrecision, String type,
		@Nullable String subType, EventStatus status, @Nullable String summary) implements SourcedNode {

	public static final String LABEL = "Event";

	/** The event of an {@code Event} node. */
	public static Event from(Node node) {
		LocalDate date = GraphValues.date(node, "date");
		if (date == null) {
			throw new IllegalStateException("Event " + node.get("id") + " has no date");
		}
		String precision = GraphValues.string(node, "datePrecision");
		return new Event(GraphValues.requiredString(node, "id"), GraphValues.requiredString(node, "title"), date,
				(precision != null) ? DatePrecision.valueOf(precision) : DatePrecision.DAY,
				GraphValues.requiredString(node, "type"), GraphValues.string(node, "subType"),
				EventStatus.valueOf(GraphValues.requiredString(node, "status")), GraphValues.string(node, "summary"));
	}

	/** The entity name of an event is its title. */
	public String name() {
		return this.title;
	}

	public EntityKind kind() {
		return EntityKind.EVENT;
	}

	public List<String> aliases() {
		return List.of();
	}

}

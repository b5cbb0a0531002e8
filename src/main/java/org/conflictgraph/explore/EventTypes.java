package org.conflictgraph.explore;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.shared.InvalidInputException;

/**
 * The event {@code type} values of the model (ACLED's types plus {@code Accidents}), the
 * whitelist for event type filters.
 */
public final class EventTypes {

	public static final List<String> ALL = List.copyOf(Vocabulary.EVENT_TYPES.keySet());

	private EventTypes() {
	}

	/**
	 * The types a client named, checked, or {@code null} when it named none.
	 * @throws InvalidInputException for a type that is not one of the model
	 */
	public static @Nullable List<String> parse(@Nullable Collection<String> types) {
		if (types == null) {
			return null;
		}
		if (types.isEmpty()) {
			throw new InvalidInputException("eventTypes is empty: leave it out to include every type");
		}
		for (String type : types) {
			if (!ALL.contains(type)) {
				throw new InvalidInputException("Unknown event type '" + type + "'. Known types: " + ALL);
			}
		}
		return List.copyOf(new LinkedHashSet<>(types));
	}

}

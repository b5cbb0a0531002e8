package org.conflictgraph.draft;

import java.util.Collection;
import java.util.List;

/** Existing nodes of the graph found by the resolver's name keys. */
public interface KnownNodes {

	/** An existing node: its id, kind label and name. */
	record Known(String id, String kind, String name) {
	}

	/** The actors, places and assets having any of these name keys, per key. */
	java.util.Map<String, List<Known>> byKeys(Collection<String> keys);

	/** No graph: only the gazetteer and the text. */
	KnownNodes NONE = (keys) -> java.util.Map.of();

}

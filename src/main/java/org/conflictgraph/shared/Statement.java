package org.conflictgraph.shared;

import java.util.Map;

/**
 * A Cypher statement with its parameters, as built for a filtered list.
 */
public record Statement(String cypher, Map<String, Object> parameters) {

}

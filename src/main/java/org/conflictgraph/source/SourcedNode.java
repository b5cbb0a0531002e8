package org.conflictgraph.source;

/**
 * A node whose evidence hangs off it: {@code EVIDENCED_BY} edges to mentions and
 * {@code REFERENCED_IN} edges to reference sources. Every node record of the API that
 * implements the GraphQL interface {@code Sourced} implements this.
 */
public interface SourcedNode {

	String id();

}

package org.conflictgraph.source;

/**
 * A fact that comes from a relationship, which lists its own evidence: the relationship
 * records of the API that implement the GraphQL interface {@code Sourced} implement this.
 */
public interface SourcedRelation {

	Provenance provenance();

}

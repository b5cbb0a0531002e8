package org.conflictgraph.search;

/**
 * A search result.
 *
 * @param entity an actor, place, asset or event
 * @param score the Lucene score
 */
record SearchHit(Object entity, double score) {

}

package org.conflictgraph.explore;

/**
 * What to rank actors by.
 */
enum NetworkMetric {

	PAGE_RANK, BETWEENNESS, DEGREE, WEIGHTED_DEGREE

}

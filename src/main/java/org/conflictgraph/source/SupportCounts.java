package org.conflictgraph.source;

/**
 * How much of the graph one source supports: its quotes, and the distinct claims, events
 * and entities they (or, for a reference source, its citations) are evidence of.
 */
record SupportCounts(int mentions, int claims, int events, int entities) {

}

package org.conflictgraph.search;

/** Characters {@code [start, end)} of a matched text, and what they say. */
record TextSpan(int start, int end, String text) {

}

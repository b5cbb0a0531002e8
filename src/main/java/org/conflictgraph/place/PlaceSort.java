package org.conflictgraph.place;

/** The {@code PlaceSort} enum. */
enum PlaceSort {

	NAME_ASC, NAME_DESC, DISTANCE

}

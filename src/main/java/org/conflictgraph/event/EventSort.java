package org.conflictgraph.event;

/** The {@code EventSort} enum. */
enum EventSort {

	DATE_DESC, DATE_ASC

}

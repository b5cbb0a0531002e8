package org.conflictgraph.event;

/** The {@code EventGrouping} enum. */
enum EventGrouping {

	TYPE, SUB_TYPE, STATUS, MONTH, REGION, COUNTRY, ACTOR

}

package org.conflictgraph.event;

/** How sure the reporting of an event is. */
public enum EventStatus {

	REPORTED, CLAIMED, DISPUTED, CONFIRMED

}

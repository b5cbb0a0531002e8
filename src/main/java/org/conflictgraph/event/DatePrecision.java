package org.conflictgraph.event;

/** How exact an event's date is. */
public enum DatePrecision {

	DAY, MONTH, YEAR

}

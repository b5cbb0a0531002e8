package org.conflictgraph.actor;

/** The {@code ActorSort} enum. */
enum ActorSort {

	NAME_ASC, NAME_DESC

}

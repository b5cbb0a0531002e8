package org.conflictgraph.event;

/** The relationship types of effects; the names are the relationship types. */
public enum EffectAction {

	TARGETED, DESTROYED, INTERCEPTED, DAMAGED

}

package org.conflictgraph.actor;

import java.util.Locale;

/**
 * The roles of {@code PARTICIPATED_IN}; in the graph they are lower case.
 */
public enum ParticipantRole {

	ATTACKER, TARGET, DEFENDER, REPORTER, CLAIMANT, VICTIM, RESPONDER, OPERATOR;

	/** The role as stored on the relationship. */
	public String graphValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The role of a stored value; an unknown value is a broken graph. */
	public static ParticipantRole fromGraph(String value) {
		try {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Unknown participant role " + value, ex);
		}
	}

}

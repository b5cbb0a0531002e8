package org.conflictgraph.explore;

/**
 * The ways two actors are linked in the actor network.
 */
enum NetworkLinkKind {

	/** Both took part in the same event ({@code PARTICIPATED_IN}); weight: events. */
	SHARED_EVENT,

	/**
	 * One made a claim about the other, or about an event the other took part in
	 * ({@code CLAIMED_BY} + {@code ABOUT}); weight: claims.
	 */
	CLAIM,

	/** One attacked the other ({@code ATTACKED}); weight: attacks. */
	ATTACKED,

	/** One blamed the other ({@code BLAMED}); weight: blames. */
	BLAMED,

	/** One is part of the other ({@code PART_OF}); undated structure. */
	PART_OF

}

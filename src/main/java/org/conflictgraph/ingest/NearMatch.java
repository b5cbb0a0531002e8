package org.conflictgraph.ingest;

/**
 * A new entity that resembles an existing node of the same base label: reported in the
 * dry run and the ingest result ("new, but resembles X"), and refused in strict mode
 * unless the new node is confirmed.
 *
 * @param id the new entity's id
 * @param name the new entity's name
 * @param resembles the existing node
 * @param resemblesName the existing node's name or alias that is most alike
 * @param score 0..1, on the scale of {@code duplicateCandidates}
 * @param why in words
 */
public record NearMatch(String id, String name, String resembles, String resemblesName, double score, String why) {

	String describe() {
		return "'" + this.name + "' (" + this.id + ") is new, but resembles " + this.resembles + " ('"
				+ this.resemblesName + "', score " + this.score + ": " + this.why + ")";
	}

}

package org.conflictgraph.architecturefixture.alpha;

import org.conflictgraph.architecturefixture.beta.Beta;

/**
 * Half of a deliberate package cycle that {@code ArchitectureTests} must detect.
 */
public class Alpha {

	public Beta partner() {
		return new Beta();
	}

}

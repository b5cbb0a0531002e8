package org.conflictgraph.architecturefixture.beta;

import org.conflictgraph.architecturefixture.alpha.Alpha;

/**
 * The other half of the deliberate package cycle; its package has no package-info.
 */
public class Beta {

	public Alpha partner() {
		return new Alpha();
	}

}

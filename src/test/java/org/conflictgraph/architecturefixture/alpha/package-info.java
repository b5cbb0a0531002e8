/**
 * A fixture package that is null-marked, as every package of the service must be.
 */
@NullMarked
package org.conflictgraph.architecturefixture.alpha;

import org.jspecify.annotations.NullMarked;

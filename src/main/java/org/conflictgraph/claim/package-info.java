/**
 * Claims: who says what, with which figures, against which other claims; figure totals
 * per claimant.
 */
@NullMarked
package org.conflictgraph.claim;

import org.jspecify.annotations.NullMarked;

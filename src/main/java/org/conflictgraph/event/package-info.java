/**
 * Events: who took part, where, with which assets, to what effect; event lists, timelines
 * and event counts.
 */
@NullMarked
package org.conflictgraph.event;

import org.jspecify.annotations.NullMarked;

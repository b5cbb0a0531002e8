/**
 * Actors: armed groups, forces, government bodies, people, outlets and states, and how
 * they relate to each other.
 */
@NullMarked
package org.conflictgraph.actor;

import org.jspecify.annotations.NullMarked;

/**
 * Places and their hierarchy up to the country; lists by region and by distance.
 */
@NullMarked
package org.conflictgraph.place;

import org.jspecify.annotations.NullMarked;

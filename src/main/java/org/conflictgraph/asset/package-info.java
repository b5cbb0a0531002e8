/**
 * Assets: aircraft, vehicles, drones, missiles and infrastructure.
 */
@NullMarked
package org.conflictgraph.asset;

import org.jspecify.annotations.NullMarked;

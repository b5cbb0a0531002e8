/**
 * The conflict knowledge graph service.
 */
@NullMarked
package org.conflictgraph;

import org.jspecify.annotations.NullMarked;

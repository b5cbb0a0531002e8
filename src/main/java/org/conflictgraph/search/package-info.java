/**
 * Finding nodes across kinds: by id and by full-text search.
 */
@NullMarked
package org.conflictgraph.search;

import org.jspecify.annotations.NullMarked;

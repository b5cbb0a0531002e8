/**
 * Curating the graph after reports are in: aliases, merging duplicate entities (with a
 * preview), retracting a source with the facts only it supports, and listing likely
 * duplicates for a person to decide on.
 */
@NullMarked
package org.conflictgraph.curation;

import org.jspecify.annotations.NullMarked;

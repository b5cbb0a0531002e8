/**
 * Sources and mentions, and the provenance of every fact: the quotes (with offsets) and
 * reference sources behind nodes and relationships.
 */
@NullMarked
package org.conflictgraph.source;

import org.jspecify.annotations.NullMarked;

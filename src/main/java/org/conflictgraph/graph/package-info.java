/**
 * The graph's vocabulary, its one source of truth: node labels and kinds with their id
 * prefixes ({@link NodeKind}), relationship types with the labels each may connect
 * ({@link RelationshipType}), the entity kinds of the API ({@link EntityKind}) and named
 * sets such as the event taxonomy ({@link Vocabulary}). Validation, resolution, explore,
 * export, the explorer's legend and docs/model.md derive from it.
 */
@NullMarked
package org.conflictgraph.graph;

import org.jspecify.annotations.NullMarked;

/**
 * The API benchmark: a synthetic graph in the model, written through the report pipeline,
 * and a fixed mix of queries over HTTP GraphQL and hand-written Cypher
 * (docs/benchmark.md).
 */
@NullMarked
package org.conflictgraph.benchmark;

import org.jspecify.annotations.NullMarked;

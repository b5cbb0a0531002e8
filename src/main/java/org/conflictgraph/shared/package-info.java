/**
 * Small pieces every feature uses: error types, GraphQL scalars, read-transaction
 * helpers.
 */
@NullMarked
package org.conflictgraph.shared;

import org.jspecify.annotations.NullMarked;

/**
 * A health and size overview of the graph, proving the round trip from GraphQL to Neo4j.
 */
@NullMarked
package org.conflictgraph.status;

import org.jspecify.annotations.NullMarked;

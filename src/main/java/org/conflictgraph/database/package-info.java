/**
 * Where the graph lives: the embedded Neo4j server, the connection to an external one,
 * and the Cypher schema migrations applied at startup.
 */
@NullMarked
package org.conflictgraph.database;

import org.jspecify.annotations.NullMarked;

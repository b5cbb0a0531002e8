/**
 * GraphiQL served from the jar (webjars, no CDN), opened with the examples under
 * graphql/examples/ as tabs.
 */
@NullMarked
package org.conflictgraph.graphiql;

import org.jspecify.annotations.NullMarked;

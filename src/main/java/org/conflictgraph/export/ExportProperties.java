package org.conflictgraph.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the exports.
 *
 * @param maxAroundNodes the largest {@code limit} of an export around a node; whole-graph
 * exports stream and have no limit
 */
@ConfigurationProperties("conflictgraph.export")
record ExportProperties(@DefaultValue("10000") int maxAroundNodes) {

}

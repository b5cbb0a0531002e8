package org.conflictgraph.curation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the duplicate search.
 *
 * @param duplicateBlockSize names are only compared within blocks of nodes that share a
 * distinctive word or the first four letters of one; a block with more nodes than this is
 * skipped as not distinctive (so the work grows with the number of nodes times this size,
 * never with the square of the graph)
 * @param duplicateMaxNodes the most entities one search loads; more is refused, narrow
 * the kinds
 */
@ConfigurationProperties("conflictgraph.curation")
public record CurationProperties(@DefaultValue("100") int duplicateBlockSize,
		@DefaultValue("200000") int duplicateMaxNodes) {

}

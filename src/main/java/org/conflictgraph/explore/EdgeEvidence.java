package org.conflictgraph.explore;

import org.jspecify.annotations.Nullable;

/**
 * A quote that supports a relationship, with where it was found.
 *
 * @param mentionId the Mention's id
 * @param quote the verbatim quote
 * @param start the offset of the quote in the source's text
 * @param end the offset just after the quote
 * @param sourceId the id of the source
 * @param sourceTitle the source's title
 * @param publisher the name of its publisher
 * @param url where it was published
 * @param published the day it was published (ISO date)
 */
public record EdgeEvidence(String mentionId, String quote, @Nullable Integer start, @Nullable Integer end,
		@Nullable String sourceId, @Nullable String sourceTitle, @Nullable String publisher, @Nullable String url,
		@Nullable String published) {

}

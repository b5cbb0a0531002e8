package org.conflictgraph.draft;

import org.jspecify.annotations.Nullable;

/**
 * The source fields of a draft request: what the person knows about the article.
 *
 * @param id the source id ({@code source:...}); derived from the publisher, date and
 * title when absent
 * @param kind NewsArticle, SocialMediaPost or NewsAgencyReport
 * @param title the headline
 * @param publisher the publishing outlet, by id or name
 * @param url where the article was published
 * @param published the publication date (ISO), against which "Tuesday" is resolved
 * @param language the language code
 */
public record DraftSource(@Nullable String id, @Nullable String kind, @Nullable String title,
		@Nullable String publisher, @Nullable String url, @Nullable String published, @Nullable String language) {
}

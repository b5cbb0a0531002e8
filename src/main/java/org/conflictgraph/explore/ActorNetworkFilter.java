package org.conflictgraph.explore;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Selects the part of the actor network to measure. Every field is optional; all given
 * ones apply together.
 *
 * @param dateFrom only links from events, claims, attacks and blames on or after this day
 * @param dateTo only links from events, claims, attacks and blames on or before this day
 * @param eventTypes only links that come from events of these types
 * @param actorKinds only actors with one of these kind labels
 * @param actorIds only these actors (they stay in the network even without links)
 * @param links only these kinds of link; all when absent
 */
record ActorNetworkFilter(@Nullable LocalDate dateFrom, @Nullable LocalDate dateTo, @Nullable List<String> eventTypes,
		@Nullable List<String> actorKinds, @Nullable List<String> actorIds, @Nullable List<NetworkLinkKind> links) {

	static final ActorNetworkFilter NONE = new ActorNetworkFilter(null, null, null, null, null, null);

	/** Whether the selection is driven by activity (dates or event types). */
	boolean selectsActivity() {
		return this.dateFrom != null || this.dateTo != null || this.eventTypes != null;
	}

}

package org.conflictgraph.event;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictgraph.actor.ParticipantRole;
import org.conflictgraph.shared.NearInput;
import org.conflictgraph.shared.Statement;

/**
 * The page queries the API sends for representative event filters, for the benchmark to
 * EXPLAIN on a large graph.
 */
public final class EventListPlans {

	private EventListPlans() {
	}

	public static Map<String, Statement> pages(String region, String actor, String source, LocalDate from, LocalDate to,
			double latitude, double longitude) {
		Map<String, EventFilter> filters = new LinkedHashMap<>();
		filters.put("all events, newest first", EventFilter.NONE);
		filters.put("date range", filter(from, to, null, null, null, null));
		filters.put("type and date range",
				new EventFilter(List.of("Battles"), null, null, from, to, null, null, null, null, null, null, null));
		filters.put("status", new EventFilter(null, null, List.of(EventStatus.CONFIRMED), null, null, null, null, null,
				null, null, null, null));
		filters.put("region and date range", filter(from, to, region, null, null, null));
		filters.put("actor in a role", new EventFilter(null, null, null, null, null, null, null, null, actor,
				ParticipantRole.ATTACKER, null, null));
		filters.put("within 25 km", filter(null, null, null, new NearInput(latitude, longitude, 25), null, null));
		filters.put("source", filter(null, null, null, null, source, null));
		filters.put("claimant and region",
				new EventFilter(null, null, null, null, null, region, null, null, null, null, actor, null));
		Map<String, Statement> pages = new LinkedHashMap<>();
		filters.forEach((name, filter) -> pages.put(name,
				EventQueries.query(filter).page(EventQueries.keyset(EventSort.DATE_DESC), null, 20)));
		return pages;
	}

	private static EventFilter filter(LocalDate from, LocalDate to, String place, NearInput near, String source,
			String claimant) {
		return new EventFilter(null, null, null, from, to, place, near, null, null, null, claimant, source);
	}

}

package org.conflictgraph.audit;

import java.util.List;
import java.util.Map;

/**
 * One change to record.
 *
 * @param actor who: the API key's name, {@code cli:<user>} or {@code system:seed}
 * @param channel how: {@code graphql}, {@code http}, {@code cli} or {@code startup}
 * @param action what kind of change
 * @param targetIds the ids the change is about (the source of a report, the survivor and
 * the merged node, ...)
 * @param summary one line a person reads
 * @param details figures of the change (counts, ids), stored as JSON
 */
public record AuditEntry(String actor, String channel, AuditAction action, List<String> targetIds, String summary,
		Map<String, Object> details) {

	public AuditEntry {
		targetIds = List.copyOf(targetIds);
		details = Map.copyOf(details);
	}

}

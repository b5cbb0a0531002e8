package org.conflictgraph.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Fields of {@code GraphEdge} that need the database: the evidence of every edge of a
 * response is fetched in one query.
 */
@Controller
class GraphEdgeController {

	private final EvidenceLookup evidence;

	GraphEdgeController(EvidenceLookup evidence) {
		this.evidence = evidence;
	}

	@BatchMapping(typeName = "GraphEdge")
	Map<GraphEdge, List<EdgeEvidence>> evidence(List<GraphEdge> edges) {
		List<String> mentionIds = edges.stream().flatMap((edge) -> edge.mentionIds().stream()).toList();
		Map<String, EdgeEvidence> byId = this.evidence.byMentionId(mentionIds);
		Map<GraphEdge, List<EdgeEvidence>> result = new LinkedHashMap<>();
		for (GraphEdge edge : edges) {
			List<EdgeEvidence> quotes = new ArrayList<>();
			for (String mentionId : edge.mentionIds()) {
				EdgeEvidence found = byId.get(mentionId);
				if (found != null) {
					quotes.add(found);
				}
			}
			result.put(edge, quotes);
		}
		return result;
	}

}

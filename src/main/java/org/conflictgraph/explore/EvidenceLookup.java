package org.conflictgraph.explore;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up the quotes behind relationships: one query for all mentions of a request.
 */
@Component
public class EvidenceLookup {

	private final Neo4jClient neo4j;

	EvidenceLookup(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The evidence of each given mention id that exists, keyed by mention id. */
	@Transactional(readOnly = true)
	public Map<String, EdgeEvidence> byMentionId(Collection<String> mentionIds) {
		Map<String, EdgeEvidence> result = new LinkedHashMap<>();
		if (mentionIds.isEmpty()) {
			return result;
		}
		this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (m:Mention {id: id})
				OPTIONAL CALL (m) {
				  MATCH (m)-[:IN_SOURCE]->(s:Source)
				  RETURN s LIMIT 1
				}
				RETURN m.id AS id, m.quote AS quote, m.start AS start, m.end AS end,
				       coalesce(s.id, m.sourceId) AS sourceId, s.title AS title, s.publisher AS publisher,
				       s.url AS url, s.published AS published""")
			.bind(List.copyOf(new LinkedHashSet<>(mentionIds)))
			.to("ids")
			.fetchAs(EdgeEvidence.class)
			.mappedBy((types, record) -> new EdgeEvidence(record.get("id").asString(), record.get("quote").asString(""),
					integer(record.get("start")), integer(record.get("end")), text(record.get("sourceId")),
					text(record.get("title")), text(record.get("publisher")), text(record.get("url")),
					text(record.get("published"))))
			.all()
			.forEach((evidence) -> result.put(evidence.mentionId(), evidence));
		return result;
	}

	private static @Nullable Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	private static @Nullable String text(Value value) {
		Object plain = GraphValues.plain(value);
		return (plain != null) ? String.valueOf(plain) : null;
	}

}

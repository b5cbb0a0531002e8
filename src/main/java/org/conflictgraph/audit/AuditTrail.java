package org.conflictgraph.audit;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit records. A record must commit or roll back with the change it describes,
 * so {@link #record} joins the caller's transaction and refuses to run without one.
 */
@Component
public class AuditTrail {

	private static final String RECORD = """
			CREATE (a:AuditRecord {id: $id, actor: $actor, channel: $channel, action: $action,
			        targetIds: $targetIds, at: datetime(), summary: $summary, details: $details})""";

	private final Neo4jClient neo4j;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditTrail(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Records a change in the current transaction.
	 * @return the id of the new record
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String record(AuditEntry entry) {
		String id = "audit:" + UUID.randomUUID();
		this.neo4j.query(RECORD)
			.bindAll(Map.of("id", id, "actor", entry.actor(), "channel", entry.channel(), "action",
					entry.action().name(), "targetIds", entry.targetIds(), "summary", entry.summary(), "details",
					this.json.writeValueAsString(entry.details())))
			.run();
		return id;
	}

}

package org.conflictgraph.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes audit records. A record must commit or roll back with the change it describes,
 * so {@link #record} joins the caller's transaction and refuses to run without one.
 */
@Component
public class AuditTrail {

	/**
	 * The records of one transaction, in the order they were made: {@code at} is the
	 * statement's time plus the record's position in nanoseconds, so that records of one
	 * transaction keep their order in the trail. Its plan needs no statistics, so it is
	 * never planned again as the graph grows ({@code replan=skip}).
	 */
	private static final String RECORDS = """
			CYPHER replan=skip
			UNWIND range(0, size($rows) - 1) AS i
			WITH i, $rows[i] AS row
			CREATE (a:AuditRecord {id: row.id, actor: row.actor, channel: row.channel, action: row.action,
			        targetIds: row.targetIds, at: datetime() + duration({nanoseconds: i}), summary: row.summary,
			        details: row.details})""";

	private final Neo4jClient neo4j;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditTrail(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Records a change in the current transaction. The records of a transaction are
	 * written together, in one statement just before it commits (a bulk import records
	 * hundreds of reports in one transaction); a transaction that rolls back writes none.
	 * @return the id of the new record
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String record(AuditEntry entry) {
		String id = "audit:" + UUID.randomUUID();
		pending().add(Map.of("id", id, "actor", entry.actor(), "channel", entry.channel(), "action",
				entry.action().name(), "targetIds", entry.targetIds(), "summary", entry.summary(), "details",
				this.json.writeValueAsString(entry.details())));
		return id;
	}

	/** The records of the current transaction not yet written. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> pending() {
		Object bound = TransactionSynchronizationManager.getResource(this);
		if (bound != null) {
			return (List<Map<String, Object>>) bound;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		TransactionSynchronizationManager.bindResource(this, rows);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				if (!rows.isEmpty()) {
					AuditTrail.this.neo4j.query(RECORDS).bind(List.copyOf(rows)).to("rows").run();
					rows.clear();
				}
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
			}

		});
		return rows;
	}

}

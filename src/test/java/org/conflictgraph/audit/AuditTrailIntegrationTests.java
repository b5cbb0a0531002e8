package org.conflictgraph.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.security.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code auditTrail}: newest first, paged, filtered by action and actor; records exist
 * only inside the transaction of a change.
 */
@IntegrationTest
class AuditTrailIntegrationTests {

	static final String ACTOR = "test-audit-actor";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	AuditTrail trail;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void writeRecords() {
		// Five records a second apart, newest last.
		this.neo4j.query("""
				UNWIND range(1, 5) AS i
				CREATE (:AuditRecord {id: 'audit:test-' + i, actor: $actor, channel: 'graphql',
				        action: CASE WHEN i % 2 = 0 THEN 'MERGE_ENTITIES' ELSE 'ADD_ALIAS' END,
				        targetIds: ['node:test-' + i], at: datetime('2000-01-01T00:00:00Z') + duration({seconds: i}),
				        summary: 'test record ' + i, details: '{"i": ' + i + '}'})""").bind(ACTOR).to("actor").run();
	}

	@AfterEach
	void removeThem() {
		this.neo4j.query("MATCH (a:AuditRecord {actor: $actor}) DELETE a").bind(ACTOR).to("actor").run();
	}

	@Test
	void recordsComeNewestFirstPageByPage() {
		List<String> ids = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = reader().documentName("auditTrail")
				.variable("first", 2)
				.variable("actor", ACTOR)
				.variable("after", after)
				.execute();
			ids.addAll(page.path("auditTrail.records[*].id").entityList(String.class).get());
			more = page.path("auditTrail.hasNextPage").entity(Boolean.class).get();
			if (more) {
				after = page.path("auditTrail.endCursor").entity(String.class).get();
			}
			else {
				page.path("auditTrail.endCursor").valueIsNull();
			}
		}
		assertThat(ids).containsExactly("audit:test-5", "audit:test-4", "audit:test-3", "audit:test-2", "audit:test-1");
	}

	@Test
	void recordsFilterByActionAndCarryTheirDetails() {
		reader().documentName("auditTrail")
			.variable("actor", ACTOR)
			.variable("action", "MERGE_ENTITIES")
			.execute()
			.path("auditTrail.records[*].id")
			.entityList(String.class)
			.containsExactly("audit:test-4", "audit:test-2")
			.path("auditTrail.records[0].details")
			.entity(Map.class)
			.isEqualTo(Map.of("i", 4))
			.path("auditTrail.records[0].at")
			.entity(String.class)
			.satisfies((at) -> assertThat(at).startsWith("2000-01-01T00:00:04"));
	}

	@Test
	void aBrokenCursorIsABadRequest() {
		reader().documentName("auditTrail")
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	@Test
	void aRecordCannotBeWrittenOutsideTheTransactionOfAChange() {
		assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(() -> this.trail
			.record(new AuditEntry(ACTOR, "test", AuditAction.ADD_ALIAS, List.of(), "outside", Map.of())));
	}

	private HttpGraphQlTester reader() {
		return this.graphQl.mutate().header("X-API-Key", TestKeys.READER).build();
	}

}

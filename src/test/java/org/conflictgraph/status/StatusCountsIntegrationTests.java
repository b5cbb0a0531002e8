package org.conflictgraph.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code graphStatus} counts from the count store: the statements are pinned, and their
 * plans read no node or relationship (a status query per second must not scan the graph).
 */
@IntegrationTest
class StatusCountsIntegrationTests {

	@Autowired
	Driver driver;

	@Test
	void nodeCountsAreOneCountStoreReadPerLabel() {
		String cypher = StatusController.nodeCountStatement(List.of("Claim", "Odd`Label")).getCypher();
		assertThat(cypher).isEqualTo("MATCH (n:`Claim`) WITH count(n) AS count RETURN 'Claim' AS name, count UNION ALL "
				+ "MATCH (n:`Odd``Label`) WITH count(n) AS count RETURN 'Odd`Label' AS name, count");
		assertThat(operators(cypher)).anyMatch((operator) -> operator.startsWith("NodeCountFromCountStore"))
			.noneMatch((operator) -> operator.contains("Scan"));
	}

	@Test
	void relationshipCountsAreOneCountStoreReadPerType() {
		String cypher = StatusController.relationshipCountStatement(List.of("CLAIMED_BY", "ABOUT")).getCypher();
		assertThat(cypher)
			.isEqualTo("MATCH ()-[r:`CLAIMED_BY`]->() WITH count(r) AS count RETURN 'CLAIMED_BY' AS name, count "
					+ "UNION ALL MATCH ()-[r:`ABOUT`]->() WITH count(r) AS count RETURN 'ABOUT' AS name, count");
		assertThat(operators(cypher)).anyMatch((operator) -> operator.startsWith("RelationshipCountFromCountStore"))
			.noneMatch((operator) -> operator.contains("Scan"));
	}

	@Test
	void noLabelsNeedNoStatement() {
		assertThat(StatusController.nodeCountStatement(List.of())).isNull();
	}

	private List<String> operators(String cypher) {
		try (Session session = this.driver.session()) {
			List<String> operators = new ArrayList<>();
			collect(session.run("EXPLAIN " + cypher).consume().plan(), operators);
			return operators;
		}
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach((child) -> collect(child, operators));
	}

}

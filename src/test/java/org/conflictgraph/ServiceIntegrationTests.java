package org.conflictgraph;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ServiceIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void graphStatusComesFromNeo4j() throws IOException {
		this.graphQl
			.document("{ graphStatus { neo4jVersion edition embedded schemaVersion nodeCounts { name count } } }")
			.execute()
			.path("graphStatus.neo4jVersion")
			.entity(String.class)
			.satisfies((version) -> assertThat(version).startsWith("5.26"))
			.path("graphStatus.embedded")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("graphStatus.schemaVersion")
			.entity(String.class)
			.isEqualTo(latestMigration());
	}

	@Test
	void graphStatusCountsNodesAndRelationshipsOfTheSeedGraph() {
		this.graphQl.document("{ graphStatus { nodeCounts { name count } relationshipCounts { name count } } }")
			.execute()
			.path("graphStatus.nodeCounts[?(@.name == 'Claim')].count")
			.entityList(Long.class)
			.satisfies((counts) -> assertThat(counts).singleElement()
				.satisfies((count) -> assertThat(count).isGreaterThanOrEqualTo(36)))
			.path("graphStatus.relationshipCounts[?(@.name == 'CLAIMED_BY')].count")
			.entityList(Long.class)
			.satisfies((counts) -> assertThat(counts).singleElement()
				.satisfies((count) -> assertThat(count).isGreaterThanOrEqualTo(36)));
	}

	/** The highest version among the migration files, so the test follows new ones. */
	static String latestMigration() throws IOException {
		return Arrays
			.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/migrations/V*.cypher"))
			.map(Resource::getFilename)
			.filter(Objects::nonNull)
			.map((name) -> name.substring(1, name.indexOf("__")))
			.max(Comparator.naturalOrder())
			.orElseThrow();
	}

}

package org.conflictgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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

	/** The version of the newest file in cypher/migrations, e.g. 006. */
	static String latestMigration() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("cypher/migrations"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.matches("V\\d+__.*\\.cypher"))
				.map((name) -> name.substring(1, name.indexOf("__")))
				.max(Comparator.naturalOrder())
				.orElseThrow();
		}
	}

}

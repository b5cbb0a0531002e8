package org.conflictgraph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ServiceIntegrationTests {

	@TempDir
	static Path data;

	@DynamicPropertySource
	static void embedded(DynamicPropertyRegistry registry) {
		registry.add("conflictgraph.embedded.data-directory", () -> data.toString());
		registry.add("conflictgraph.embedded.bolt-port", () -> 0);
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void graphStatusComesFromNeo4j() {
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
			.isEqualTo("002");
	}

}

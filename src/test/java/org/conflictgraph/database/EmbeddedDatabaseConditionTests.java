package org.conflictgraph.database;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which values of {@code spring.neo4j.uri} start the embedded server. The condition
 * alone, without a database: the integration tests cover both paths with real servers.
 */
class EmbeddedDatabaseConditionTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(WhenEmbedded.class);

	@Test
	void absentUriMeansEmbedded() {
		this.runner.run((context) -> assertThat(context).hasBean("embeddedMarker"));
	}

	@Test
	void blankUriMeansEmbedded() {
		this.runner.withPropertyValues("spring.neo4j.uri=")
			.run((context) -> assertThat(context).hasBean("embeddedMarker"));
		this.runner.withPropertyValues("spring.neo4j.uri=  ")
			.run((context) -> assertThat(context).hasBean("embeddedMarker"));
	}

	@Test
	void embeddedMeansEmbedded() {
		this.runner.withPropertyValues("spring.neo4j.uri=embedded")
			.run((context) -> assertThat(context).hasBean("embeddedMarker"));
	}

	@Test
	void anyServerUriMeansExternal() {
		for (String uri : new String[] { "bolt://localhost:7687", "neo4j://cluster.example.org:7687",
				"neo4j+s://abcd1234.databases.neo4j.io" }) {
			this.runner.withPropertyValues("spring.neo4j.uri=" + uri)
				.run((context) -> assertThat(context).doesNotHaveBean("embeddedMarker"));
		}
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(EmbeddedDatabaseCondition.class)
	static class WhenEmbedded {

		@Bean
		String embeddedMarker() {
			return "embedded";
		}

	}

}

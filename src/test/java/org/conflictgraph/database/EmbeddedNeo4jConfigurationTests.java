package org.conflictgraph.database;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which initial data a first start copies: the build's template holds the default seed,
 * so it is used only when this start would load that same seed; and the earlier start of
 * {@code main} leaves an external Neo4j alone.
 */
class EmbeddedNeo4jConfigurationTests {

	private static final Path BUILT = Path.of("target/app/initial-data");

	@Test
	void theBuildsTemplateIsUsedWithTheDefaultSeed() {
		assertThat(initialData(new MockEnvironment())).isEqualTo(BUILT);
	}

	@Test
	void noTemplateWhenTheSeedIsOffOrAnotherOne() {
		assertThat(initialData(new MockEnvironment().withProperty("conflictgraph.seed.enabled", "false"))).isNull();
		assertThat(initialData(new MockEnvironment().withProperty("conflictgraph.seed.locations", "file:my/*.json")))
			.isNull();
		assertThat(initialData(new MockEnvironment().withProperty("conflictgraph.seed.locations[0]", "file:my/*.json")))
			.isNull();
	}

	@Test
	void theTrainingRunThatMakesTheTemplateStartsWithoutOne() {
		assertThat(initialData(new MockEnvironment().withProperty("conflictgraph.training-run", "true"))).isNull();
	}

	@Test
	void aConfiguredInitialDataDirectoryIsAlwaysUsed() {
		MockEnvironment environment = new MockEnvironment().withProperty("conflictgraph.seed.enabled", "false")
			.withProperty("conflictgraph.embedded.initial-data", "/srv/graph-template");
		assertThat(initialData(environment)).isEqualTo(Path.of("/srv/graph-template"));
	}

	@Test
	void theEarlierStartStartsNothingWhenAnExternalNeo4jIsConfigured() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.setEnvironment(new StandardEnvironment());
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("spring.neo4j.uri", "neo4j://graph.example:7687")));
			EmbeddedNeo4jConfiguration.earlierStart().initialize(context);
			assertThat(context.getBeanFactory().containsSingleton(EmbeddedNeo4jConfiguration.SERVER_BEAN)).isFalse();
		}
	}

	private static Path initialData(MockEnvironment environment) {
		EmbeddedNeo4jProperties properties = Binder.get(environment)
			.bindOrCreate("conflictgraph.embedded", EmbeddedNeo4jProperties.class);
		return EmbeddedNeo4jConfiguration.initialData(environment, properties, () -> BUILT);
	}

}

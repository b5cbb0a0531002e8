package org.conflictgraph.shared;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.security.config.observation.SecurityObservationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observations are per request by default, and each finer kind can be switched back on:
 * {@code conflictgraph.graphql.observe-fields} for Spring GraphQL's observation of every
 * field and batch load, {@code conflictgraph.security.observe-filters} for Spring
 * Security's of every filter and decision.
 */
class GraphQlExecutionConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(GraphQlExecutionConfiguration.class);

	@Test
	void byDefaultOnlyRequestsAreObserved() {
		this.runner.run((context) -> {
			assertThat(context).getBean(GraphQlObservationInstrumentation.class)
				.isInstanceOf(GraphQlExecutionConfiguration.RequestObservationInstrumentation.class);
			SecurityObservationSettings security = context.getBean(SecurityObservationSettings.class);
			assertThat(security.shouldObserveRequests()).isFalse();
			assertThat(security.shouldObserveAuthentications()).isFalse();
			assertThat(security.shouldObserveAuthorizations()).isFalse();
		});
	}

	@Test
	void observingFieldsLeavesTheInstrumentationToSpringBoot() {
		this.runner.withPropertyValues("conflictgraph.graphql.observe-fields=true")
			.run((context) -> assertThat(context).doesNotHaveBean(GraphQlObservationInstrumentation.class));
	}

	@Test
	void observingSecurityFiltersLeavesSpringSecuritysDefault() {
		this.runner.withPropertyValues("conflictgraph.security.observe-filters=true")
			.run((context) -> assertThat(context).doesNotHaveBean(SecurityObservationSettings.class));
	}

	@Test
	void theRequestObservationDoesNotWrapFieldFetchers() {
		GraphQlObservationInstrumentation instrumentation = new GraphQlExecutionConfiguration.RequestObservationInstrumentation(
				io.micrometer.observation.ObservationRegistry.create());
		graphql.schema.DataFetcher<Object> fetcher = (environment) -> "value";
		assertThat(instrumentation.instrumentDataFetcher(fetcher, null, null)).isSameAs(fetcher);
	}

}

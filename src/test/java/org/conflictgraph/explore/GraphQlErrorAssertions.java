package org.conflictgraph.explore;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a request failed with exactly one error of a classification.
 */
final class GraphQlErrorAssertions {

	private GraphQlErrorAssertions() {
	}

	static void failsWith(GraphQlTester.Request<?> request, ErrorType type, String messagePart) {
		request.execute().errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			assertThat(error.getMessage()).contains(messagePart);
		}));
	}

}

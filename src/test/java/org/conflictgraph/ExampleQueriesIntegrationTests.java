package org.conflictgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example query under {@code graphql/examples/} runs against the seed graph without
 * errors, and each of its root fields answers with data (a non-empty list or page), so
 * the examples never go stale.
 */
@IntegrationTest
class ExampleQueriesIntegrationTests {

	@Autowired
	HttpGraphQlTester tester;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	static Stream<Resource> examples() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:graphql/examples/*.graphql");
		assertThat(resources).hasSizeGreaterThanOrEqualTo(10);
		return Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void exampleRunsAndAnswers(Resource example) throws IOException {
		String document;
		try (InputStream in = example.getInputStream()) {
			document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		response.errors().verify();
		Map<String, Object> data = response.returnResponse().getData();
		assertThat(data).isNotNull().isNotEmpty();
		data.forEach((field, answer) -> {
			assertThat(answer).as(field).isNotNull();
			if (answer instanceof Collection<?> list) {
				assertThat(list).as(field).isNotEmpty();
			}
			if (answer instanceof Map<?, ?> map) {
				for (String rows : List.of("nodes", "edges")) {
					if (map.containsKey(rows)) {
						assertThat((Collection<?>) map.get(rows)).as(field + "." + rows).isNotEmpty();
					}
				}
			}
		});
	}

}

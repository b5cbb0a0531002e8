package org.conflictgraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for tests that talk to the API over HTTP.
 */
public final class GraphQlTests {

	private GraphQlTests() {
	}

	/**
	 * The tester with a timeout that leaves room for the first requests of a run, when
	 * Neo4j plans every query for the first time on a busy machine.
	 */
	public static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(60)))
			.build();
	}

	/**
	 * Runs a document that must fail with one error of the given type, and returns its
	 * message.
	 */
	public static String singleError(GraphQlTester.Request<?> request, ErrorType type) {
		List<String> messages = new ArrayList<>();
		request.execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType()).as(errors.get(0).getMessage()).isEqualTo(type);
			messages.add(errors.get(0).getMessage());
		});
		return messages.get(0);
	}

	/**
	 * Pages through a connection with {@code first} rows at a time and returns the ids in
	 * order; every page must report the same total and a cursor that leads on.
	 * @param connection the path of the connection, e.g. {@code events}
	 * @param idPath the path of an id below a node of {@code edges} or {@code nodes},
	 * e.g. {@code edges[*].node.id}
	 */
	public static List<String> pageThrough(HttpGraphQlTester graphQl, String document, Map<String, Object> variables,
			String connection, String idPath, int first) {
		List<String> ids = new ArrayList<>();
		String after = null;
		Integer total = null;
		for (int page = 0; page < 1000; page++) {
			Map<String, Object> pageVariables = new HashMap<>(variables);
			pageVariables.put("first", first);
			pageVariables.put("after", after);
			GraphQlTester.Response response = graphQl.documentName(document).variables(pageVariables).execute();
			List<String> pageIds = response.path(connection + "." + idPath).entityList(String.class).get();
			int pageTotal = response.path(connection + ".totalCount").entity(Integer.class).get();
			boolean hasNext = response.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get();
			if (total != null) {
				assertThat(pageTotal).as("totalCount on every page").isEqualTo(total);
			}
			total = pageTotal;
			assertThat(pageIds.size()).isLessThanOrEqualTo(first);
			ids.addAll(pageIds);
			if (!hasNext) {
				assertThat(ids).as("all rows, each once").hasSize(total).doesNotHaveDuplicates();
				assertThat(new HashSet<>(ids)).hasSize(total);
				return ids;
			}
			assertThat(pageIds).as("a page that says more follow is full").hasSize(first);
			after = response.path(connection + ".pageInfo.endCursor").entity(String.class).get();
		}
		throw new AssertionError("More than 1000 pages");
	}

}

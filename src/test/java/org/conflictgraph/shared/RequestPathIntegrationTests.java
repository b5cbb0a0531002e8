package org.conflictgraph.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.conflictgraph.IntegrationTest;
import org.conflictgraph.QueryCounter;
import org.conflictgraph.shared.HttpClientSupport.Answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a GraphQL request costs besides its fields stays small: a document is parsed and
 * validated once however often it is sent, observations are taken per request (not per
 * field, batch load or security filter), and a query that reads only the schema opens no
 * transaction.
 */
@IntegrationTest
class RequestPathIntegrationTests {

	private static final String SEARCH = """
			query($text: String!) { search(text: $text, first: 3) { score entity { id name } } }
			# RequestPathIntegrationTests""";

	@LocalServerPort
	int port;

	@Autowired
	GraphQlExecutionConfiguration.DocumentCache documents;

	@Autowired
	MeterRegistry meters;

	@Autowired
	QueryCounter counter;

	HttpClientSupport http;

	@BeforeEach
	void client() {
		this.http = new HttpClientSupport(this.port);
	}

	@Test
	void aRepeatedDocumentIsParsedAndValidatedOnlyTheFirstTime() {
		String document = "query($id: ID!) { actor(id: $id) { id name } } # parsed once " + System.nanoTime();
		long before = this.documents.parsed();
		for (String id : new String[] { "a:1", "a:2", "a:3" }) {
			Answer answer = this.http.graphQl(Map.of("query", document, "variables", Map.of("id", id)));
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			assertThat(answer.body()).contains("No actor with id '" + id + "'");
		}
		assertThat(this.documents.parsed() - before).isEqualTo(1);
	}

	@Test
	void aVeryLongDocumentIsAnsweredButNotKept() {
		// Padded with a comment past what the caches keep, so a flood of large distinct
		// documents cannot fill the heap.
		String document = "query($id: ID!) { actor(id: $id) { id name } } #"
				+ "x".repeat(ParsedDocuments.MAX_CACHED_LENGTH);
		int kept = this.documents.size();
		long before = this.documents.parsed();
		for (String id : new String[] { "a:1", "a:2" }) {
			Answer answer = this.http.graphQl(Map.of("query", document, "variables", Map.of("id", id)));
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			assertThat(answer.body()).contains("No actor with id '" + id + "'");
		}
		assertThat(this.documents.parsed() - before).isEqualTo(2);
		assertThat(this.documents.size()).isLessThanOrEqualTo(kept);
	}

	@Test
	void aDocumentThatFailsValidationFailsTheSameWayFromTheCache() {
		String document = "{ actor(id: \"x\") { noSuchField } } # invalid " + System.nanoTime();
		Answer first = this.http.graphQl(Map.of("query", document));
		Answer second = this.http.graphQl(Map.of("query", document));
		assertThat(first.message()).contains("noSuchField");
		assertThat(second.body()).isEqualTo(first.body());
	}

	@Test
	void aPersistedQueryRegisteredByHashIsServedFromTheCacheOfItsText() throws Exception {
		String query = "{ graphStatus { schemaVersion } } # persisted " + System.nanoTime();
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
		long before = this.documents.parsed();
		Map<String, Object> register = new LinkedHashMap<>();
		register.put("query", query);
		register.put("extensions", extensions);
		assertThat(this.http.graphQl(register).json().path("data").path("graphStatus").isObject()).isTrue();
		assertThat(
				this.http.graphQl(Map.of("extensions", extensions)).json().path("data").path("graphStatus").isObject())
			.isTrue();
		assertThat(this.http.graphQl(Map.of("query", query)).json().path("data").path("graphStatus").isObject())
			.isTrue();
		assertThat(this.documents.parsed() - before).isEqualTo(1);
	}

	@Test
	void requestsAreObservedAsAWholeButNotFieldByFieldOrFilterByFilter() {
		Answer answer = this.http.graphQl(Map.of("query", SEARCH, "variables", Map.of("text", "Zolotoevka")));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(this.meters.find("graphql.request").timers()).isNotEmpty();
		assertThat(this.meters.find("http.server.requests").tag("uri", "/graphql").timers()).isNotEmpty();
		assertThat(this.meters.find("graphql.datafetcher").timers()).isEmpty();
		assertThat(this.meters.find("graphql.dataloader").timers()).isEmpty();
		assertThat(this.meters.find("spring.security.filterchains").timers()).isEmpty();
		assertThat(this.meters.find("spring.security.authorizations").timers()).isEmpty();
	}

	@Test
	void aQueryOfOnlyIntrospectionFieldsOpensNoTransaction() {
		this.counter.reset();
		Answer answer = this.http.graphQl(Map.of("query", "{ __typename }"));
		assertThat(answer.json().path("data").path("__typename").asString("")).isEqualTo("Query");
		assertThat(this.counter.transactions()).isZero();
		this.counter.reset();
		this.http.graphQl(Map.of("query", SEARCH, "variables", Map.of("text", "Zolotoevka")));
		assertThat(this.counter.transactions()).isEqualTo(1);
	}

}

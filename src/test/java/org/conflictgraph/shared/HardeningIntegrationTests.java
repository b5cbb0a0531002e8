package org.conflictgraph.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.conflictgraph.IntegrationTest;
import org.conflictgraph.shared.HttpClientSupport.Answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What a careless or hostile client sends gets a clear 4xx with a GraphQL-shaped body,
 * and work per request stays bounded; GraphQL over GET is cacheable, persisted queries
 * work by hash.
 */
@IntegrationTest
class HardeningIntegrationTests {

	static final String EDITOR = "test-editor-key-0123456789";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PlatformTransactionManager transactions;

	HttpClientSupport http;

	@BeforeEach
	void client() {
		this.http = new HttpClientSupport(this.port);
	}

	@Test
	void aNullBodyIsABadRequest() {
		Answer answer = this.http.post("/graphql", "application/json", "null").isRefused(400);
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).contains("JSON object");
	}

	@Test
	void brokenJsonIsABadRequestThatSaysWhere() {
		Answer answer = this.http.post("/graphql", "application/json", "{\"query\": \"{ graphStatus {").isRefused(400);
		assertThat(answer.message()).startsWith("The request body is not valid JSON").contains("line 1");
		this.http.post("/graphql", "application/json", "[{\"query\":\"{ graphStatus { neo4jVersion } }\"}]")
			.isRefused(400);
		this.http.post("/graphql", "application/json", "{\"query\": 42}").isRefused(400);
		this.http
			.post("/graphql", "application/json", "{\"query\":\"{ graphStatus { neo4jVersion } }\",\"variables\":[]}")
			.isRefused(400);
		this.http.post("/graphql", "application/json", "").isRefused(400);
		this.http.post("/graphql", "application/json", "[".repeat(5000)).isRefused(400);
	}

	@Test
	void contentTypesOtherThanJsonAre415AndUnacceptableAcceptsAre406() {
		String query = "{\"query\":\"{ graphStatus { neo4jVersion } }\"}";
		for (String type : new String[] { "*/*", "text/plain", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "application/*", "not a media type" }) {
			assertThat(this.http.post("/graphql", type, query).isRefused(415).classification())
				.isEqualTo("BAD_REQUEST");
		}
		this.http.post("/graphql", null, query).isRefused(415);
		this.http.post("/graphql", "application/json", query, "Accept", "text/html").isRefused(406);
		this.http.post("/graphql", "application/json", query, "Accept", "image/png, text/xml").isRefused(406);
		assertThat(this.http.post("/graphql", "application/json; charset=utf-8", query, "Accept", "*/*").status())
			.isEqualTo(200);
	}

	@Test
	void badBodiesToTheReportEndpointAreRefusedWithoutA5xx() {
		String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "\n";
		Answer answer = this.http.post("/api/reports?dryRun=true", "application/x-ndjson", deep, "X-API-Key", EDITOR);
		assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
		answer.assertNoJava();
		Answer multipart = this.http.post("/api/reports?dryRun=true", "multipart/form-data; boundary=zzz",
				"--zzz\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n{broken", "X-API-Key", EDITOR);
		assertThat(multipart.status()).as(multipart.body()).isBetween(400, 499);
		multipart.assertNoJava();
		Answer nothing = this.http.post("/api/reports?dryRun=true", "application/json", "null", "X-API-Key", EDITOR);
		assertThat(nothing.status()).as(nothing.body()).isBetween(400, 499);
	}

	@Test
	void aLongTextArgumentIsABadRequestNotAnInternalError() {
		String huge = "a".repeat(1_000_000);
		for (String query : List.of("query($t: String!) { search(text: $t) { score } }",
				"query($t: String) { places(filter: {name: $t}) { totalCount } }",
				"query($t: String) { actors(filter: {name: $t}) { totalCount } }")) {
			Answer answer = this.http.graphQl(Map.of("query", query, "variables", Map.of("t", huge)));
			answer.assertWellFormedErrors();
			assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
			assertThat(answer.message()).contains("at most 1000 characters");
		}
		Answer literal = this.http.graphQl(Map.of("query", "{ search(text: \"" + "b".repeat(5000) + "\") { score } }"));
		assertThat(literal.classification()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void anExplicitNullMeansTheDefault() {
		for (String query : List.of("{ actors(sort: null, first: 2) { totalCount } }",
				"{ places(sort: null) { totalCount } }", "{ events(sort: null, first: 1) { totalCount } }",
				"{ claimTotals(groupBy: null) { claims } }", "{ search(text: \"Belgorod\", first: null) { score } }",
				"{ duplicateCandidates(minScore: null, first: null) { score } }")) {
			Answer answer = this.http.graphQl(Map.of("query", query), "X-API-Key", EDITOR);
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.json().path("errors").isMissingNode()).as(query + " -> " + answer.body()).isTrue();
		}
		Answer audit = this.http.graphQl(Map.of("query", "{ auditTrail(first: null) { endCursor } }"), "X-API-Key",
				EDITOR);
		assertThat(audit.body()).doesNotContain("INTERNAL_ERROR");
	}

	@Test
	void datesThatDoNotExistAreRefusedInWords() {
		for (String date : List.of("2024-02-30", "2023-02-29", "2024-13-01", "2024-04-31", "12/03/2024", "")) {
			Answer literal = this.http
				.graphQl(Map.of("query", "{ events(filter: {from: \"" + date + "\"}) { totalCount } }"));
			literal.assertWellFormedErrors();
			assertThat(literal.json().path("data").path("events").isObject()).isFalse();
			Answer variable = this.http.graphQl(Map.of("query",
					"query($d: Date) { events(filter: {from: $d}) { totalCount } }", "variables", Map.of("d", date)));
			variable.assertWellFormedErrors();
			assertThat(variable.message()).contains("Date");
		}
		Answer number = this.http.graphQl(Map.of("query", "{ timeline(place: \"x\", from: 123) { totalCount } }"));
		number.assertWellFormedErrors();
		assertThat(number.message()).contains("123").contains("YYYY-MM-DD").doesNotContain("TemporalAccessor");
		assertThat(this.http
			.graphQl(Map.of("query", "{ events(filter: {from: \"2024-02-29\", to: \"2024-03-31\"}) { totalCount } }"))
			.json()
			.path("data")
			.path("events")
			.path("totalCount")
			.isNumber()).isTrue();
	}

	@Test
	void anAliasBombIsRefusedBeforeAnythingRuns() {
		StringBuilder bomb = new StringBuilder("{");
		for (int i = 0; i < 1000; i++) {
			bomb.append(" a").append(i).append(": graphStatus { neo4jVersion }");
		}
		Answer answer = this.http.graphQl(Map.of("query", bomb.append(" }").toString()));
		answer.assertWellFormedErrors();
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).contains("1000 root fields").contains("max-root-fields");
		StringBuilder fifty = new StringBuilder("{");
		for (int i = 0; i < 50; i++) {
			// Root fields that need no database: the limit, not the machine's load, is
			// tested.
			fifty.append(" s").append(i).append(": __typename");
		}
		assertThat(
				this.http.graphQl(Map.of("query", fifty.append(" }").toString())).json().path("errors").isMissingNode())
			.isTrue();
		StringBuilder nested = new StringBuilder("{ graphStatus {");
		for (int i = 0; i < 60; i++) {
			nested.append(" v").append(i).append(": neo4jVersion");
		}
		assertThat(this.http.graphQl(Map.of("query", nested.append(" } }").toString())).message())
			.contains("60 aliases");
	}

	@Test
	void theDefaultPageSizeAndNestedListsCountInTheCost() {
		Answer answer = this.http.graphQl(Map.of("query",
				"{ events { nodes { participants { actor { claims { evidence { quote source { title } } } } } } } }"));
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).startsWith("The query would cost 122241;");
	}

	@Test
	void queriesOverGetAreCacheableAndMutationsOverGetAre405() {
		Answer answer = this.http.getQuery("{ graphStatus { neo4jVersion } }");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().path("data").path("graphStatus").path("neo4jVersion").asString("")).startsWith("5.");
		String etag = answer.header("ETag");
		assertThat(etag).startsWith("\"");
		assertThat(answer.header("Cache-Control")).isEqualTo("public, max-age=60");
		Answer again = this.http.getQuery("{ graphStatus { neo4jVersion } }", "If-None-Match", etag);
		assertThat(again.status()).isEqualTo(304);
		Answer mutation = this.http
			.getQuery("mutation { retractSource(sourceId: \"x\", preview: true) { __typename } }", "X-API-Key", EDITOR);
		mutation.isRefused(405);
		assertThat(mutation.header("Allow")).isEqualTo("POST");
		this.http.get("/graphql").isRefused(400);
		this.http.get("/graphql?query=%7B&variables=%5B").isRefused(400);
		this.http.getQuery("{ graphStatus { neo4jVersion } }", "Accept", "text/html").isRefused(406);
	}

	@Test
	void automaticPersistedQueriesRunByHash() throws Exception {
		String query = "{ graphStatus { neo4jVersion } }";
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
		Answer unknown = this.http.graphQl(Map.of("extensions", extensions));
		assertThat(unknown.message()).isEqualTo("PersistedQueryNotFound");
		Map<String, Object> register = new LinkedHashMap<>();
		register.put("query", query);
		register.put("extensions", extensions);
		assertThat(this.http.graphQl(register).json().path("data").path("graphStatus").isObject()).isTrue();
		Answer byHash = this.http.get("/graphql?extensions=" + java.net.URLEncoder
			.encode(HttpClientSupport.JSON.writeValueAsString(extensions), StandardCharsets.UTF_8));
		assertThat(byHash.status()).as(byHash.body()).isEqualTo(200);
		assertThat(byHash.json().path("data").path("graphStatus").path("neo4jVersion").asString("")).startsWith("5.");
		assertThat(byHash.header("ETag")).isNotNull();
	}

	@Test
	void healthShowsDetailsOnlyWithAKey() {
		Answer anonymous = this.http.get("/actuator/health");
		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.json().path("status").asString("")).isEqualTo("UP");
		assertThat(anonymous.body()).doesNotContain("components", "neo4j");
		assertThat(this.http.get("/actuator/health", "X-API-Key", "test-wrong-key-9876543210").body())
			.doesNotContain("components");
		assertThat(this.http.get("/actuator/health", "X-API-Key", EDITOR).body()).contains("components");
	}

	@Test
	void theDatabaseEndsATransactionAtItsTimeout() {
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		template.setReadOnly(true);
		template.setTimeout(1);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		long start = System.nanoTime();
		assertThatException().isThrownBy(() -> template.executeWithoutResult(
				(status) -> this.neo4j.query("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n")
					.fetch()
					.one()));
		assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(20);
	}

	@Test
	void unknownPathsAndMethodsAnswerInTheSameShape() {
		this.http.get("/no-such-thing").isRefused(404);
		Answer answer = this.http.post("/api/reports", "application/json", "{}");
		assertThat(answer.status()).isEqualTo(401);
	}

}

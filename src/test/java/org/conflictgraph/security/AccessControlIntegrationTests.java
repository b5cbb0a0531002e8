package org.conflictgraph.security;

import java.time.Duration;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every access case over real HTTP: no key, a wrong key, a reader key and an editor key,
 * for GraphQL mutations and queries and for the bulk endpoint; nothing is written when
 * access is refused.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccessControlIntegrationTests {

	static final String NODE = "armed-group:test-access-group";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@LocalServerPort
	int port;

	WebTestClient http;

	@BeforeEach
	void createANode() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofMinutes(2))
			.build();
		this.neo4j.query("""
				MERGE (n:Node {id: $id})
				SET n:Actor:ArmedGroup, n.name = 'Test Access Group', n.aliases = [], n.aliasText = '',
				    n.nameKeys = ['testaccessgroup'], n.nameKeyText = 'testaccessgroup'""").bind(NODE).to("id").run();
	}

	@AfterEach
	void removeTheNode() {
		this.neo4j.query("MATCH (n:Node {id: $id}) DETACH DELETE n").bind(NODE).to("id").run();
		this.neo4j.query("MATCH (a:AuditRecord) WHERE $id IN a.targetIds DELETE a").bind(NODE).to("id").run();
	}

	@Test
	void queriesNeedNoKey() {
		this.graphQl.documentName("nodeCounts")
			.execute()
			.path("graphStatus.nodeCounts")
			.entityList(Object.class)
			.satisfies((counts) -> assertThat(counts).isNotEmpty());
	}

	@Test
	void aMutationWithoutAKeyIsUnauthorizedAndWritesNothing() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		addAlias(this.graphQl).errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
			assertThat(error.getMessage()).contains("EDITOR", "X-API-Key");
		}));
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
		assertThat(aliases()).isEmpty();
	}

	@Test
	void aMutationWithAWrongKeyIsUnauthorizedAndWritesNothing() {
		addAlias(withKey(TestKeys.WRONG)).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED))
				.satisfies((error) -> assertThat(error.getMessage()).contains("not valid")));
		assertThat(aliases()).isEmpty();
	}

	@Test
	void aMutationWithAReaderKeyIsForbiddenAndWritesNothing() {
		addAlias(withKey(TestKeys.READER)).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN))
				.satisfies((error) -> assertThat(error.getMessage()).contains("test-reader", "EDITOR")));
		assertThat(aliases()).isEmpty();
	}

	@Test
	void aMutationWithAnEditorKeyIsDoneAndAudited() {
		String auditId = addAlias(withKey(TestKeys.EDITOR)).path("addAlias.added")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("addAlias.auditId")
			.entity(String.class)
			.get();
		assertThat(aliases()).containsExactly("Access Test Alias");
		assertThat(this.neo4j.query("MATCH (a:AuditRecord {id: $id}) RETURN a.actor")
			.bind(auditId)
			.to("id")
			.fetchAs(String.class)
			.one()).contains("test-editor");
	}

	@Test
	void aBearerTokenAndABcryptHashedKeyWorkToo() {
		HttpGraphQlTester bearer = this.graphQl.mutate()
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeys.BCRYPT_EDITOR)
			.build();
		addAlias(bearer).path("addAlias.added").entity(Boolean.class).isEqualTo(true);
		assertThat(this.neo4j.query("MATCH (a:AuditRecord) WHERE $id IN a.targetIds RETURN a.actor")
			.bind(NODE)
			.to("id")
			.fetchAs(String.class)
			.all()).containsExactly("test-bcrypt-editor");
	}

	@Test
	void aQueryWithAWrongKeyIsUnauthorized() {
		withKey(TestKeys.WRONG).documentName("nodeCounts")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting(ResponseError::getErrorType)
				.containsExactly(ErrorType.UNAUTHORIZED));
	}

	@Test
	void theAuditTrailNeedsAKeyEvenWhenReadsAreOpen() {
		this.graphQl.documentName("auditTrail")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting(ResponseError::getErrorType)
				.containsExactly(ErrorType.UNAUTHORIZED));
		withKey(TestKeys.READER).documentName("auditTrail")
			.variable("first", 1)
			.execute()
			.path("auditTrail.records")
			.entityList(Object.class)
			.hasSize(1);
	}

	@Test
	void theBulkEndpointNeedsAnEditorKey() {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		postReports(null).expectStatus().isUnauthorized().expectBody().jsonPath("$.error").isEqualTo("UNAUTHORIZED");
		postReports(TestKeys.WRONG).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.message")
			.value((message) -> assertThat((String) message).contains("not valid"));
		postReports(TestKeys.READER).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("FORBIDDEN");
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
		// An editor gets through: an empty array imports nothing.
		postReports(TestKeys.EDITOR).expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
	}

	@Test
	void graphiqlHealthAndInfoStayOpen() {
		this.http.get()
			.uri("/graphiql")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isLessThan(400));
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/info").exchange().expectStatus().isOk();
	}

	@Test
	void aFrontEndOnAnAllowedOriginMayCallTheApi() {
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://map.example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,x-api-key")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://map.example.org");
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example.com")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void keysNeverReachTheLog(CapturedOutput output) {
		addAlias(withKey(TestKeys.EDITOR)).path("addAlias.added").entity(Boolean.class).isEqualTo(true);
		addAlias(withKey(TestKeys.WRONG)).errors().satisfy((errors) -> assertThat(errors).hasSize(1));
		postReports(TestKeys.WRONG).expectStatus().isUnauthorized();
		assertThat(output.getAll()).doesNotContain(TestKeys.EDITOR, TestKeys.WRONG);
	}

	private GraphQlTester.Response addAlias(HttpGraphQlTester tester) {
		return tester.documentName("addAlias").variable("id", NODE).variable("alias", "Access Test Alias").execute();
	}

	private HttpGraphQlTester withKey(String key) {
		return this.graphQl.mutate().header("X-API-Key", key).build();
	}

	private WebTestClient.ResponseSpec postReports(String key) {
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("X-API-Key", key);
		}
		return request.bodyValue("[]").exchange();
	}

	private List<String> aliases() {
		Object aliases = this.neo4j.query("MATCH (n:Node {id: $id}) RETURN n.aliases AS aliases")
			.bind(NODE)
			.to("id")
			.fetch()
			.one()
			.orElseThrow()
			.get("aliases");
		return ((List<?>) aliases).stream().map(String::valueOf).toList();
	}

}

package org.conflictgraph.draft;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.security.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts over HTTP and GraphQL against the seed graph: a new text about the seed's actors
 * links to their nodes, the draft passes the pipeline's dry run, nothing is written, and
 * bad requests get a 400 that says what is wrong.
 */
@IntegrationTest
class DraftIntegrationTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	WebTestClient http;

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofMinutes(2))
			.build();
	}

	static String text(String path) throws Exception {
		return new String(new ClassPathResource(path).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	@Test
	void aDraftLinksToTheSeedsNodesPassesTheDryRunAndWritesNothing() throws Exception {
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		String body = json
			.writeValueAsString(Map.of("text", text("drafting/belgorod-2024-05-15.txt"), "source", Map.of("publisher",
					"Conflict Graph evaluation desk", "published", "2024-05-15", "title", "Belgorod collapse")));
		byte[] answer = this.http.post()
			.uri("/api/drafts")
			.header("X-API-Key", TestKeys.EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode result = json.readTree(answer);
		assertThat(result.path("problems").size()).as(result.path("problems").toString()).isZero();
		JsonNode report = result.path("report");
		assertThat(report.path("source").path("published").asString()).isEqualTo("2024-05-15");
		// Gladkov exists in the seed graph: the draft links to his node and says so
		assertThat(report.path("entities")
			.valueStream()
			.filter((e) -> e.path("id").asString().equals("person:vyacheslav-gladkov"))
			.map((e) -> e.path("draft").path("existing").asString())).containsExactly("person:vyacheslav-gladkov");
		assertThat(report.path("claims")
			.valueStream()
			.filter((c) -> c.path("claimant").asString().equals("person:vyacheslav-gladkov"))
			.map((c) -> c.path("figures").path("killed").path("value").asInt(-1) + " "
					+ c.path("figures").path("killed").path("qualifier").asString()))
			.contains("15 AT_LEAST");
		assertThat(result.path("stats").path("linkedEntities").asInt()).isPositive();
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	@Test
	void aNewNameLikeAnExistingNodesIsAnsweredAsANearMatchWithThatNode() throws Exception {
		String body = json.writeValueAsString(Map.of("text",
				"The governor of Russia’s Belgorod region, Vyacheslav Gladkoff, said two people were injured.",
				"source", Map.of("publisher", "Conflict Graph evaluation desk", "published", "2024-05-20")));
		byte[] answer = this.http.post()
			.uri("/api/drafts")
			.header("X-API-Key", TestKeys.EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode result = json.readTree(answer);
		assertThat(result.path("problems").size()).as(result.path("problems").toString()).isZero();
		JsonNode matches = result.path("nearMatches");
		assertThat(matches.valueStream()
			.map((m) -> m.path("id").asString() + " ~ " + m.path("resembles").asString() + " "
					+ m.path("resemblesKind").asString() + " " + m.path("resemblesName").asString()))
			.containsExactly("person:vyacheslav-gladkoff ~ person:vyacheslav-gladkov Person Vyacheslav Gladkov");
		assertThat(matches.get(0).path("score").asDouble()).isBetween(0.9, 1.0);
		assertThat(matches.get(0).path("why").asString()).contains("'Vyacheslav Gladkoff' and 'Vyacheslav Gladkov'");
	}

	@Test
	void theMutationAnswersTheSameDraft() throws Exception {
		Map<String, Object> input = Map.of("text", text("drafting/odesa-2024-03-03.txt"), "source",
				Map.of("publisher", "Conflict Graph evaluation desk", "published", "2024-03-03"));
		this.graphQl.mutate()
			.header("X-API-Key", TestKeys.EDITOR)
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.build()
			.documentName("draftReport")
			.variable("input", input)
			.execute()
			.path("draftReport.report.formatVersion")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("draftReport.report.claims[*].claimant")
			.entityList(String.class)
			.satisfies((claimants) -> assertThat(claimants).contains("person:oleh-kiper",
					"government-body:russian-defence-ministry"))
			.path("draftReport.problems")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aRequestWithoutPublicationDateOrTextIsA400NamingEachProblem() throws Exception {
		byte[] answer = this.http.post()
			.uri("/api/drafts")
			.header("X-API-Key", TestKeys.EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": \"\", \"source\": {\"publisher\": \"CNN\", \"published\": \"Tuesday\"}}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.BAD_REQUEST)
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode error = json.readTree(answer);
		assertThat(error.path("problems").valueStream().map((p) -> p.path("path").asString()).toList())
			.containsExactly("$.text", "$.source.published");
		assertThat(error.path("message").asString()).contains("incomplete").doesNotContain("Exception");
	}

	@Test
	void invalidJsonIsA400() {
		this.http.post()
			.uri("/api/drafts")
			.header("X-API-Key", TestKeys.EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\": ")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.BAD_REQUEST)
			.expectBody()
			.jsonPath("$.message")
			.value((String message) -> assertThat(message).startsWith("The request is not valid JSON"));
	}

	@Test
	void draftingNeedsAnEditorKey() {
		for (String key : List.of(TestKeys.READER, TestKeys.WRONG)) {
			this.http.post()
				.uri("/api/drafts")
				.header("X-API-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"text\": \"x\", \"source\": {\"publisher\": \"CNN\", \"published\": \"2024-03-12\"}}")
				.exchange()
				.expectStatus()
				.value((status) -> assertThat(status).isIn(401, 403));
		}
	}

}

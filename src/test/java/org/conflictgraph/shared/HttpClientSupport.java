package org.conflictgraph.shared;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP for tests that send what a careless or hostile client sends: any body, any
 * header, so nothing is tidied up on the way.
 */
final class HttpClientSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	HttpClientSupport(int port) {
		this.base = "http://localhost:" + port;
	}

	Answer post(String path, String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request, headers);
	}

	Answer post(String path, String contentType, String body, String... headers) {
		return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
	}

	Answer graphQl(Map<String, Object> body, String... headers) {
		return post("/graphql", "application/json", JSON.writeValueAsString(body), headers);
	}

	Answer get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(120)).GET(),
				headers);
	}

	Answer getQuery(String query, String... headers) {
		return get("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), headers);
	}

	private Answer send(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What came back. */
	record Answer(int status, Map<String, List<String>> headers, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/** The classification of the first error. */
		String classification() {
			return json().path("errors").path(0).path("extensions").path("classification").asString("");
		}

		String message() {
			return json().path("errors").path(0).path("message").asString("");
		}

		/**
		 * A refusal as the service promises one: the status, a GraphQL-shaped body whose
		 * every error has a message and a classification, nothing of Java in it.
		 */
		Answer isRefused(int status) {
			assertThat(this.status).as(this.body).isEqualTo(status);
			assertWellFormedErrors();
			return this;
		}

		void assertWellFormedErrors() {
			assertThat(this.status).as(this.body).isLessThan(500);
			JsonNode errors = json().path("errors");
			assertThat(errors.isArray() && !errors.isEmpty()).as(this.body).isTrue();
			for (JsonNode error : errors) {
				assertThat(error.path("message").asString("")).as(this.body).isNotBlank();
				assertThat(error.path("extensions").path("classification").asString("")).as(this.body).isNotBlank();
			}
			assertNoJava();
		}

		void assertNoJava() {
			assertThat(this.body).doesNotContain("java.", "Exception", "at org.", "<html", "IntValue{", "StringValue{");
		}

	}

}

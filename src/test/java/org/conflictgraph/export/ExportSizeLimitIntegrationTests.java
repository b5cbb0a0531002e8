package org.conflictgraph.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Past {@code conflictgraph.export.limits.max-size} no client may take a cut-off file for
 * a whole one: before the first byte is sent the answer is a 413 with a readable error,
 * after it the connection is aborted. Below the cap a download is whole.
 */
class ExportSizeLimitIntegrationTests {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(120))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A cap smaller than the response buffer: the error can still be sent instead. */
	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "conflictgraph.export.limits.max-size=6KB")
	@ActiveProfiles("test")
	@DirtiesContext
	class BeforeTheDownloadStarts {

		@LocalServerPort
		int port;

		@Test
		void anExportLargerThanTheCapIsRefusedWith413AndSaysHowToSelectLess() throws Exception {
			for (String path : new String[] { "/export/graph.graphml", "/export/nodes.csv", "/export/acled.csv" }) {
				HttpResponse<String> answer = get(this.port, path);

				assertThat(answer.statusCode()).as(path).isEqualTo(413);
				JsonNode error = JsonMapper.builder().build().readTree(answer.body()).path("errors").path(0);
				assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
				assertThat(error.path("message").asString()).contains("larger than 6 KB")
					.contains("conflictgraph.export.limits.max-size")
					.contains("dateFrom")
					.doesNotContain("Exception");
			}
		}

		@Test
		void anExportUnderTheCapIsWhole() throws Exception {
			HttpResponse<String> answer = get(this.port, "/export/places.geojson");

			assertThat(answer.statusCode()).isEqualTo(200);
			JsonNode places = JsonMapper.builder().build().readTree(answer.body());
			assertThat(places.path("type").asString()).isEqualTo("FeatureCollection");
			assertThat(places.path("features").size()).isGreaterThan(10);
		}

	}

	/**
	 * A cap larger than the response buffer: the download has begun when the cap is hit.
	 */
	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "conflictgraph.export.limits.max-size=20KB")
	@ActiveProfiles("test")
	@DirtiesContext
	class AfterTheDownloadStarted {

		@LocalServerPort
		int port;

		@Test
		void theConnectionIsAbortedSoTheClientSeesAnIncompleteTransfer() {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> get(this.port, "/export/graph.graphml"));
		}

		@Test
		void theServiceStillAnswersAfterwards() throws Exception {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> get(this.port, "/export/graph.gexf"));

			assertThat(get(this.port, "/export/places.geojson").statusCode()).isEqualTo(200);
		}

	}

}

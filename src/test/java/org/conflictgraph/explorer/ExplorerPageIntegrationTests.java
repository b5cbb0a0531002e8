package org.conflictgraph.explorer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.conflictgraph.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's files as the service serves them, without a browser: the page at
 * {@code /}, its stylesheet, and every module it imports (Cytoscape.js from its webjar
 * included) with a JavaScript content type, which browsers require of ES modules.
 */
@IntegrationTest
class ExplorerPageIntegrationTests {

	private static final Pattern IMPORT = Pattern.compile("(?:import|from)\\s+'([^']+\\.m?js)'");

	@LocalServerPort
	int port;

	@Test
	void theExplorerIsServedAtTheRoot() {
		ResponseEntity<String> page = get("/");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		assertThat(page.getBody()).contains("<title>Conflict graph explorer</title>")
			.contains("<script type=\"module\" src=\"js/app.js\"></script>")
			.contains("href=\"style.css\"");
		ResponseEntity<String> style = get("/style.css");
		assertThat(style.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(style.getHeaders().getContentType()).hasToString("text/css");
	}

	@Test
	void everyModuleThePageImportsIsServedAsJavaScript() {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>();
		pending.add("/js/app.js");
		while (!pending.isEmpty()) {
			String path = pending.poll();
			if (!seen.add(path)) {
				continue;
			}
			ResponseEntity<String> module = get(path);
			assertThat(module.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
			MediaType type = module.getHeaders().getContentType();
			assertThat(type).as(path).isNotNull();
			assertThat(type.getType() + "/" + type.getSubtype()).as(path).isEqualTo("text/javascript");
			if (path.startsWith("/webjars/")) {
				continue;
			}
			Matcher imports = IMPORT.matcher(module.getBody());
			while (imports.find()) {
				pending.add(resolve(path, imports.group(1)));
			}
		}
		assertThat(seen).contains("/js/api.js", "/js/panel.js", "/webjars/cytoscape/dist/cytoscape.esm.min.mjs");
	}

	private ResponseEntity<String> get(String path) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri(path)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	/**
	 * A relative import against the importing module's path, as a browser resolves it.
	 */
	private static String resolve(String from, String relative) {
		Deque<String> parts = new ArrayDeque<>();
		String[] base = from.split("/");
		for (int i = 1; i < base.length - 1; i++) {
			parts.addLast(base[i]);
		}
		for (String part : relative.split("/")) {
			if (part.equals("..")) {
				parts.removeLast();
			}
			else if (!part.equals(".")) {
				parts.addLast(part);
			}
		}
		return "/" + String.join("/", parts);
	}

}

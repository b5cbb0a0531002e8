package org.conflictgraph.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/**
 * Writes the one error shape every non-GraphQL answer uses ({@code {"errors":[{"message",
 * "extensions":{"classification"}}]}}), for filters and handlers that answer a request
 * themselves, so that no caller builds the JSON by hand (and forgets to escape a
 * message).
 */
public final class ErrorResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ErrorResponses() {
	}

	/**
	 * Sets the status and writes the error body; headers such as {@code Retry-After} are
	 * the caller's.
	 */
	public static void write(HttpServletResponse response, int status, String classification, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(body(classification, message));
	}

	/** The error body as JSON bytes. */
	public static byte[] body(String classification, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("classification", classification));
		return JSON.writeValueAsBytes(Map.of("errors", List.of(error)));
	}

}

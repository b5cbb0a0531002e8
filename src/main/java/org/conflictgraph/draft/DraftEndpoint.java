package org.conflictgraph.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictgraph.ingest.Problem;
import org.conflictgraph.ingest.ReportRejectedException;
import org.conflictgraph.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/drafts} with {@code {"text": "...", "source": {...}}}: a drafted
 * report to review, with warnings, the dry run's problems and counts. Needs an editor
 * key, like every POST. Bad input is a 400 with every problem; a text over the limit a
 * 413.
 */
@RestController
class DraftEndpoint {

	private final DraftService drafts;

	private final JsonMapper json = JsonMapper.builder().build();

	DraftEndpoint(DraftService drafts) {
		this.drafts = drafts;
	}

	@PostMapping(path = "/api/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> draft(@RequestBody(required = false) byte[] body) {
		if (body == null || body.length == 0) {
			return error(HttpStatus.BAD_REQUEST, "The request has no body: send {\"text\": ..., \"source\": {...}}",
					List.of());
		}
		if (body.length > DraftService.MAX_TEXT_CHARS * 4L) {
			return error(HttpStatus.CONTENT_TOO_LARGE, "The request is " + body.length + " bytes; texts of up to "
					+ DraftService.MAX_TEXT_CHARS + " characters are drafted", List.of());
		}
		JsonNode request;
		try {
			request = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return error(HttpStatus.BAD_REQUEST, "The request is not valid JSON: " + ex.getOriginalMessage(),
					List.of());
		}
		if (!request.isObject()) {
			return error(HttpStatus.BAD_REQUEST, "The request must be a JSON object {\"text\": ..., \"source\": {...}}",
					List.of());
		}
		JsonNode text = request.path("text");
		if (!text.isMissingNode() && !text.isNull() && !text.isString()) {
			return error(HttpStatus.BAD_REQUEST, "text must be a string",
					List.of(new Problem("$.text", "text must be a string")));
		}
		DraftSource source = source(request.path("source"));
		if (source != null && text.isString() && text.asString().length() > DraftService.MAX_TEXT_CHARS) {
			return error(HttpStatus.CONTENT_TOO_LARGE,
					"The text is longer than " + DraftService.MAX_TEXT_CHARS + " characters; draft it in parts",
					List.of());
		}
		DraftService.DraftAnswer answer = this.drafts.draft(text.isString() ? text.asString() : null, source);
		return ResponseEntity.ok(body(answer));
	}

	static Map<String, Object> body(DraftService.DraftAnswer answer) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("report", answer.report());
		body.put("warnings", answer.warnings());
		body.put("problems", answer.problems().stream().map(DraftEndpoint::problem).toList());
		body.put("nearMatches", answer.nearMatches());
		body.put("stats", answer.stats());
		return body;
	}

	private DraftSource source(JsonNode node) {
		if (!node.isObject()) {
			return null;
		}
		return new DraftSource(text(node, "id"), text(node, "kind"), text(node, "title"), text(node, "publisher"),
				text(node, "url"), text(node, "published"), text(node, "language"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.asString()
				: (value.isMissingNode() || value.isNull()) ? null : value.toString();
	}

	private static Map<String, Object> problem(Problem problem) {
		return Map.of("path", problem.path(), "message", problem.message());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> rejected(ReportRejectedException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage(), ex.getProblems());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> invalid(InvalidInputException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage(), List.of());
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message,
			List<Problem> problems) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("error", status.name());
		error.put("message", message);
		if (!problems.isEmpty()) {
			error.put("problems", problems.stream().map(DraftEndpoint::problem).toList());
		}
		return ResponseEntity.status(status).body(error);
	}

}

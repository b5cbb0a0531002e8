package org.conflictgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.ingest.ImportSummary.Outcome;
import org.conflictgraph.security.CurrentActor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reports}: many reports in one request, as a JSON array, one report
 * object or NDJSON ({@code Content-Type: application/x-ndjson}), read as a stream. Needs
 * an editor key (see the security configuration). Answers 200 when every report was
 * written, 207 when some failed, 422 when all failed, 413 when the body is larger than
 * {@code conflictgraph.ingest.max-request-bytes}; the body is the summary with every
 * report's outcome.
 */
@RestController
class ReportImportEndpoint {

	private final BulkImporter importer;

	private final IngestProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	ReportImportEndpoint(BulkImporter importer, IngestProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@PostMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> importReports(HttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "0") int batchSize)
			throws IOException {
		long limit = this.properties.maxRequestBytes().toBytes();
		long length = request.getContentLengthLong();
		if (length > limit) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(error("The request is " + length + " bytes, more than the limit of " + limit
						+ " (conflictgraph.ingest.max-request-bytes); send the reports in several requests"));
		}
		LimitedInputStream body = new LimitedInputStream(request.getInputStream(), limit);
		ReportStream.Format format = ReportStream.Format.of(request.getHeader(HttpHeaders.CONTENT_TYPE));
		ImportSummary summary;
		try (ReportStream reports = new ReportStream(body, "request", format, this.importer.maxReportBytes(),
				this.json)) {
			summary = this.importer.run(reports,
					new BulkImporter.Options(dryRun, batchSize, CurrentActor.name(), "http"), (outcome) -> {
					});
		}
		catch (java.io.UncheckedIOException ex) {
			if (!body.exceeded) {
				throw ex;
			}
			summary = null;
		}
		if (body.exceeded) {
			Map<String, Object> error = error("The request is larger than the limit of " + limit
					+ " bytes (conflictgraph.ingest.max-request-bytes); reports before that point may have been written");
			if (summary != null) {
				error.put("summary", summary(summary));
			}
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(error);
		}
		HttpStatus status = (summary.failed() == 0) ? HttpStatus.OK
				: (summary.ingested() == 0) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.MULTI_STATUS;
		return ResponseEntity.status(status).body(summary(summary));
	}

	static Map<String, Object> summary(ImportSummary summary) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("dryRun", summary.dryRun());
		body.put("total", summary.total());
		body.put("ingested", summary.ingested());
		body.put("failed", summary.failed());
		body.put("nodesCreated", summary.nodesCreated());
		body.put("relationshipsCreated", summary.relationshipsCreated());
		body.put("facts", summary.facts());
		body.put("seconds", Math.round(summary.seconds() * 1000) / 1000.0);
		body.put("factsPerSecond", Math.round(summary.factsPerSecond() * 10) / 10.0);
		List<Map<String, Object>> reports = new ArrayList<>();
		for (Outcome outcome : summary.reports()) {
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("origin", outcome.origin());
			report.put("sourceId", outcome.sourceId());
			report.put("status", outcome.ingested() ? "INGESTED" : "FAILED");
			if (outcome.ingested()) {
				report.put("nodesCreated", outcome.nodesCreated());
				report.put("relationshipsCreated", outcome.relationshipsCreated());
				report.put("facts", outcome.facts());
				report.put("auditId", outcome.auditId());
				if (!outcome.nearMatches().isEmpty()) {
					report.put("nearMatches", outcome.nearMatches()
						.stream()
						.map((match) -> Map.of("id", match.id(), "name", match.name(), "resembles", match.resembles(),
								"resemblesName", match.resemblesName(), "score", match.score(), "why", match.why()))
						.toList());
				}
			}
			else {
				report.put("problems",
						outcome.problems()
							.stream()
							.map((problem) -> Map.of("path", problem.path(), "message", problem.message()))
							.toList());
			}
			reports.add(report);
		}
		body.put("reports", reports);
		return body;
	}

	private static Map<String, Object> error(String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("error", "CONTENT_TOO_LARGE");
		error.put("message", message);
		return error;
	}

	/** Stops reading at the limit, for bodies sent without a length. */
	static final class LimitedInputStream extends InputStream {

		private final InputStream in;

		private final long limit;

		private long count;

		boolean exceeded;

		LimitedInputStream(InputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			if (this.count >= this.limit) {
				return over();
			}
			int b = this.in.read();
			if (b != -1) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte @Nullable [] buffer, int offset, int length) throws IOException {
			if (this.count >= this.limit) {
				return over();
			}
			int n = this.in.read(buffer, offset, (int) Math.min(length, this.limit - this.count));
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		private int over() throws IOException {
			// More is coming only if the stream has more.
			if (this.in.read() == -1) {
				return -1;
			}
			this.exceeded = true;
			throw new IOException("The request body exceeds " + this.limit + " bytes");
		}

	}

}

package org.conflictgraph.tables;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.conflictgraph.shared.InvalidInputException;
import org.conflictgraph.tables.AcledTableImport.TableImportSummary;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/tables/acled} with an ACLED-style CSV as the body ({@code text/csv});
 * {@code dryRun=true} checks every row and writes nothing. Like every write it needs an
 * EDITOR key (SecurityConfiguration). 200 when every row was written, 207 when some
 * failed, 422 when all failed; the body lists the failed rows with their line numbers.
 */
@RestController
@RequestMapping("/api/tables")
class TableImportController {

	private final AcledTableImport imports;

	TableImportController(AcledTableImport imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/acled", consumes = { "text/csv", "text/plain" })
	ResponseEntity<TableImportSummary> acled(HttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		TableImportSummary summary = this.imports
			.run(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), dryRun);
		HttpStatus status = (summary.failed() == 0) ? HttpStatus.OK
				: (summary.written() == 0) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.MULTI_STATUS;
		return ResponseEntity.status(status).body(summary);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage()));
	}

}

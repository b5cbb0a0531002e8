package org.conflictgraph.tables;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.ingest.IngestResult;
import org.conflictgraph.ingest.Problem;
import org.conflictgraph.ingest.ReportIngester;
import org.conflictgraph.ingest.ReportRejectedException;
import org.conflictgraph.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Imports an ACLED-style CSV: one report per row through the ingest pipeline's public
 * entry point, so each row is checked, resolved and written (or, in a dry run, only
 * checked) like any report, in its own transaction. A bad row is listed with its line
 * number and what is wrong; the good rows are written.
 */
@Component
class AcledTableImport {

	/** Columns without which a row cannot become a report. */
	static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
			"notes");

	private final ReportIngester ingester;

	private final JsonMapper json = JsonMapper.builder().build();

	AcledTableImport(ReportIngester ingester) {
		this.ingester = ingester;
	}

	TableImportSummary run(Reader csv, boolean dryRun) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		List<RowOutcome> rows = new ArrayList<>();
		Set<String> written = new HashSet<>();
		try (CSVParser parser = CSVParser.parse(csv, format)) {
			List<String> missing = REQUIRED.stream().filter((c) -> !parser.getHeaderNames().contains(c)).toList();
			if (!missing.isEmpty()) {
				throw new InvalidInputException("The table has no column " + String.join(", ", missing)
						+ " (line 1 must name ACLED's columns, e.g. event_id_cnty,event_date,...)");
			}
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				CSVRecord row;
				try {
					if (!records.hasNext()) {
						break;
					}
					row = records.next();
				}
				catch (UncheckedIOException ex) {
					rows.add(RowOutcome.failed(line, null, List.of("not valid CSV: " + ex.getCause().getMessage())));
					break;
				}
				rows.add(importRow(line, row, dryRun, written));
			}
		}
		catch (IOException ex) {
			throw new InvalidInputException("The table cannot be read: " + ex.getMessage());
		}
		return TableImportSummary.of(dryRun, rows);
	}

	/**
	 * Imports one row. Its event may resolve onto an event the graph held before, but not
	 * onto the event of an earlier row: the table's makers already told its rows apart
	 * (an ACLED row is one event), so two rows stay two events.
	 */
	private RowOutcome importRow(long line, CSVRecord row, boolean dryRun, Set<String> written) {
		String key = AcledRowReport.optional(row, "event_id_cnty");
		if (!row.isConsistent()) {
			return RowOutcome.failed(line, key, List.of("has " + row.size() + " values, the header names "
					+ row.getParser().getHeaderNames().size() + " columns"));
		}
		ObjectNode report;
		try {
			report = AcledRowReport.of(row);
		}
		catch (IllegalArgumentException ex) {
			return RowOutcome.failed(line, key, List.of(ex.getMessage()));
		}
		try {
			IngestResult result = this.ingester.ingestDistinctFrom(this.json.writeValueAsBytes(report), dryRun,
					written);
			String eventId = report.get("events").get(0).get("id").asString();
			written.add(result.resolved().getOrDefault(eventId, eventId));
			return new RowOutcome(line, eventId, true, result.nodesCreated(), List.of());
		}
		catch (ReportRejectedException ex) {
			return RowOutcome.failed(line, key, ex.getProblems().stream().map(Problem::toString).toList());
		}
	}

	/** What became of one row. */
	record RowOutcome(long line, @Nullable String event, boolean ok, int nodesCreated, List<String> problems) {

		static RowOutcome failed(long line, @Nullable String event, List<String> problems) {
			return new RowOutcome(line, event, false, 0, problems);
		}

	}

	/** The whole import: counts, then every row that failed, with its line number. */
	record TableImportSummary(boolean dryRun, int rows, int written, int failed, List<RowOutcome> failures,
			List<String> events) {

		static TableImportSummary of(boolean dryRun, List<RowOutcome> rows) {
			List<RowOutcome> failures = rows.stream().filter((row) -> !row.ok()).toList();
			List<String> events = rows.stream().filter(RowOutcome::ok).map(RowOutcome::event).toList();
			return new TableImportSummary(dryRun, rows.size(), rows.size() - failures.size(), failures.size(), failures,
					events);
		}

	}

}

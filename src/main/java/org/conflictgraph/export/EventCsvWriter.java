package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.conflictgraph.export.EventRow.EvidenceRow;
import org.conflictgraph.export.EventRow.ParticipantRow;
import org.conflictgraph.export.EventRow.PlaceRow;
import org.conflictgraph.graph.Vocabulary;

/**
 * What the ACLED and UCDP GED tables share: one CSV row per event under a fixed header
 * (RFC 4180, UTF-8, LF line ends), the event's two sides, its place and sources. Each
 * table only says how an event becomes its row.
 */
abstract class EventCsvWriter implements EventTableWriter {

	private final CSVPrinter csv;

	private final List<String> columns;

	EventCsvWriter(OutputStream out, List<String> columns) throws IOException {
		this.csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
		this.columns = columns;
	}

	@Override
	public final void begin() throws IOException {
		this.csv.printRecord(this.columns);
	}

	@Override
	public final void event(EventRow event) throws IOException {
		List<@Nullable Object> row = row(
				new Row(event, event.attackers(), event.opponents(), event.place(), Fatalities.of(event)));
		if (row.size() != this.columns.size()) {
			throw new IllegalStateException(
					"A row of " + row.size() + " values under " + this.columns.size() + " columns");
		}
		this.csv.printRecord(row);
	}

	@Override
	public final void end() throws IOException {
		this.csv.flush();
	}

	/**
	 * A table's code for a date precision: one for the day, one for the month, one for
	 * anything longer; null without a precision.
	 */
	static @Nullable Integer precisionCode(@Nullable String precision, int day, int month, int longer) {
		if (precision == null) {
			return null;
		}
		return switch (precision) {
			case Vocabulary.DAY_PRECISION -> day;
			case Vocabulary.MONTH_PRECISION -> month;
			default -> longer;
		};
	}

	/** The values of one event's row, in the order of the columns. */
	abstract List<@Nullable Object> row(Row row);

	/**
	 * One event with what both tables read from it.
	 *
	 * @param sideA the attackers
	 * @param sideB the targets, else the defenders
	 * @param place the place the table puts the event at
	 */
	record Row(EventRow event, List<ParticipantRow> sideA, List<ParticipantRow> sideB, @Nullable PlaceRow place,
			Fatalities fatalities) {

		@Nullable String atLevel(long level) {
			return (this.place != null) ? this.place.atLevel(level) : null;
		}

		/** The distinct sources of the event's evidence, each named by this function. */
		@Nullable String sources(java.util.function.Function<EvidenceRow, @Nullable String> name) {
			String sources = this.event.evidence()
				.stream()
				.map(name)
				.filter((text) -> text != null)
				.distinct()
				.collect(Collectors.joining("; "));
			return sources.isEmpty() ? null : sources;
		}

	}

}

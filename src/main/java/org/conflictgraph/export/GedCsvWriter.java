package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.export.EventRow.ParticipantRow;
import org.conflictgraph.export.EventRow.PlaceRow;

/**
 * Events in the style of UCDP's Georeferenced Event Dataset: the GED column names for
 * what the graph can fill (dates with date_prec, side_a/side_b, where_prec, best/low/high
 * deaths). UCDP's own ids, conflict and dyad codes do not exist here; see docs/clients.md
 * ("UCDP GED") for the mapping and its gaps.
 */
class GedCsvWriter implements EventTableWriter {

	static final List<String> COLUMNS = List.of("id", "year", "type_of_violence", "conflict_name", "dyad_name",
			"side_a", "side_b", "source_article", "source_headline", "where_prec", "where_coordinates", "adm_1",
			"adm_2", "latitude", "longitude", "geom_wkt", "country", "event_clarity", "date_prec", "date_start",
			"date_end", "best", "high", "low", "status");

	private final CSVPrinter csv;

	GedCsvWriter(OutputStream out) throws IOException {
		this.csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
	}

	@Override
	public void begin() throws IOException {
		this.csv.printRecord(COLUMNS);
	}

	@Override
	public void event(EventRow event) throws IOException {
		List<ParticipantRow> sideA = event.withRole("attacker");
		List<ParticipantRow> sideB = event.withRole("target").isEmpty() ? event.withRole("defender")
				: event.withRole("target");
		PlaceRow place = event.place();
		Fatalities fatalities = Fatalities.of(event);
		String a = names(sideA);
		String b = names(sideB);
		List<@Nullable Object> row = new ArrayList<>();
		row.add(event.id());
		row.add((event.date() != null) ? event.date().getYear() : null);
		row.add(typeOfViolence(event, sideA, sideB));
		row.add(null);
		row.add((a != null && b != null) ? a + " - " + b : null);
		row.add(a);
		row.add(b);
		row.add(sources(event));
		row.add(event.title());
		row.add(wherePrecision(place));
		row.add((place != null) ? place.name() : null);
		row.add((place != null) ? place.atLevel(1) : null);
		row.add((place != null) ? place.atLevel(2) : null);
		row.add((place != null) ? place.latitude() : null);
		row.add((place != null) ? place.longitude() : null);
		row.add((place != null && place.latitude() != null && place.longitude() != null)
				? String.format(Locale.ROOT, "POINT (%s %s)", place.longitude(), place.latitude()) : null);
		row.add((place != null) ? place.atLevel(0) : null);
		// 1: the event and its actors are clear; 2: contested or only claimed.
		row.add(("REPORTED".equals(event.status()) || "CONFIRMED".equals(event.status())) ? 1 : 2);
		row.add(datePrecision(event.datePrecision()));
		row.add(event.date());
		row.add(EventTableReader.lastDay(event.date(), event.datePrecision()));
		// UCDP's best is its own estimate; the graph keeps claims apart, so best is the
		// most conservative claim, low and high the range across claimants.
		row.add(fatalities.low());
		row.add(fatalities.high());
		row.add(fatalities.low());
		row.add(event.status());
		this.csv.printRecord(row);
	}

	@Override
	public void end() throws IOException {
		this.csv.flush();
	}

	private static @Nullable String names(List<ParticipantRow> actors) {
		return actors.isEmpty() ? null : actors.stream().map(ParticipantRow::name).collect(Collectors.joining(", "));
	}

	/**
	 * 1 state-based (a state on a side), 2 non-state, 3 one-sided violence; empty for
	 * events that are not organised violence (GED does not record them).
	 */
	private static @Nullable Integer typeOfViolence(EventRow event, List<ParticipantRow> a, List<ParticipantRow> b) {
		if ("Violence against civilians".equals(event.type())) {
			return 3;
		}
		if (!"Battles".equals(event.type()) && !"Explosions/Remote violence".equals(event.type())) {
			return null;
		}
		boolean state = a.stream().anyMatch(GedCsvWriter::state) || b.stream().anyMatch(GedCsvWriter::state);
		return state ? 1 : 2;
	}

	private static boolean state(ParticipantRow actor) {
		return switch (actor.kind()) {
			case "State", "MilitaryForce", "GovernmentBody" -> true;
			default -> false;
		};
	}

	/** GED's where_prec: 1 exact place ... 4 first-order admin, 6 country. */
	static @Nullable Integer wherePrecision(@Nullable PlaceRow place) {
		if (place == null || place.adminLevel() == null) {
			return null;
		}
		long level = place.adminLevel();
		if (level >= 3) {
			return "in".equals(place.precision()) ? 1 : 2;
		}
		return switch ((int) level) {
			case 2 -> 3;
			case 1 -> 4;
			default -> 6;
		};
	}

	/** GED's date_prec: 1 the day, 4 within a month, 5 longer. */
	private static @Nullable Integer datePrecision(@Nullable String precision) {
		if (precision == null) {
			return null;
		}
		return switch (precision) {
			case "DAY" -> 1;
			case "MONTH" -> 4;
			default -> 5;
		};
	}

	private static @Nullable String sources(EventRow event) {
		String sources = event.evidence()
			.stream()
			.map((e) -> ((e.publisher() != null) ? e.publisher() + ", " : "")
					+ ((e.sourceTitle() != null) ? e.sourceTitle() : e.sourceId()))
			.distinct()
			.collect(Collectors.joining("; "));
		return sources.isEmpty() ? null : sources;
	}

}

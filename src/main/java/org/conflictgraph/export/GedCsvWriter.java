package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.export.EventRow.ParticipantRow;
import org.conflictgraph.export.EventRow.PlaceRow;

/**
 * Events in the style of UCDP's Georeferenced Event Dataset: the GED column names for
 * what the graph can fill (dates with date_prec, side_a/side_b, where_prec, best/low/high
 * deaths). UCDP's own ids, conflict and dyad codes do not exist here; see docs/clients.md
 * ("UCDP GED") for the mapping and its gaps.
 */
class GedCsvWriter extends EventCsvWriter {

	static final List<String> COLUMNS = List.of("id", "year", "type_of_violence", "conflict_name", "dyad_name",
			"side_a", "side_b", "source_article", "source_headline", "where_prec", "where_coordinates", "adm_1",
			"adm_2", "latitude", "longitude", "geom_wkt", "country", "event_clarity", "date_prec", "date_start",
			"date_end", "best", "high", "low", "status");

	GedCsvWriter(OutputStream out) throws IOException {
		super(out, COLUMNS);
	}

	@Override
	List<@Nullable Object> row(Row row) {
		EventRow event = row.event();
		PlaceRow place = row.place();
		Fatalities fatalities = row.fatalities();
		String a = names(row.sideA());
		String b = names(row.sideB());
		List<@Nullable Object> values = new ArrayList<>();
		values.add(event.id());
		values.add((event.date() != null) ? event.date().getYear() : null);
		values.add(typeOfViolence(event, row.sideA(), row.sideB()));
		values.add(null);
		values.add((a != null && b != null) ? a + " - " + b : null);
		values.add(a);
		values.add(b);
		values.add(row.sources((e) -> ((e.publisher() != null) ? e.publisher() + ", " : "")
				+ ((e.sourceTitle() != null) ? e.sourceTitle() : e.sourceId())));
		values.add(event.title());
		values.add(wherePrecision(place));
		values.add((place != null) ? place.name() : null);
		values.add(row.atLevel(1));
		values.add(row.atLevel(2));
		values.add((place != null) ? place.latitude() : null);
		values.add((place != null) ? place.longitude() : null);
		values.add((place != null && place.latitude() != null && place.longitude() != null)
				? String.format(Locale.ROOT, "POINT (%s %s)", place.longitude(), place.latitude()) : null);
		values.add(row.atLevel(0));
		// 1: the event and its actors are clear; 2: contested or only claimed.
		values.add(("REPORTED".equals(event.status()) || "CONFIRMED".equals(event.status())) ? 1 : 2);
		values.add(datePrecision(event.datePrecision()));
		values.add(event.date());
		values.add(EventTableReader.lastDay(event.date(), event.datePrecision()));
		// UCDP's best is its own estimate; the graph keeps claims apart, so best is the
		// estimate of the most conservative claim, low its lower bound, high the highest
		// upper bound across claimants (empty when a claim is open upwards: "at least").
		values.add(fatalities.best());
		values.add(fatalities.upperBound());
		values.add(fatalities.low());
		values.add(event.status());
		return values;
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
		boolean state = a.stream().anyMatch(ParticipantRow::isState) || b.stream().anyMatch(ParticipantRow::isState);
		return state ? 1 : 2;
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
		return precisionCode(precision, 1, 4, 5);
	}

}

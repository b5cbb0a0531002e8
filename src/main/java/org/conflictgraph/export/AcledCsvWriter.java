package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * Events as an ACLED-style table, one row per event, with ACLED's column names. The
 * mapping and its gaps are in docs/clients.md ("ACLED"): actors come from the attacker
 * (actor1) and target (actor2, else defender) roles, admin levels from the place
 * hierarchy, geo_precision from the level and precision of the place, fatalities are the
 * most conservative figure across claimants, with every claimant's figure in notes.
 */
class AcledCsvWriter implements EventTableWriter {

	static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
			"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
			"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
			"admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
			"fatalities", "tags", "timestamp");

	private final CSVPrinter csv;

	private final long timestamp = Instant.now().getEpochSecond();

	AcledCsvWriter(OutputStream out) throws IOException {
		this.csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
	}

	@Override
	public void begin() throws IOException {
		this.csv.printRecord(COLUMNS);
	}

	@Override
	public void event(EventRow event) throws IOException {
		List<ParticipantRow> attackers = event.withRole("attacker");
		List<ParticipantRow> others = event.withRole("target").isEmpty() ? event.withRole("defender")
				: event.withRole("target");
		String inter1 = inter(attackers);
		String inter2 = inter(others);
		PlaceRow place = event.place();
		Fatalities fatalities = Fatalities.of(event);
		List<@Nullable Object> row = new ArrayList<>();
		row.add(event.id());
		row.add(event.date());
		row.add((event.date() != null) ? event.date().getYear() : null);
		row.add(timePrecision(event.datePrecision()));
		row.add(disorderType(event.type()));
		row.add(event.type());
		row.add(event.subType());
		row.add(first(attackers));
		row.add(rest(attackers));
		row.add(inter1);
		row.add(first(others));
		row.add(rest(others));
		row.add(inter2);
		row.add((inter1 != null && inter2 != null) ? inter1 + "-" + inter2 : (inter1 != null) ? inter1 : null);
		row.add("Violence against civilians".equals(event.type()) ? "Civilian targeting" : null);
		row.add((place != null) ? iso3(place.country()) : null);
		row.add(null);
		row.add((place != null) ? place.atLevel(0) : null);
		row.add((place != null) ? place.atLevel(1) : null);
		row.add((place != null) ? place.atLevel(2) : null);
		row.add((place != null) ? place.atLevel(3) : null);
		row.add((place != null) ? place.name() : null);
		row.add((place != null) ? place.latitude() : null);
		row.add((place != null) ? place.longitude() : null);
		row.add(geoPrecision(place));
		row.add(sources(event));
		row.add(null);
		row.add(notes(event, fatalities));
		row.add(fatalities.reported() ? fatalities.low() : 0);
		row.add("status=" + event.status());
		row.add(this.timestamp);
		this.csv.printRecord(row);
	}

	@Override
	public void end() throws IOException {
		this.csv.flush();
	}

	private static @Nullable String first(List<ParticipantRow> actors) {
		return actors.isEmpty() ? null : actors.get(0).name();
	}

	private static @Nullable String rest(List<ParticipantRow> actors) {
		return (actors.size() < 2) ? null
				: actors.stream().skip(1).map(ParticipantRow::name).collect(Collectors.joining("; "));
	}

	/**
	 * ACLED's actor type of the first actor, where our kind tells it: states, their
	 * forces and bodies are "State forces"; an armed group may be a rebel group or a
	 * militia, which the graph does not say, so it stays empty.
	 */
	private static @Nullable String inter(List<ParticipantRow> actors) {
		if (actors.isEmpty()) {
			return null;
		}
		return switch (actors.get(0).kind()) {
			case "State", "MilitaryForce", "GovernmentBody" -> "State forces";
			default -> null;
		};
	}

	static @Nullable Integer timePrecision(@Nullable String precision) {
		if (precision == null) {
			return null;
		}
		return switch (precision) {
			case "DAY" -> 1;
			case "MONTH" -> 2;
			default -> 3;
		};
	}

	private static @Nullable String disorderType(@Nullable String type) {
		if (type == null) {
			return null;
		}
		return switch (type) {
			case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
			case "Protests", "Riots" -> "Demonstrations";
			case "Strategic developments" -> "Strategic developments";
			default -> null;
		};
	}

	/** ISO 3166-1 alpha-3 from the graph's alpha-2 (ACLED's own iso is numeric). */
	private static @Nullable String iso3(@Nullable String alpha2) {
		if (alpha2 == null) {
			return null;
		}
		try {
			return new Locale.Builder().setRegion(alpha2).build().getISO3Country();
		}
		catch (java.util.MissingResourceException | java.util.IllformedLocaleException ex) {
			return null;
		}
	}

	/**
	 * 1: the settlement or facility itself; 2: near a settlement, or a district; 3: a
	 * region, a country or wider.
	 */
	static @Nullable Integer geoPrecision(@Nullable PlaceRow place) {
		if (place == null || place.adminLevel() == null) {
			return null;
		}
		long level = place.adminLevel();
		if (level >= 3) {
			return "near".equals(place.precision()) ? 2 : 1;
		}
		return (level == 2) ? 2 : 3;
	}

	private static @Nullable String sources(EventRow event) {
		String sources = event.evidence()
			.stream()
			.map((e) -> (e.publisher() != null) ? e.publisher() : e.sourceTitle())
			.filter((name) -> name != null)
			.distinct()
			.collect(Collectors.joining("; "));
		return sources.isEmpty() ? null : sources;
	}

	private static String notes(EventRow event, Fatalities fatalities) {
		List<String> parts = new ArrayList<>();
		parts.add((event.summary() != null) ? event.summary() : event.title());
		if (event.places().size() > 1) {
			parts.add("Also at: "
					+ event.places().stream().skip(1).map(PlaceRow::name).collect(Collectors.joining("; ")));
		}
		String note = fatalities.note();
		if (note != null) {
			parts.add(note + " (fatalities column: the lowest)");
		}
		return String.join(" ", parts);
	}

}

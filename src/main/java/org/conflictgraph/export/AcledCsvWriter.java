package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.export.EventRow.ParticipantRow;
import org.conflictgraph.export.EventRow.PlaceRow;

/**
 * Events as an ACLED-style table, one row per event, with ACLED's column names. The
 * mapping and its gaps are in docs/clients.md ("ACLED"): actors come from the attacker
 * (actor1) and target (actor2, else defender) roles, admin levels from the place
 * hierarchy, geo_precision from the level and precision of the place, fatalities are the
 * most conservative figure across claimants (the lowest lower bound their qualifiers
 * allow, see {@link Fatalities}), with every claimant's figure and qualifier in notes.
 */
class AcledCsvWriter extends EventCsvWriter {

	static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
			"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
			"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
			"admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
			"fatalities", "tags", "timestamp");

	private final long timestamp = Instant.now().getEpochSecond();

	AcledCsvWriter(OutputStream out) throws IOException {
		super(out, COLUMNS);
	}

	@Override
	List<@Nullable Object> row(Row row) {
		EventRow event = row.event();
		List<ParticipantRow> attackers = row.sideA();
		List<ParticipantRow> others = row.sideB();
		String inter1 = inter(attackers);
		String inter2 = inter(others);
		PlaceRow place = row.place();
		Fatalities fatalities = row.fatalities();
		List<@Nullable Object> values = new ArrayList<>();
		values.add(event.id());
		values.add(event.date());
		values.add((event.date() != null) ? event.date().getYear() : null);
		values.add(timePrecision(event.datePrecision()));
		values.add(disorderType(event.type()));
		values.add(event.type());
		values.add(event.subType());
		values.add(first(attackers));
		values.add(rest(attackers));
		values.add(inter1);
		values.add(first(others));
		values.add(rest(others));
		values.add(inter2);
		values.add((inter1 != null && inter2 != null) ? inter1 + "-" + inter2 : (inter1 != null) ? inter1 : null);
		values.add("Violence against civilians".equals(event.type()) ? "Civilian targeting" : null);
		values.add((place != null) ? iso3(place.country()) : null);
		values.add(null);
		values.add(row.atLevel(0));
		values.add(row.atLevel(1));
		values.add(row.atLevel(2));
		values.add(row.atLevel(3));
		values.add((place != null) ? place.name() : null);
		values.add((place != null) ? place.latitude() : null);
		values.add((place != null) ? place.longitude() : null);
		values.add(geoPrecision(place));
		values.add(row.sources((e) -> (e.publisher() != null) ? e.publisher() : e.sourceTitle()));
		values.add(null);
		values.add(notes(event, fatalities));
		values.add(fatalities.reported() ? fatalities.low() : 0);
		values.add("status=" + event.status());
		values.add(this.timestamp);
		return values;
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
		return actors.get(0).isState() ? "State forces" : null;
	}

	/** ACLED's time_precision: 1 the day, 2 the month, 3 longer. */
	static @Nullable Integer timePrecision(@Nullable String precision) {
		return precisionCode(precision, 1, 2, 3);
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

	private static String notes(EventRow event, Fatalities fatalities) {
		List<String> parts = new ArrayList<>();
		parts.add((event.summary() != null) ? event.summary() : event.title());
		if (event.places().size() > 1) {
			parts.add("Also at: "
					+ event.places().stream().skip(1).map(PlaceRow::name).collect(Collectors.joining("; ")));
		}
		String note = fatalities.note();
		if (note != null) {
			parts.add(note + " (fatalities column: the most conservative, " + fatalities.low() + " according to "
					+ ((fatalities.lowClaimant() != null) ? fatalities.lowClaimant() : "an unnamed claimant") + ")");
		}
		return String.join(" ", parts);
	}

}

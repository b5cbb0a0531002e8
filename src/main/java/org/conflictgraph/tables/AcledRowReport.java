package org.conflictgraph.tables;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.conflictgraph.graph.Vocabulary;

/**
 * One ACLED-style row as a report: the {@code notes} are the source text and the event's
 * evidence; actors (actor1 and assoc_actor_1 as attackers, actor2 and assoc_actor_2 as
 * targets) and places (location within admin3, admin2, admin1, country) are entities that
 * the pipeline resolves against the graph by name like any report's. What only the table
 * says (who took part, where a place lies, its coordinates) cites the table as a
 * reference source. Fatalities are not imported: a table's figure has no claimant.
 */
final class AcledRowReport {

	static final String TABLE_SOURCE = "source:acled-style-event-table";

	private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private AcledRowReport() {
	}

	/**
	 * The report of a row.
	 * @throws IllegalArgumentException saying what is wrong with the row
	 */
	static ObjectNode of(CSVRecord row) {
		String eventKey = required(row, "event_id_cnty");
		String notes = required(row, "notes");
		LocalDate date = date(required(row, "event_date"));
		String type = required(row, "event_type");
		String subType = required(row, "sub_event_type");
		String eventId = eventKey.matches("event:[a-z0-9][a-z0-9-]*") ? eventKey : "event:" + slug(eventKey);
		ObjectNode report = JSON.objectNode();
		report.put("formatVersion", 1);
		ObjectNode source = report.putObject("source");
		source.put("id", "source:table-" + slug(eventKey));
		source.put("kind", "NewsAgencyReport");
		source.put("title", "Event table row " + eventKey + " (notes)");
		source.put("published", published(row, date).toString());
		source.put("language", "en");
		source.put("text", notes);
		ArrayNode references = report.putArray("references");
		ObjectNode table = references.addObject();
		table.put("id", TABLE_SOURCE);
		table.put("kind", "Reference");
		table.put("title", "ACLED-style event table (imported)");
		ArrayNode entities = report.putArray("entities");
		ArrayNode relations = report.putArray("relations");
		report.putArray("claims");
		ArrayNode events = report.putArray("events");
		ObjectNode event = events.addObject();
		event.put("id", eventId);
		event.put("title", subType + (optional(row, "location") != null ? " in " + optional(row, "location") : ""));
		event.put("date", date.toString());
		event.put("datePrecision", datePrecision(optional(row, "time_precision")));
		event.put("type", type);
		event.put("subType", subType);
		event.put("status", status(optional(row, "tags")));
		event.put("summary", notes);
		event.putArray("evidence").addObject().put("quote", notes);
		Map<String, ObjectNode> defined = new LinkedHashMap<>();
		actors(row, "actor1", "assoc_actor_1", "inter1", "attacker", eventId, defined, relations);
		actors(row, "actor2", "assoc_actor_2", "inter2", "target", eventId, defined, relations);
		String placeId = places(row, defined, relations);
		if (placeId != null) {
			ObjectNode occurred = relations.addObject();
			occurred.put("type", "OCCURRED_IN");
			occurred.put("from", eventId);
			occurred.put("to", placeId);
			occurred.putObject("properties")
				.put("precision", "2".equals(optional(row, "geo_precision")) ? "near" : "in");
			reference(occurred, "location of the row");
		}
		defined.values().forEach(entities::add);
		return report;
	}

	private static void actors(CSVRecord row, String main, String associated, String inter, String role, String eventId,
			Map<String, ObjectNode> defined, ArrayNode relations) {
		List<String> names = new ArrayList<>();
		String first = optional(row, main);
		if (first != null) {
			names.add(first);
		}
		String others = optional(row, associated);
		if (others != null) {
			for (String name : others.split(";")) {
				if (!name.isBlank()) {
					names.add(name.trim());
				}
			}
		}
		String kind = "State forces".equals(optional(row, inter)) ? "MilitaryForce" : "ArmedGroup";
		for (String name : names) {
			String prefix = kind.equals("MilitaryForce") ? "military-force:" : "armed-group:";
			String id = prefix + slug(name);
			defined.computeIfAbsent(id,
					(key) -> entity(key, kind, name, null, "named in " + main + " or " + associated));
			ObjectNode participation = relations.addObject();
			participation.put("type", "PARTICIPATED_IN");
			participation.put("from", id);
			participation.put("to", eventId);
			participation.put("key", role);
			participation.putObject("properties").put("role", role);
			reference(participation, "column " + main + " or " + associated);
		}
	}

	/** The places of the row, each within the next; returns the id of the location. */
	private static @Nullable String places(CSVRecord row, Map<String, ObjectNode> defined, ArrayNode relations) {
		record Level(String column, String kind, String prefix, int adminLevel) {
		}
		List<Level> levels = List.of(new Level("country", "Country", "country:", 0),
				new Level("admin1", "Region", "region:", 1), new Level("admin2", "District", "district:", 2),
				new Level("admin3", "Settlement", "settlement:", 3));
		String countryCode = alpha2(optional(row, "iso"));
		String location = optional(row, "location");
		String above = null;
		String locationId = null;
		for (Level level : levels) {
			String name = optional(row, level.column());
			if (name == null) {
				continue;
			}
			String id = level.prefix() + slug(name);
			ObjectNode place = defined.computeIfAbsent(id,
					(key) -> entity(key, level.kind(), name, null, "column " + level.column()));
			ObjectNode properties = place.withObjectProperty("properties");
			properties.put("adminLevel", level.adminLevel());
			if (countryCode != null) {
				properties.put("countryCode", countryCode);
			}
			if (above != null) {
				located(relations, id, above);
			}
			above = id;
			if (name.equals(location)) {
				locationId = id;
			}
		}
		if (location != null && locationId == null) {
			locationId = "settlement:" + slug(location);
			ObjectNode place = defined.computeIfAbsent(locationId,
					(key) -> entity(key, "Settlement", location, null, "column location"));
			place.withObjectProperty("properties").put("adminLevel", 3);
			if (countryCode != null) {
				place.withObjectProperty("properties").put("countryCode", countryCode);
			}
			if (above != null) {
				located(relations, locationId, above);
			}
		}
		if (locationId != null) {
			Double latitude = decimal(row, "latitude");
			Double longitude = decimal(row, "longitude");
			if (latitude != null && longitude != null) {
				ObjectNode properties = defined.get(locationId).withObjectProperty("properties");
				ObjectNode point = properties.putObject("location");
				point.put("latitude", latitude);
				point.put("longitude", longitude);
				properties.put("locationPrecision", "event table, geo_precision "
						+ (optional(row, "geo_precision") != null ? optional(row, "geo_precision") : "not given"));
			}
		}
		return locationId;
	}

	private static void located(ArrayNode relations, String from, String to) {
		ObjectNode relation = relations.addObject();
		relation.put("type", "LOCATED_IN");
		relation.put("from", from);
		relation.put("to", to);
		reference(relation, "admin columns of the row");
	}

	private static ObjectNode entity(String id, String kind, String name, @Nullable String description, String note) {
		ObjectNode entity = JSON.objectNode();
		entity.put("id", id);
		entity.put("kind", kind);
		entity.put("name", name);
		if (description != null) {
			entity.put("description", description);
		}
		reference(entity, note);
		return entity;
	}

	private static void reference(ObjectNode node, String note) {
		ObjectNode reference = node.putObject("reference");
		reference.put("source", TABLE_SOURCE);
		reference.put("note", note);
	}

	private static String required(CSVRecord row, String column) {
		String value = optional(row, column);
		if (value == null) {
			throw new IllegalArgumentException(column + " is empty");
		}
		return value;
	}

	static @Nullable String optional(CSVRecord row, String column) {
		if (!row.isMapped(column) || !row.isSet(column)) {
			return null;
		}
		String value = row.get(column).trim();
		return value.isEmpty() ? null : value;
	}

	private static @Nullable Double decimal(CSVRecord row, String column) {
		String value = optional(row, column);
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(column + " is not a number: " + value);
		}
	}

	/** ISO dates (2024-03-12) and ACLED's own (12 March 2024). */
	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(text, ACLED_DATE);
			}
			catch (DateTimeParseException again) {
				throw new IllegalArgumentException("event_date is not a date (2024-03-12 or 12 March 2024): " + text);
			}
		}
	}

	/** The publication date: the row's timestamp when it is not before the event. */
	private static LocalDate published(CSVRecord row, LocalDate date) {
		String timestamp = optional(row, "timestamp");
		if (timestamp != null && timestamp.matches("\\d{1,12}")) {
			LocalDate stamped = Instant.ofEpochSecond(Long.parseLong(timestamp)).atZone(ZoneOffset.UTC).toLocalDate();
			if (!stamped.isBefore(date)) {
				return stamped;
			}
		}
		return date;
	}

	private static String datePrecision(@Nullable String precision) {
		if (precision == null) {
			return Vocabulary.DAY_PRECISION;
		}
		return switch (precision) {
			case "1" -> Vocabulary.DAY_PRECISION;
			case "2" -> Vocabulary.MONTH_PRECISION;
			case "3" -> Vocabulary.YEAR_PRECISION;
			default -> throw new IllegalArgumentException("time_precision must be 1, 2 or 3: " + precision);
		};
	}

	private static String status(@Nullable String tags) {
		if (tags != null) {
			for (String tag : tags.split(";")) {
				String trimmed = tag.trim();
				if (trimmed.startsWith("status=")) {
					return trimmed.substring("status=".length());
				}
			}
		}
		return "REPORTED";
	}

	/** ISO alpha-2 from alpha-3 (as our export writes) or alpha-2. */
	private static @Nullable String alpha2(@Nullable String iso) {
		if (iso == null) {
			return null;
		}
		if (iso.length() == 2) {
			return iso.toUpperCase(Locale.ROOT);
		}
		for (String code : Locale.getISOCountries()) {
			if (new Locale.Builder().setRegion(code).build().getISO3Country().equalsIgnoreCase(iso)) {
				return code;
			}
		}
		return null;
	}

	/** A name as the last part of one of our ids: lower-case ASCII words joined by -. */
	static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.isEmpty()) {
			throw new IllegalArgumentException("cannot make an id from: " + text);
		}
		return slug;
	}

}

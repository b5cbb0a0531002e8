package org.conflictgraph.export;

import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.export.EventRow.ParticipantRow;
import org.conflictgraph.export.EventRow.PlaceRow;

/**
 * RFC 7946 GeoJSON FeatureCollections for QGIS and web maps: events as Points at the
 * place they occurred in (a MultiPoint when they occurred in several), places as Points.
 * Coordinates are WGS-84 longitude, latitude; features without coordinates have a null
 * geometry, as RFC 7946 allows. Streamed with a generator.
 */
class GeoJsonWriter implements EventTableWriter, PlaceWriter {

	private final JsonGenerator json;

	GeoJsonWriter(JsonMapper mapper, OutputStream out) {
		this.json = mapper.createGenerator(out);
	}

	@Override
	public void begin() {
		this.json.writeStartObject();
		this.json.writeStringProperty("type", "FeatureCollection");
		this.json.writeArrayPropertyStart("features");
	}

	@Override
	public void event(EventRow event) {
		List<PlaceRow> located = event.places()
			.stream()
			.filter((p) -> p.latitude() != null && p.longitude() != null)
			.toList();
		this.json.writeStartObject();
		this.json.writeStringProperty("type", "Feature");
		this.json.writeStringProperty("id", event.id());
		this.json.writeName("geometry");
		if (located.isEmpty()) {
			this.json.writeNull();
		}
		else if (located.size() == 1) {
			point(located.get(0));
		}
		else {
			this.json.writeStartObject();
			this.json.writeStringProperty("type", "MultiPoint");
			this.json.writeArrayPropertyStart("coordinates");
			located.forEach(this::position);
			this.json.writeEndArray();
			this.json.writeEndObject();
		}
		this.json.writeObjectPropertyStart("properties");
		string("title", event.title());
		string("date", (event.date() != null) ? event.date().toString() : null);
		string("datePrecision", event.datePrecision());
		string("type", event.type());
		string("subType", event.subType());
		string("status", event.status());
		Fatalities fatalities = Fatalities.of(event);
		if (fatalities.low() != null) {
			this.json.writeNumberProperty("fatalitiesLow", fatalities.low());
			this.json.writeNumberProperty("fatalitiesHigh", fatalities.high());
		}
		string("fatalitiesNote", fatalities.note());
		strings("placeIds", event.places().stream().map(PlaceRow::id).toList());
		strings("places", event.places().stream().map(PlaceRow::name).toList());
		strings("attackers", event.withRole("attacker").stream().map(ParticipantRow::name).toList());
		strings("targets", event.withRole("target").stream().map(ParticipantRow::name).toList());
		this.json.writeEndObject();
		this.json.writeEndObject();
	}

	@Override
	public void place(PlaceRow place) {
		this.json.writeStartObject();
		this.json.writeStringProperty("type", "Feature");
		this.json.writeStringProperty("id", place.id());
		this.json.writeName("geometry");
		if (place.latitude() == null || place.longitude() == null) {
			this.json.writeNull();
		}
		else {
			point(place);
		}
		this.json.writeObjectPropertyStart("properties");
		string("name", place.name());
		string("kind", place.kind());
		if (place.adminLevel() != null) {
			this.json.writeNumberProperty("adminLevel", place.adminLevel());
		}
		string("countryCode", place.country());
		string("locationPrecision", place.locationPrecision());
		strings("within", place.above().stream().map(EventRow.Ancestor::name).toList());
		this.json.writeEndObject();
		this.json.writeEndObject();
	}

	private void point(PlaceRow place) {
		this.json.writeStartObject();
		this.json.writeStringProperty("type", "Point");
		this.json.writeName("coordinates");
		position(place);
		this.json.writeEndObject();
	}

	private void position(PlaceRow place) {
		this.json.writeStartArray();
		this.json.writeNumber(java.util.Objects.requireNonNull(place.longitude()));
		this.json.writeNumber(java.util.Objects.requireNonNull(place.latitude()));
		this.json.writeEndArray();
	}

	private void string(String name, @Nullable String value) {
		if (value != null) {
			this.json.writeStringProperty(name, value);
		}
	}

	private void strings(String name, List<String> values) {
		this.json.writeArrayPropertyStart(name);
		values.forEach(this.json::writeString);
		this.json.writeEndArray();
	}

	@Override
	public void end() {
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.flush();
	}

}

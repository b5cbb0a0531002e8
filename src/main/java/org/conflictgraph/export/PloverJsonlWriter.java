package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.export.EventRow.EvidenceRow;
import org.conflictgraph.export.EventRow.ParticipantRow;
import org.conflictgraph.export.EventRow.PlaceRow;

/**
 * Events as JSON Lines after PLOVER (the Political Language Ontology for Verifiable Event
 * Records): one object per line with the PLOVER event type, mode and context, the source
 * and target actors, the location, and {@code event_text} with the offsets of each quote
 * into its source's stored text. The mapping from ACLED types is in docs/clients.md.
 */
class PloverJsonlWriter implements EventTableWriter {

	private final JsonMapper json;

	private final OutputStream out;

	PloverJsonlWriter(JsonMapper json, OutputStream out) {
		this.json = json;
		this.out = out;
	}

	@Override
	public void begin() {
	}

	@Override
	public void event(EventRow event) throws IOException {
		Plover plover = Plover.of(event.type(), event.subType());
		PlaceRow place = event.place();
		Fatalities fatalities = Fatalities.of(event);
		PloverEvent line = new PloverEvent(event.id(), event.date(), event.datePrecision(), plover.type(),
				plover.mode(), plover.context(), actors(event.attackers()), actors(event.opponents()),
				(place != null) ? new Location(place.id(), place.name(), place.country(), place.latitude(),
						place.longitude(), place.locationPrecision()) : null,
				fatalities.low(), event.status(), event.title(),
				String.join(" … ", event.evidence().stream().map(EvidenceRow::quote).toList()),
				event.evidence()
					.stream()
					.map((e) -> new TextOffset(e.sourceId(), e.start(), e.end(), e.quote()))
					.toList(),
				event.type(), event.subType());
		this.out.write(this.json.writeValueAsBytes(line));
		this.out.write('\n');
	}

	@Override
	public void end() throws IOException {
		this.out.flush();
	}

	private static List<Actor> actors(List<ParticipantRow> participants) {
		return participants.stream().map((p) -> new Actor(p.id(), p.name(), p.kind())).toList();
	}

	/** A PLOVER type, mode and context for an ACLED type and sub-type. */
	record Plover(@Nullable String type, @Nullable String mode, List<String> context) {

		static Plover of(@Nullable String type, @Nullable String subType) {
			String sub = (subType != null) ? subType : "";
			return switch ((type != null) ? type : "") {
				case "Battles" -> new Plover("FIGHT", null, List.of("military"));
				case "Explosions/Remote violence" -> switch (sub) {
					case "Air/drone strike" -> new Plover("FIGHT", "aerial", List.of("military"));
					case "Shelling/artillery/missile attack" -> new Plover("FIGHT", "artillery", List.of("military"));
					default -> new Plover("FIGHT", "explosives", List.of("military"));
				};
				case "Violence against civilians" -> new Plover("ASSAULT", null, List.of("human_rights"));
				case "Protests" -> new Plover("PROTEST", null, List.of());
				case "Riots" -> new Plover("PROTEST", "riot", List.of());
				case "Strategic developments" -> switch (sub) {
					case "Agreement" -> new Plover("AGREE", null, List.of());
					case "Arrests" -> new Plover("COERCE", "arrest", List.of());
					case "Disrupted weapons use" -> new Plover("FIGHT", "aerial", List.of("military"));
					default -> new Plover(null, null, List.of());
				};
				default -> new Plover(null, null, List.of());
			};
		}

	}

	record PloverEvent(@JsonProperty("event_id") String eventId, @JsonProperty("event_date") @Nullable LocalDate date,
			@JsonProperty("date_precision") @Nullable String datePrecision,
			@JsonProperty("event_type") @Nullable String eventType, @JsonProperty("mode") @Nullable String mode,
			@JsonProperty("context") List<String> context, @JsonProperty("source_actors") List<Actor> sourceActors,
			@JsonProperty("target_actors") List<Actor> targetActors,
			@JsonProperty("location") @Nullable Location location,
			@JsonProperty("fatalities") @Nullable Long fatalities, @JsonProperty("status") @Nullable String status,
			@JsonProperty("title") String title, @JsonProperty("event_text") String eventText,
			@JsonProperty("text_offsets") List<TextOffset> textOffsets,
			@JsonProperty("acled_event_type") @Nullable String acledEventType,
			@JsonProperty("acled_sub_event_type") @Nullable String acledSubEventType) {
	}

	record Actor(@JsonProperty("id") String id, @JsonProperty("name") String name, @JsonProperty("kind") String kind) {
	}

	record Location(@JsonProperty("id") String id, @JsonProperty("name") String name,
			@JsonProperty("country_code") @Nullable String countryCode,
			@JsonProperty("latitude") @Nullable Double latitude, @JsonProperty("longitude") @Nullable Double longitude,
			@JsonProperty("precision") @Nullable String precision) {
	}

	/** Where a quote stands in its source's text (Java String indices, end exclusive). */
	record TextOffset(@JsonProperty("source_id") String sourceId, @JsonProperty("start") @Nullable Long start,
			@JsonProperty("end") @Nullable Long end, @JsonProperty("quote") String quote) {
	}

}

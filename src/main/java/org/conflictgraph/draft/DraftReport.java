package org.conflictgraph.draft;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A drafted report in the report format (formatVersion 1, see docs/model.md), each item
 * with a {@code draft} mark saying how sure the rule that proposed it is. The four lists
 * the format requires are written even when empty (a text without any event).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DraftReport(int formatVersion, Source source, List<ReferenceSource> references,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<Entity> entities,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<Event> events,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<Claim> claims,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<Relation> relations, List<Context> context) {

	/** The drafted source with its full text. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Source(String id, String kind, String title, @Nullable String publisher, @Nullable String url,
			String published, String language, String text) {
	}

	/** A background source (the gazetteer, the request's metadata). */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record ReferenceSource(String id, String kind, String title, @Nullable String url, @Nullable String note) {
	}

	/** A verbatim quote with its offset. */
	public record Evidence(String quote, int start) {
	}

	/** Background knowledge from a reference source. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Reference(String source, @Nullable String note) {
	}

	/**
	 * How a draft item came about: the rule's confidence (0..1), the rule's name, and for
	 * entities the existing node it links to.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Mark(double confidence, String rule, @Nullable String existing) {

		static Mark of(double confidence, String rule) {
			return new Mark(Math.round(confidence * 100) / 100.0, rule, null);
		}

	}

	/**
	 * A figure object of the report format: the number with its qualifier as the text
	 * words it ("at least three": {@code AT_LEAST 3}).
	 */
	public record Figure(int value, String qualifier,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable String subject) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Entity(String id, String kind, String name, List<String> aliases, @Nullable String description,
			Map<String, Object> properties, List<Evidence> evidence, @Nullable Reference reference, Mark draft) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Event(String id, String title, String date, String datePrecision, String type, String subType,
			String status, @Nullable String summary, List<Evidence> evidence, Mark draft) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Claim(String id, String claimant, List<String> reportedBy, String kind, String stance,
			String statement, @Nullable String date, List<String> about, Map<String, Figure> figures,
			List<String> contradicts, List<Evidence> evidence, Mark draft) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Relation(String type, String from, String to, @Nullable String key, Map<String, Object> properties,
			List<Evidence> evidence, @Nullable Reference reference, Mark draft) {
	}

	public record Context(String quote, int start, String reason) {
	}

}

package org.conflictgraph.ingest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * One source described as a report document (see {@code docs/model.md} and
 * {@code reports/report.schema.json}): its metadata and text, and every entity, event,
 * claim and relation drawn from it, each with the verbatim quotes that support it.
 *
 * @param formatVersion the report format version, 1
 * @param source the source the report describes
 * @param references background sources (gazetteers) that facts outside the text cite
 * @param entities actors, places and assets
 * @param events events
 * @param claims statements attributed to a claimant
 * @param relations relationships between any of the above
 * @param context spans of the text that state no fact
 */
public record Report(int formatVersion, SourceDescription source, List<SourceDescription> references,
		List<EntityDescription> entities, List<EventDescription> events, List<ClaimDescription> claims,
		List<RelationDescription> relations, List<ContextSpan> context) {

	public Report {
		references = listOf(references);
		entities = listOf(entities);
		events = listOf(events);
		claims = listOf(claims);
		relations = listOf(relations);
		context = listOf(context);
	}

	static <T> List<T> listOf(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	static <K, V> Map<K, V> mapOf(@Nullable Map<K, V> map) {
		return (map != null) ? map : Map.of();
	}

	/**
	 * A source: the reported article itself, or a reference source such as a gazetteer.
	 */
	public record SourceDescription(String id, String kind, @Nullable String title, @Nullable String publisher,
			@Nullable String url, @Nullable String published, @Nullable String language, @Nullable String text,
			@Nullable String note) {
	}

	/**
	 * A verbatim quote of the source text; {@code start} pins it when it occurs more than
	 * once.
	 */
	public record Evidence(String quote, @Nullable Integer start) {
	}

	/**
	 * Background knowledge taken from a reference source rather than the reported text.
	 */
	public record Reference(String source, @Nullable String note) {
	}

	/**
	 * A link the editors inferred, with their confidence and reason.
	 */
	public record Inference(double confidence, String basis) {
	}

	/**
	 * An actor, place or asset.
	 */
	public record EntityDescription(String id, String kind, String name, List<String> aliases,
			@Nullable String description, Map<String, Object> properties, List<Evidence> evidence,
			@Nullable Reference reference) {

		public EntityDescription {
			aliases = listOf(aliases);
			properties = mapOf(properties);
			evidence = listOf(evidence);
		}

	}

	/**
	 * Something that happened, typed with ACLED's taxonomy.
	 */
	public record EventDescription(String id, String title, String date, String datePrecision, String type,
			@Nullable String subType, String status, @Nullable String summary, @Nullable String partOf,
			List<Evidence> evidence, @Nullable Reference reference) {

		public EventDescription {
			evidence = listOf(evidence);
		}

	}

	/**
	 * One statement by one claimant.
	 */
	public record ClaimDescription(String id, String claimant, List<String> reportedBy, String kind, String stance,
			String statement, @Nullable String date, List<String> about, Map<String, FigureDescription> figures,
			List<String> contradicts, List<Evidence> evidence) {

		public ClaimDescription {
			reportedBy = listOf(reportedBy);
			about = listOf(about);
			figures = mapOf(figures);
			contradicts = listOf(contradicts);
			evidence = listOf(evidence);
		}

	}

	/**
	 * One figure of a claim: a plain number in the report (meaning {@code EXACT}, as
	 * older reports have it) or an object with its qualifier, what is counted and the
	 * parts the text names ("two women and one man", "including 10 children").
	 *
	 * @param value the number the text gives
	 * @param qualifier one of {@code Vocabulary.FIGURE_QUALIFIERS}; {@code null} means
	 * {@code EXACT}
	 * @param subject what is counted ("people", "civilians", "students"), where the text
	 * says
	 * @param breakdown parts of the figure the text names
	 */
	public record FigureDescription(@Nullable Long value, @Nullable String qualifier, @Nullable String subject,
			List<FigurePart> breakdown) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public FigureDescription {
			breakdown = listOf(breakdown);
		}

		/** A plain number: an exact figure without subject or breakdown. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static FigureDescription exactly(long value) {
			return new FigureDescription(value, null, null, List.of());
		}

		/** The qualifier, {@code EXACT} when none is given. */
		public String qualifierOrExact() {
			return (this.qualifier != null) ? this.qualifier : "EXACT";
		}

	}

	/**
	 * A part of a figure the text names: "two women", "10 children", "eight crew
	 * members".
	 *
	 * @param qualifier {@code null} means {@code EXACT}
	 */
	public record FigurePart(@Nullable String subject, @Nullable Long value, @Nullable String qualifier) {

		/** The qualifier, {@code EXACT} when none is given. */
		public String qualifierOrExact() {
			return (this.qualifier != null) ? this.qualifier : "EXACT";
		}

	}

	/**
	 * A relationship between two nodes of the report or of the graph.
	 */
	public record RelationDescription(String type, String from, String to, @Nullable String key,
			Map<String, Object> properties, List<Evidence> evidence, @Nullable Reference reference,
			@Nullable Inference inference) {

		public RelationDescription {
			properties = mapOf(properties);
			evidence = listOf(evidence);
		}

	}

	/**
	 * A span of the text that states no fact, such as a section heading.
	 */
	public record ContextSpan(String quote, @Nullable Integer start, @Nullable String reason) {
	}

}

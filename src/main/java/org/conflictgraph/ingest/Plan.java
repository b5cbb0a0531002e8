package org.conflictgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything one report writes, laid out as typed rows, one list per statement of
 * {@link ReportWriter}. Rows become driver parameters only at the writer's boundary.
 *
 * @param sourceId the report's source, recorded in {@code reportIds} of all it writes
 * @param sources the report's source and its reference sources
 * @param mentions the quoted spans
 * @param nodes entities, events and claims
 * @param relations every relationship, provenance edges included
 * @param eventIds events whose derived {@code ATTACKED} edges the report may change
 */
record Plan(String sourceId, List<SourceRow> sources, List<MentionRow> mentions, List<NodeRow> nodes,
		List<RelationRow> relations, List<String> eventIds) {

	/** The same plan with other relationship rows. */
	Plan withRelations(List<RelationRow> relations) {
		return new Plan(this.sourceId, this.sources, this.mentions, this.nodes, List.copyOf(relations), this.eventIds);
	}

	/**
	 * The property values the plan writes (unchanged values count too): a measure of the
	 * work, not of the change.
	 */
	int propertiesWritten() {
		int count = 0;
		for (SourceRow row : this.sources) {
			count += row.properties().size() + 1;
		}
		count += this.mentions.size() * 5;
		for (NodeRow row : this.nodes) {
			count += row.properties().size() + 2 + ((row.name() != null) ? 5 : 0) + ((row.location() != null) ? 1 : 0);
		}
		for (RelationRow row : this.relations) {
			count += row.properties().size() + 5;
		}
		return count;
	}

	/**
	 * A source node: its properties, and the fingerprint when it is the report's source.
	 */
	record SourceRow(String id, Map<String, Object> properties) {

		Map<String, Object> parameters(String reportId) {
			return Map.of("id", this.id, "properties", this.properties, "reportId", reportId);
		}

	}

	/** A quoted span of the source text. */
	record MentionRow(String id, String sourceId, String quote, int start, int end) {

		Map<String, Object> parameters(String reportId) {
			return Map.of("id", this.id, "sourceId", this.sourceId, "quote", this.quote, "start", this.start, "end",
					this.end, "reportId", reportId);
		}

	}

	/**
	 * A node with its labels ({@code Node}, base, kind); entities carry their name, all
	 * names and name keys, others none.
	 */
	record NodeRow(String id, List<String> labels, @Nullable String name, List<String> names, List<String> keys,
			Map<String, Object> properties, @Nullable Location location) {

		static NodeRow plain(String id, List<String> labels, Map<String, Object> properties) {
			return new NodeRow(id, labels, null, List.of(), List.of(), properties, null);
		}

		Map<String, Object> parameters(String reportId) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", this.id);
			row.put("labels", this.labels);
			row.put("name", this.name);
			row.put("names", this.names);
			row.put("keys", this.keys);
			row.put("properties", this.properties);
			row.put("location", (this.location != null)
					? Map.of("latitude", this.location.latitude(), "longitude", this.location.longitude()) : null);
			row.put("reportId", reportId);
			return row;
		}

	}

	/** WGS-84 degrees. */
	record Location(double latitude, double longitude) {
	}

	/**
	 * A relationship with the mentions, sources and reference sources that support it.
	 */
	record RelationRow(String id, String type, String from, String to, Map<String, Object> properties,
			List<String> mentionIds, List<String> sourceIds, List<String> referenceIds) {

		/**
		 * What makes two relationships one: of one type between the same ends, those with
		 * the same role say the same thing, whatever their key; others are one when their
		 * ids are.
		 */
		static String identity(String id, String type, String from, String to, Map<String, Object> properties) {
			return (properties.get("role") instanceof String role) ? type + " " + from + " " + to + " role " + role
					: id;
		}

		String identity() {
			return identity(this.id, this.type, this.from, this.to, this.properties);
		}

		/** The same relationship under another id. */
		RelationRow withId(String id) {
			return new RelationRow(id, this.type, this.from, this.to, this.properties, this.mentionIds, this.sourceIds,
					this.referenceIds);
		}

		Map<String, Object> parameters(String reportId) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", this.id);
			row.put("type", this.type);
			row.put("from", this.from);
			row.put("to", this.to);
			row.put("properties", this.properties);
			row.put("mentionIds", this.mentionIds);
			row.put("sourceIds", this.sourceIds);
			row.put("referenceIds", this.referenceIds);
			// Relationships of one type between the same ends with the same role say the
			// same thing, whatever their key: written onto one.
			row.put("role", (this.properties.get("role") instanceof String role) ? role : null);
			row.put("reportId", reportId);
			return row;
		}

	}

}

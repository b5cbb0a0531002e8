package org.conflictgraph.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conflictgraph.shared.GraphReader;

import org.springframework.stereotype.Component;

/**
 * Reads sources, mentions and the provenance of nodes, always for many ids at once.
 */
@Component
class ProvenanceQueries {

	private final GraphReader graph;

	ProvenanceQueries(GraphReader graph) {
		this.graph = graph;
	}

	/** The first {@code first} mentions of each node, most recent source first. */
	Map<String, List<Mention>> nodeEvidence(List<String> ids, int first) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (n:Node {id: id})
				CALL (n) {
				  MATCH (n)-[:EVIDENCED_BY]->(m:Mention)-[:IN_SOURCE]->(s:Source)
				  RETURN m, s ORDER BY s.published DESC, s.id, m.start LIMIT $first
				}
				RETURN id, %s AS m, %s AS s""".formatted(Mention.PROJECTION, Source.PROJECTION),
				Map.of("ids", ids, "first", first), (record) -> Mention.from(record.get("m"), record.get("s")));
	}

	/** Mentions by id, each with its source. */
	Map<String, Mention> mentions(Collection<String> ids) {
		return this.graph.byId("""
				UNWIND $ids AS id
				MATCH (m:Mention {id: id})-[:IN_SOURCE]->(s:Source)
				RETURN id, %s AS m, %s AS s""".formatted(Mention.PROJECTION, Source.PROJECTION),
				Map.of("ids", List.copyOf(ids)), (record) -> Mention.from(record.get("m"), record.get("s")));
	}

	/** Sources by id, without their text. */
	Map<String, Source> sources(Collection<String> ids) {
		return this.graph.byId("UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN id, " + Source.PROJECTION + " AS s",
				Map.of("ids", List.copyOf(ids)), (record) -> Source.from(record.get("s")));
	}

	Optional<Source> source(String id) {
		return this.graph.one("MATCH (s:Source {id: $id}) RETURN " + Source.PROJECTION + " AS s", Map.of("id", id),
				(record) -> Source.from(record.get("s")));
	}

	/** The reference sources of each node, with the note on each. */
	Map<String, List<Reference>> nodeReferences(Collection<String> ids) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (:Node {id: id})-[r:REFERENCED_IN]->(s:Source)
				RETURN id, s.id AS source, r.note AS note ORDER BY id, source""", Map.of("ids", List.copyOf(ids)),
				(record) -> new Reference(record.get("source").asString(),
						record.get("note").isNull() ? null : record.get("note").asString()));
	}

	/** The stored text of each source; sources without text are absent. */
	Map<String, String> texts(Collection<String> ids) {
		return this.graph.byId(
				"UNWIND $ids AS id MATCH (s:Source {id: id}) WHERE s.text IS NOT NULL RETURN id, s.text AS text",
				Map.of("ids", List.copyOf(ids)), (record) -> record.get("text").asString());
	}

	/** The first {@code first} mentions of each source, in text order. */
	Map<String, List<Mention>> sourceMentions(List<String> ids, int first) {
		return this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (s:Source {id: id})
				CALL (s) {
				  MATCH (m:Mention) WHERE m.sourceId = s.id
				  RETURN m ORDER BY m.start, m.end LIMIT $first
				}
				RETURN id, %s AS m, %s AS s""".formatted(Mention.PROJECTION, Source.PROJECTION),
				Map.of("ids", ids, "first", first), (record) -> Mention.from(record.get("m"), record.get("s")));
	}

}

package org.conflictgraph.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.Cursor;
import org.conflictgraph.shared.GraphReader;
import org.conflictgraph.shared.Keyset;
import org.conflictgraph.shared.ListQuery;
import org.conflictgraph.shared.Statement;

import org.springframework.stereotype.Component;

/** Lists sources a page at a time, and counts what each supports. */
@Component
class SourceQueries {

	/** Reference sources carry no date: they sort before every dated source. */
	private static final String SORT_DATE = "coalesce(s.published, date('0001-01-01'))";

	private final GraphReader graph;

	SourceQueries(GraphReader graph) {
		this.graph = graph;
	}

	Connection<Source> sources(SourceFilter filter, SourceSort sort, int first, @Nullable String after) {
		Keyset keyset = switch (sort) {
			case PUBLISHED_DESC -> new Keyset("source:PUBLISHED_DESC", SORT_DATE, "s.id", true, LocalDate.class);
			case PUBLISHED_ASC -> new Keyset("source:PUBLISHED_ASC", SORT_DATE, "s.id", false, LocalDate.class);
		};
		Cursor cursor = Cursor.decode(after, keyset.name());
		ListQuery query = new ListQuery("s", "MATCH (s:Source)");
		if (filter.publisher() != null) {
			query
				.anchor("MATCH (s:Source)-[:PUBLISHED_BY]->(:Actor {id: $publisher})",
						"MATCH (s)-[:PUBLISHED_BY]->(:Actor {id: $publisher})")
				.parameter("publisher", filter.publisher());
		}
		if (filter.kinds() != null && !filter.kinds().isEmpty()) {
			query.where("s.kind IN $kinds")
				.parameter("kinds", filter.kinds().stream().map(SourceKind::graphName).toList());
		}
		if (filter.from() != null) {
			query.where("s.published >= $from").parameter("from", filter.from());
		}
		if (filter.to() != null) {
			query.where("s.published <= $to").parameter("to", filter.to());
		}
		Statement page = query.page(keyset, cursor, first, Source.projection("s") + " AS source");
		List<Dated> rows = this.graph.list(page.cypher(), page.parameters(),
				(record) -> new Dated(Source.from(record.get("source")), record.get("sortKey").asLocalDate()));
		Statement count = query.count();
		return Connection.of(rows, first, cursor, (row) -> keyset.cursor(row.sortDate(), row.source().id()),
				() -> this.graph.one(count.cypher(), count.parameters(), (record) -> record.get("count").asInt())
					.orElse(0))
			.map(Dated::source);
	}

	/** What each source supports, counted through its mentions and citations. */
	Map<String, SupportCounts> counts(List<String> ids) {
		return this.graph.byId("""
				UNWIND $ids AS id
				MATCH (s:Source {id: id})
				WITH id, s, COLLECT { MATCH (m:Mention {sourceId: id}) RETURN m } AS mentions
				WITH id, s, size(mentions) AS mentionCount,
				     COLLECT { UNWIND mentions AS m MATCH (m)<-[:EVIDENCED_BY]-(n) RETURN DISTINCT n }
				     + COLLECT { MATCH (s)<-[:REFERENCED_IN]-(n) RETURN DISTINCT n } AS supported
				RETURN id, mentionCount,
				       size([n IN supported WHERE n:Claim]) AS claims,
				       size([n IN supported WHERE n:Event]) AS events,
				       size([n IN supported WHERE n:Actor OR n:Place OR n:Asset]) AS entities""", Map.of("ids", ids),
				(record) -> new SupportCounts(record.get("mentionCount").asInt(), record.get("claims").asInt(),
						record.get("events").asInt(), record.get("entities").asInt()));
	}

	private record Dated(Source source, LocalDate sortDate) {
	}

}

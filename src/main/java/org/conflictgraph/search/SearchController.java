package org.conflictgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.conflictgraph.claim.Claim;
import org.conflictgraph.event.Entities;
import org.conflictgraph.shared.Batches;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.shared.FullText;
import org.conflictgraph.shared.GraphQlLimits;
import org.conflictgraph.shared.GraphReader;
import org.conflictgraph.shared.GraphValues;
import org.conflictgraph.shared.NotFoundException;
import org.conflictgraph.source.Mention;
import org.conflictgraph.source.Source;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Finds nodes across kinds: {@code node(id)} for any node, {@code search} over the
 * full-text index {@code entity_search} (names, aliases and event titles, with
 * standard-folding so case and diacritics do not matter).
 */
@Controller
class SearchController {

	/**
	 * The kinds the entity index holds: actors, places and assets by base or kind label,
	 * and events.
	 */
	static final List<NodeKind> SEARCHABLE = java.util.Arrays.stream(NodeKind.values())
		.filter((kind) -> kind.isEntity() || kind == NodeKind.EVENT)
		.toList();

	/**
	 * What every hit's record needs, whatever is selected: an entity's id and name (an
	 * event's title, date, type and status) and its labels, for its kind.
	 */
	static final List<String> HIT_REQUIRED = List.of("id", "name", "title", "date", "type", "status");

	/**
	 * The properties behind each field of {@code Entity} that a hit's projection can be
	 * cut to; a selection with any other field gets every property
	 * ({@link Entities#projection(String)}).
	 */
	static final Map<String, List<String>> HIT_FIELDS = Map.of("__typename", List.of(), "id", List.of(), "name",
			List.of(), "kind", List.of(), "aliases", List.of("aliases"));

	/** How many best matches a search with kinds looks at. */
	static final int CANDIDATES_WITH_KINDS = 500;

	private final GraphReader graph;

	private final GraphQlLimits limits;

	SearchController(GraphReader graph, GraphQlLimits limits) {
		this.graph = graph;
		this.limits = limits;
	}

	@QueryMapping
	Object node(@Argument String id) {
		return this.graph.one("""
				MATCH (n:Node {id: $id})
				OPTIONAL MATCH (n)-[:IN_SOURCE]->(ms:Source)
				RETURN CASE WHEN n:Source THEN null ELSE %s END AS node,
				       CASE WHEN n:Source THEN %s END AS source,
				       %s AS mentionSource""".formatted(projection("n"), Source.projection("n"),
				Source.projection("ms")), Map.of("id", id), (record) -> {
					if (record.get("node").isNull()) {
						return (Object) Source.from(record.get("source"));
					}
					return node(record.get("node"), record.get("mentionSource"));
				})
			.orElseThrow(() -> new NotFoundException("No node with id '" + id + "'"));
	}

	private static Object node(Value node, Value mentionSource) {
		List<String> labels = GraphValues.labels(node);
		if (labels.contains("Claim")) {
			return Claim.from(node);
		}
		if (labels.contains("Mention")) {
			return Mention.from(node, mentionSource);
		}
		return Entities.from(node);
	}

	/**
	 * The properties an entity, a claim or a mention bound to {@code variable} is read
	 * from, with its labels: no bookkeeping lists, no source text.
	 */
	private static String projection(String variable) {
		List<String> more = new ArrayList<>(Claim.PROPERTIES);
		more.addAll(List.of("quote", "start", "end"));
		return Entities.projection(variable, more);
	}

	/**
	 * Ranks an exact phrase highest, then the words, then words spelled within one edit
	 * (transliteration variants such as Nekhoteyevka and Nekhoteevka). With
	 * {@code prefix}, names that have all the words, the last one possibly unfinished,
	 * match too: what a person has typed so far.
	 */
	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable List<String> kinds,
			@Argument @Nullable Integer first, @Argument @Nullable Double minScore, @Argument @Nullable Boolean prefix,
			DataFetchingFieldSelectionSet selection) {
		String query = FullText.rankedQuery(text);
		if (Boolean.TRUE.equals(prefix)) {
			query += " OR (" + FullText.typedSoFar(text) + ")";
		}
		List<String> labels = (kinds != null && !kinds.isEmpty()) ? NodeKind.parse(kinds, "kinds", SEARCHABLE) : null;
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("query", query);
		parameters.put("first", this.limits.pageSize(first));
		parameters.put("minScore", (minScore != null) ? minScore : 0.0);
		parameters.put("labels", labels);
		// Lucene collects only the best candidates instead of scoring every node that
		// shares a common word ("Oblast"); with kinds, more candidates are read so that
		// enough of the wanted kinds remain.
		parameters.put("candidates", (labels == null) ? (int) parameters.get("first") : CANDIDATES_WITH_KINDS);
		return this.graph.list(
				"""
						CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
						WHERE score >= $minScore AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
						RETURN %s AS node, score ORDER BY score DESC, node.id LIMIT $first"""
					.formatted(hitProjection("node", selection)),
				parameters,
				(record) -> new SearchHit(Entities.from(record.get("node")), record.get("score").asDouble()));
	}

	/**
	 * The projection of a hit's entity: only the properties its selected fields read when
	 * they are all {@link #HIT_FIELDS} (a search box asks for the id, the name and the
	 * kind), else every property an entity record reads.
	 */
	static String hitProjection(String variable, DataFetchingFieldSelectionSet selection) {
		java.util.Set<String> properties = new java.util.LinkedHashSet<>(HIT_REQUIRED);
		for (SelectedField field : selection.getFields("entity/*")) {
			List<String> read = HIT_FIELDS.get(field.getName());
			if (read == null) {
				return Entities.projection(variable);
			}
			properties.addAll(read);
		}
		return Entities.only(variable, properties);
	}

	@BatchMapping(typeName = "Mention")
	Map<Mention, List<Object>> supports(List<Mention> mentions) {
		Map<String, List<Object>> found = this.graph.grouped("""
				UNWIND $ids AS id
				MATCH (:Mention {id: id})<-[:EVIDENCED_BY]-(n)
				RETURN id, %s AS n ORDER BY id, n.id""".formatted(projection("n")),
				Map.of("ids", Batches.ids(mentions, Mention::id)),
				(record) -> node(record.get("n"), org.neo4j.driver.Values.NULL));
		return Batches.lists(mentions, Mention::id, found);
	}

}

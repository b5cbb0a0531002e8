package org.conflictgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Node;

import org.conflictgraph.claim.Claim;
import org.conflictgraph.shared.FullText;
import org.conflictgraph.shared.GraphQlLimits;
import org.conflictgraph.shared.GraphReader;
import org.conflictgraph.source.Mention;
import org.conflictgraph.source.Source;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Full-text search over what was said ({@code searchStatements}): claim statements and
 * mention quotes, in the index {@code statement_search}. Each hit says which claim or
 * mention matched and where the words occur in it.
 */
@Controller
class StatementSearchController {

	private final GraphReader graph;

	private final GraphQlLimits limits;

	StatementSearchController(GraphReader graph, GraphQlLimits limits) {
		this.graph = graph;
		this.limits = limits;
	}

	@QueryMapping
	List<StatementHit> searchStatements(@Argument String text, @Argument @Nullable List<StatementField> in,
			@Argument @Nullable Integer first) {
		String query = FullText.rankedQuery(text);
		// The words again, to find where they occur in each hit.
		List<String> words = FullText.words(text);
		List<String> labels = new ArrayList<>();
		if (in == null || in.isEmpty() || in.contains(StatementField.STATEMENT)) {
			labels.add("Claim");
		}
		if (in == null || in.isEmpty() || in.contains(StatementField.QUOTE)) {
			labels.add("Mention");
		}
		int size = this.limits.pageSize(first);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("query", query);
		parameters.put("first", size);
		parameters.put("labels", labels);
		// Read a few more candidates when one label is left out, so that enough remain.
		parameters.put("candidates", (labels.size() == 2) ? size : Math.max(size * 5, 100));
		return this.graph.list("""
				CALL db.index.fulltext.queryNodes('statement_search', $query, {limit: $candidates}) YIELD node, score
				WHERE any(label IN labels(node) WHERE label IN $labels)
				OPTIONAL MATCH (node:Mention)-[:IN_SOURCE]->(s:Source)
				RETURN node, score, %s AS source
				ORDER BY score DESC, node.id LIMIT $first""".formatted(Source.PROJECTION), parameters, (record) -> {
			Node node = record.get("node").asNode();
			double score = record.get("score").asDouble();
			if (node.hasLabel("Claim")) {
				Claim claim = Claim.from(node);
				return StatementHit.ofClaim(claim, claim.statement(), TextMatches.spans(claim.statement(), words),
						score);
			}
			Mention mention = Mention.from(node, record.get("source"));
			return StatementHit.ofMention(mention, TextMatches.spans(mention.quote(), words), score);
		});
	}

}

package org.conflictgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.graph.NodeKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolution by name looks many name keys up in few full-text queries: it must find
 * exactly the nodes that hold each key, however many keys a batch brings.
 */
@IntegrationTest
class NameKeyLookupIntegrationTests {

	@Autowired
	ReportWriter writer;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void everyKnownKeyAmongHundredsOfNewOnesFindsTheNodesThatHoldIt() {
		Map<String, Map<String, NodeKind>> expected = new HashMap<>();
		this.neo4j.query("""
				MATCH (n:Actor|Place|Asset) UNWIND n.nameKeys AS key
				RETURN key, n.id AS id, labels(n) AS labels""").fetch().all().forEach((row) -> {
			NodeKind kind = NodeKind.of(ReportWriter.labelsOf(row.get("labels")));
			expected.computeIfAbsent((String) row.get("key"), (key) -> new HashMap<>())
				.put((String) row.get("id"), kind);
		});
		assertThat(expected).hasSizeGreaterThan(10);
		// The seed's keys spread among 700 keys nobody holds, so that they fall into
		// several queries.
		List<String> keys = new ArrayList<>();
		int known = 0;
		for (String key : expected.keySet()) {
			keys.add(key);
			for (int i = 0; i < 25; i++) {
				keys.add("nosuchname" + known + "x" + i);
			}
			known++;
		}

		assertThat(this.writer.nodesByNameKey(keys)).isEqualTo(expected);
	}

	@Test
	void aKeyThatLooksLikeQuerySyntaxFindsNothingAndBreaksNothing() {
		String seedKey = this.neo4j
			.query("MATCH (a:Actor) WHERE size(a.nameKeys) > 0 RETURN a.nameKeys[0] AS key LIMIT 1")
			.fetchAs(String.class)
			.one()
			.orElseThrow();

		Map<String, Map<String, NodeKind>> found = this.writer
			.nodesByNameKey(List.of("*", "name:x", "a OR b", "(c", "\"d", seedKey + "~", seedKey));

		assertThat(found).containsOnlyKeys(seedKey);
	}

}

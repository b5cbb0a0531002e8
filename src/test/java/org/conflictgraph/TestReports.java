package org.conflictgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Test reports (src/test/resources/reports/test) and a safety net that removes what they
 * wrote, in case a test failed before it could retract them: nodes and sources with test
 * ids, the reports' mentions, and the reports' support of facts of other sources (a fact
 * left without support is removed).
 */
public final class TestReports {

	public static final String SECOND = "reports/test/second-report.json";

	public static final String INCURSION = "reports/test/belgorod-incursion-2023.json";

	public static final String MERGE = "reports/test/merge-report.json";

	public static final String RETRACT = "reports/test/retract-report.json";

	private static final JsonMapper json = JsonMapper.builder().build();

	private TestReports() {
	}

	public static byte[] bytes(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Map<String, Object> map(String path) {
		return json.readValue(bytes(path), new TypeReference<Map<String, Object>>() {
		});
	}

	public static String text(String path) {
		return new String(bytes(path), java.nio.charset.StandardCharsets.UTF_8);
	}

	/** A list value of a query result as strings. */
	public static List<String> strings(Object value) {
		return ((List<?>) value).stream().map(String::valueOf).toList();
	}

	/** Removes what the given test sources wrote; a no-op when they are gone. */
	public static void scrub(Neo4jClient neo4j, List<String> sourceIds) {
		Map<String, Object> sources = Map.of("sources", sourceIds);
		neo4j.query("""
				MATCH (n:Node) WHERE n.id CONTAINS ':test-'
				  AND (any(s IN $sources WHERE s IN coalesce(n.reportIds, [])) OR n.id IN $sources
				       OR n.sourceId IN $sources)
				DETACH DELETE n""").bindAll(sources).run();
		neo4j.query("""
				MATCH ()-[r]->()
				WHERE any(s IN $sources WHERE s IN coalesce(r.sourceIds, []) OR s IN coalesce(r.reportIds, []))
				SET r.sourceIds = [x IN coalesce(r.sourceIds, []) WHERE NOT x IN $sources],
				    r.reportIds = [x IN coalesce(r.reportIds, []) WHERE NOT x IN $sources],
				    r.mentionIds = [x IN coalesce(r.mentionIds, [])
				                    WHERE NOT any(s IN $sources WHERE x STARTS WITH 'mention:' + substring(s, 7) + ':')]
				WITH r WHERE size(r.sourceIds) = 0
				DELETE r""").bindAll(sources).run();
		neo4j.query("""
				MATCH (n:Node) WHERE any(s IN $sources WHERE s IN coalesce(n.reportIds, []))
				SET n.reportIds = [x IN n.reportIds WHERE NOT x IN $sources]""").bindAll(sources).run();
	}

}

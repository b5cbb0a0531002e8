package org.conflictgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.ingest.SentenceCoverage.Line;
import org.conflictgraph.ingest.SentenceCoverage.Span;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentence coverage report of the seed article, computed from the stored graph: every
 * sentence maps to the facts derived from it or is marked as context. The report is
 * written to {@code target/sentence-coverage.md}.
 */
@IntegrationTest
class SentenceCoverageIntegrationTests {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ReportReader reader;

	@Test
	void everySentenceOfTheSeedArticleIsCoveredByFactsOrMarkedAsContext() throws IOException {
		Report report;
		try (InputStream in = new ClassPathResource(ReportIngesterIntegrationTests.SEED).getInputStream()) {
			report = this.reader.read(in.readAllBytes());
		}
		String sourceId = report.source().id();
		String text = this.neo4j.query("MATCH (s:Source {id: $id}) RETURN s.text")
			.bind(sourceId)
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		Map<Span, List<String>> mentions = new HashMap<>();
		this.neo4j
			.query("""
						MATCH (m:Mention {sourceId: $id})
						OPTIONAL MATCH (n:Node)-[:EVIDENCED_BY]->(m)
						WITH m, collect(n.id) AS nodes
						OPTIONAL MATCH (:Node)-[r]->(:Node) WHERE m.id IN r.mentionIds AND NOT type(r) IN ['EVIDENCED_BY', 'IN_SOURCE']
						WITH m, nodes, collect(type(r) + ' ' + r.id) AS relationships
					RETURN m.start AS start, m.end AS end, nodes + relationships AS facts""")
			.bind(sourceId)
			.to("id")
			.fetch()
			.all()
			.forEach((row) -> mentions.put(
					new Span(((Number) row.get("start")).intValue(), ((Number) row.get("end")).intValue()),
					((List<?>) row.get("facts")).stream().map(String::valueOf).toList()));
		List<Span> context = new ArrayList<>();
		for (Report.ContextSpan span : report.context()) {
			int start = (span.start() != null) ? span.start() : text.indexOf(span.quote());
			context.add(new Span(start, start + span.quote().length()));
		}

		List<Line> lines = SentenceCoverage.cover(text, mentions, context);
		writeReport(lines);

		assertThat(lines).hasSizeGreaterThan(30);
		assertThat(lines).filteredOn((line) -> !line.covered()).extracting((line) -> line.sentence().text()).isEmpty();
		assertThat(lines).filteredOn(Line::context)
			.extracting((line) -> line.sentence().text())
			.containsExactly("Drone strikes", "Russian military plane crashes");
	}

	private static void writeReport(List<Line> lines) throws IOException {
		StringBuilder out = new StringBuilder("# Sentence coverage of the seed article\n\n");
		long factual = lines.stream().filter((line) -> !line.context()).count();
		long covered = lines.stream().filter((line) -> !line.context() && !line.facts().isEmpty()).count();
		out.append(covered)
			.append(" of ")
			.append(factual)
			.append(" factual sentences covered; ")
			.append(lines.size() - factual)
			.append(" marked as context.\n\n");
		for (Line line : lines) {
			out.append("- ").append(line.sentence().text()).append("\n  ");
			out.append(line.context() ? "context" : line.facts().size() + " facts: " + String.join(", ", line.facts()));
			out.append("\n");
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/sentence-coverage.md"), out);
	}

}

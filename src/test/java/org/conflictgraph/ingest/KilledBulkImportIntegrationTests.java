package org.conflictgraph.ingest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.conflictgraph.ConflictGraphApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk import killed half-way ({@code kill -9}, no shutdown hook, no chance to clean
 * up) leaves every report wholly in the graph or wholly out of it: after a restart on the
 * same data directory, each report has all its nodes, mentions and relationships, or
 * none. The import runs as {@code java ... ingest} in a process of its own, as a user
 * runs it.
 */
class KilledBulkImportIntegrationTests {

	static final int REPORTS = 300;

	private static final Pattern PROGRESS = Pattern.compile("Ingest progress: \\d+% of \\d+ bytes, (\\d+) reports");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path directory;

	@Test
	void everyReportIsWhollyInOrWhollyOutAfterTheImportIsKilled() throws Exception {
		Path data = this.directory.resolve("neo4j");
		Path input = this.directory.resolve("reports.ndjson");
		List<String> reports = SyntheticReports.generate(0, REPORTS);
		Files.write(input, reports, StandardCharsets.UTF_8);

		// The test's class path, each entry once (a scan for migrations would find a
		// directory listed twice twice).
		Set<String> entries = new java.util.LinkedHashSet<>();
		for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
			.split(java.io.File.pathSeparator)) {
			if (!entry.isBlank()) {
				entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
			}
		}
		String classpath = String.join(java.io.File.pathSeparator, entries);
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", classpath, ConflictGraphApplication.class.getName(), "ingest", "--batch-size=10",
				"--conflictgraph.embedded.data-directory=" + data, "--conflictgraph.embedded.bolt-port=0",
				"--conflictgraph.embedded.page-cache=32MB", input.toString())
			.redirectErrorStream(true)
			.start();
		// Killed as soon as the log says some reports are in: mid-way, with a batch
		// being written.
		List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
		CompletableFuture<Integer> killedAfter = CompletableFuture.supplyAsync(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					output.add(line);
					Matcher progress = PROGRESS.matcher(line);
					if (progress.find() && Integer.parseInt(progress.group(1)) > 0) {
						process.destroyForcibly();
						return Integer.parseInt(progress.group(1));
					}
				}
				return -1;
			}
			catch (java.io.IOException ex) {
				return -1;
			}
		});
		int reported;
		try {
			reported = killedAfter.get(10, TimeUnit.MINUTES);
		}
		finally {
			process.destroyForcibly();
			process.waitFor(1, TimeUnit.MINUTES);
		}
		assertThat(reported)
			.as(() -> "the import was killed while it ran (class path " + classpath + "); its output ended with:\n"
					+ String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size())))
			.isPositive()
			.isLessThan(REPORTS);

		Set<String> in = new TreeSet<>();
		Set<String> out = new TreeSet<>();
		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ConflictGraphApplication.class)
			.run("--server.port=0", "--spring.main.banner-mode=off", "--spring.neo4j.uri=embedded",
					"--conflictgraph.embedded.data-directory=" + data, "--conflictgraph.embedded.bolt-port=0",
					"--conflictgraph.embedded.page-cache=32MB", "--conflictgraph.seed.enabled=false")) {
			Neo4jClient neo4j = restarted.getBean(Neo4jClient.class);
			for (int r = 0; r < REPORTS; r++) {
				String sourceId = SyntheticReports.sourceId(r);
				Expected expected = Expected.of(JSON.readTree(reports.get(r)));
				Map<String, Object> found = neo4j
					.query("""
							OPTIONAL MATCH (s:Source {id: $source})
							RETURN count(s) AS sources,
							       COUNT { MATCH (n:Node) WHERE $source IN coalesce(n.reportIds, []) } AS nodes,
							       COUNT { MATCH (m:Mention {sourceId: $source}) } AS mentions,
							       COUNT { MATCH (:Node)-[r]->(:Node) WHERE $source IN coalesce(r.reportIds, []) } AS relationships""")
					.bind(sourceId)
					.to("source")
					.fetch()
					.one()
					.orElseThrow();
				long sources = ((Number) found.get("sources")).longValue();
				long nodes = ((Number) found.get("nodes")).longValue();
				long mentions = ((Number) found.get("mentions")).longValue();
				long relationships = ((Number) found.get("relationships")).longValue();
				if (sources == 0) {
					assertThat(List.of(nodes, mentions, relationships)).as(sourceId + " is out, wholly")
						.containsOnly(0L);
					out.add(sourceId);
				}
				else {
					assertThat(nodes).as(sourceId + ": its entities, event, claims and reference source")
						.isEqualTo(expected.nodes());
					assertThat(mentions).as(sourceId + ": its mentions").isEqualTo(expected.mentions());
					assertThat(relationships).as(sourceId + ": its relationships")
						.isGreaterThanOrEqualTo(expected.relationships());
					in.add(sourceId);
				}
			}
		}
		// The kill came after the logged reports were committed, before the last one.
		assertThat(in).hasSizeGreaterThanOrEqualTo(reported);
		assertThat(out).isNotEmpty();
	}

	/**
	 * What one synthetic report puts in the graph when it is in: every entity, event and
	 * claim (each its own node, as the synthetic names and dates never coincide within a
	 * report) and its reference source (the gazetteer), one mention per distinct quote,
	 * and at least every relationship it states and every claim's claimant and subject
	 * edge.
	 */
	record Expected(long nodes, long mentions, long relationships) {

		static Expected of(JsonNode report) {
			long nodes = report.get("entities").size() + report.get("events").size() + report.get("claims").size()
					+ report.get("references").size();
			Set<String> quotes = new TreeSet<>();
			List<JsonNode> items = new ArrayList<>();
			report.get("entities").forEach(items::add);
			report.get("events").forEach(items::add);
			report.get("claims").forEach(items::add);
			report.get("relations").forEach(items::add);
			for (JsonNode item : items) {
				JsonNode evidence = item.get("evidence");
				if (evidence != null) {
					evidence.forEach((quote) -> quotes.add(quote.get("quote").asString()));
				}
			}
			long relationships = report.get("relations").size();
			for (JsonNode claim : report.get("claims")) {
				relationships += 1 + claim.get("about").size();
			}
			return new Expected(nodes, quotes.size(), relationships);
		}

	}

}

package org.conflictgraph.tables;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.conflictgraph.ConflictGraphApplication;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.security.TestKeys;
import org.conflictgraph.tables.AcledTableImport.TableImportSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ACLED round trip: the seed graph exported as /export/acled.csv, then imported into
 * an empty graph (a second service with its own embedded Neo4j and no seed), gives the
 * same events, actors and places. And a table with bad rows: they are listed with their
 * line numbers, the good rows are written.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcledTableImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver seedGraph;

	ConfigurableApplicationContext empty;

	@BeforeAll
	void startAnEmptyGraph(@TempDir Path directory) {
		this.empty = new SpringApplicationBuilder(ConflictGraphApplication.class).main(ConflictGraphApplication.class)
			.profiles("test")
			.run("--server.port=0", "--spring.main.banner-mode=off", "--conflictgraph.seed.enabled=false",
					"--conflictgraph.embedded.data-directory=" + directory.resolve("neo4j"));
	}

	@AfterAll
	void stopTheEmptyGraph() {
		if (this.empty != null) {
			this.empty.close();
		}
	}

	@Test
	void exportThenImportIntoAnEmptyGraphGivesTheSameEventsActorsAndPlaces() throws Exception {
		String csv = get("http://localhost:" + this.port + "/export/acled.csv");
		AcledTableImport imports = this.empty.getBean(AcledTableImport.class);
		Driver target = this.empty.getBean(Driver.class);
		TableImportSummary dryRun = imports.run(new StringReader(csv), true);
		assertThat(dryRun.failures()).isEmpty();
		assertThat(read(target, "MATCH (e:Event) RETURN count(e) AS n").get(0).get("n").asLong()).isZero();
		TableImportSummary summary = imports.run(new StringReader(csv), false);
		assertThat(summary.failures()).isEmpty();
		assertThat(summary.written()).isEqualTo(summary.rows()).isPositive();
		String events = """
				MATCH (e:Event)
				RETURN e.id AS id, toString(e.date) + ' ' + e.datePrecision + ' ' + e.type + ' / ' + e.subType
				       + ' ' + e.status AS event ORDER BY id""";
		assertThat(lines(target, events, "event")).isEqualTo(lines(this.seedGraph, events, "event"))
			.hasSize(summary.rows());
		// Attackers, and targets (else defenders): who the table names for each event.
		String actorsBefore = """
				MATCH (e:Event)
				OPTIONAL MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) WHERE r.role IN ['attacker', 'target']
				   OR (r.role = 'defender' AND NOT EXISTS { (:Actor)-[:PARTICIPATED_IN {role: 'target'}]->(e) })
				WITH e, a ORDER BY a.name
				RETURN e.id AS id, reduce(s = '', n IN collect(a.name) | s + n + '; ') AS actors ORDER BY id""";
		String actorsAfter = """
				MATCH (e:Event)
				OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
				WITH e, a ORDER BY a.name
				RETURN e.id AS id, reduce(s = '', n IN collect(a.name) | s + n + '; ') AS actors ORDER BY id""";
		assertThat(lines(target, actorsAfter, "actors")).isEqualTo(lines(this.seedGraph, actorsBefore, "actors"));
		// The place of each event (the most specific), where it lies and its point.
		String places = """
				MATCH (e:Event)-[:OCCURRED_IN]->(p:Place)
				WITH e, p ORDER BY p.adminLevel DESC, p.id
				WITH e, head(collect(p)) AS p
				RETURN e.id AS id, p.name + ' @' + toString(round(p.location.latitude, 4)) + ','
				       + toString(round(p.location.longitude, 4)) + ' in '
				       + reduce(s = '', q IN COLLECT { MATCH (p)-[:LOCATED_IN]->+(q:Place) RETURN q.name } | s + q + ';')
				       AS place ORDER BY id""";
		assertThat(lines(target, places, "place")).isEqualTo(lines(this.seedGraph, places, "place"));
	}

	@Test
	void badRowsAreListedWithTheirLineNumbersAndGoodRowsAreWritten() throws IOException {
		String csv = """
				event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,notes
				TST1,2024-05-02,1,Battles,Armed clash,Northern Brigade,,Testland,Test Oblast,Testville,50.1,30.2,1,"Fighting near Testville, the brigade said."
				TST2,02/05/2024,1,Battles,Armed clash,Northern Brigade,,Testland,Test Oblast,Testville,50.1,30.2,1,A date in the wrong format.
				TST3,2024-05-03,1,Battles,Armed clash,Northern Brigade,,Testland,Test Oblast,Testville,50.1,30.2,1,
				TST4,2024-05-04,1,Battles,Not an ACLED sub-type,Northern Brigade,,Testland,Test Oblast,Testville,50.1,30.2,1,Shelling.
				""";
		AcledTableImport imports = this.empty.getBean(AcledTableImport.class);
		TableImportSummary summary = imports.run(new StringReader(csv), false);
		assertThat(summary.rows()).isEqualTo(4);
		assertThat(summary.written()).isEqualTo(1);
		assertThat(summary.events()).containsExactly("event:tst1");
		assertThat(summary.failures()).extracting(AcledTableImport.RowOutcome::line).containsExactly(3L, 4L, 5L);
		assertThat(summary.failures().get(0).problems()).singleElement().asString().contains("event_date");
		assertThat(summary.failures().get(1).problems()).singleElement().asString().contains("notes is empty");
		assertThat(summary.failures().get(2).problems()).anySatisfy((p) -> assertThat(p).contains("subType"));
		Driver target = this.empty.getBean(Driver.class);
		List<Record> written = read(target, """
				MATCH (e:Event {id: 'event:tst1'})-[:OCCURRED_IN]->(p:Place)-[:LOCATED_IN]->(r:Place)
				MATCH (e)-[:EVIDENCED_BY]->(m:Mention)
				RETURN p.name AS place, r.name AS region, m.quote AS quote""");
		assertThat(written).singleElement().satisfies((record) -> {
			assertThat(record.get("place").asString()).isEqualTo("Testville");
			assertThat(record.get("region").asString()).isEqualTo("Test Oblast");
			assertThat(record.get("quote").asString()).isEqualTo("Fighting near Testville, the brigade said.");
		});
		assertThat(read(target, "MATCH (e:Event) WHERE e.id IN ['event:tst2', 'event:tst3', 'event:tst4'] RETURN e"))
			.isEmpty();
	}

	@Test
	void theEndpointNeedsAnEditorKeyAndAnswersWithTheSummary() throws Exception {
		int port = Integer
			.parseInt(java.util.Objects.requireNonNull(this.empty.getEnvironment().getProperty("local.server.port")));
		String csv = "event_id_cnty,event_date,event_type,sub_event_type,notes\n"
				+ "TST9,2024-06-01,Protests,Peaceful protest,A protest in the square.\n";
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/tables/acled?dryRun=true"))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv));
		assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
		HttpResponse<String> response = http.send(request.header("X-API-Key", TestKeys.EDITOR).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"dryRun\":true", "\"written\":1", "event:tst9");
		HttpResponse<String> noColumns = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tables/acled"))
				.header("Content-Type", "text/csv")
				.header("X-API-Key", TestKeys.EDITOR)
				.POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(noColumns.statusCode()).isEqualTo(400);
		assertThat(noColumns.body()).contains("no column event_id_cnty");
	}

	private static List<Record> read(Driver driver, String cypher) {
		return driver.executableQuery(cypher).execute().records();
	}

	private static Map<String, String> lines(Driver driver, String cypher, String column) {
		Map<String, String> lines = new HashMap<>();
		for (Record record : read(driver, cypher)) {
			lines.put(record.get("id").asString(), record.get(column).isNull() ? "" : record.get(column).asString());
		}
		return lines;
	}

	private static String get(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
	}

}

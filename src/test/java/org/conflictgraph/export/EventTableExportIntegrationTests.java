package org.conflictgraph.export;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.TestReports;
import org.conflictgraph.ingest.ReportIngester;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conflict-data tables of the seed graph read back by parsers that are not ours:
 * Apache Commons CSV for ACLED and GED, Jackson line by line for PLOVER's JSON Lines, and
 * a check of GeoJSON's types and coordinate ranges (RFC 7946).
 */
@IntegrationTest
class EventTableExportIntegrationTests {

	/** ACLED's column names, as ACLED's codebook lists them. */
	static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
			"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
			"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
			"admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
			"fatalities", "tags", "timestamp");

	static final String KRYVYI_RIH = "event:2024-03-12-missile-strike-on-kryvyi-rih";

	static final String ODNOROBOVKA = "event:2024-03-12-fighting-near-odnorobovka";

	static final String IL76_JANUARY = "event:2024-01-il-76-downing-over-belgorod";

	static final String CONTESTED = "reports/test/contested-deaths.json";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ReportIngester ingester;

	@Test
	void acledCsvHasAcledsColumnsAndOneRowPerEvent() throws Exception {
		HttpResponse<String> response = get("/export/acled.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"acled.csv\"");
		Map<String, CSVRecord> rows = csv(response.body(), "event_id_cnty", ACLED_COLUMNS);
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(eventIds());
		CSVRecord strike = rows.get(KRYVYI_RIH);
		assertThat(strike.get("event_date")).isEqualTo("2024-03-12");
		assertThat(strike.get("year")).isEqualTo("2024");
		assertThat(strike.get("time_precision")).isEqualTo("1");
		assertThat(strike.get("disorder_type")).isEqualTo("Political violence");
		assertThat(strike.get("event_type")).isEqualTo("Explosions/Remote violence");
		assertThat(strike.get("sub_event_type")).isEqualTo("Shelling/artillery/missile attack");
		assertThat(strike.get("actor1")).isEqualTo("Russia");
		assertThat(strike.get("inter1")).isEqualTo("State forces");
		assertThat(strike.get("country")).isEqualTo("Ukraine");
		assertThat(strike.get("iso")).isEqualTo("UKR");
		assertThat(strike.get("admin1")).isEqualTo("Dnipropetrovsk Oblast");
		assertThat(strike.get("location")).isEqualTo("Kryvyi Rih");
		assertThat(strike.get("geo_precision")).isEqualTo("1");
		assertThat(Double.parseDouble(strike.get("latitude"))).isBetween(47.0, 49.0);
		assertThat(Double.parseDouble(strike.get("longitude"))).isBetween(32.0, 35.0);
		assertThat(strike.get("source")).contains("CNN");
		assertThat(strike.get("fatalities")).isEqualTo("3");
		assertThat(strike.get("notes")).contains("Fatalities: at least 3 according to CNN");
		CSVRecord fighting = rows.get(ODNOROBOVKA);
		// "near" a settlement is ACLED's precision 2; the figure is the claimant's own.
		assertThat(fighting.get("geo_precision")).isEqualTo("2");
		assertThat(fighting.get("actor1")).isEqualTo("Armed Forces of Ukraine");
		assertThat(fighting.get("fatalities")).isEqualTo("60");
		assertThat(fighting.get("notes")).contains("60 according to Russian Defence Ministry");
		assertThat(rows.get(IL76_JANUARY).get("time_precision")).isEqualTo("2");
	}

	@Test
	void acledCsvTakesTheSameSelectionAsTheOtherExports() throws Exception {
		Map<String, CSVRecord> battles = csv(get("/export/acled.csv?eventTypes=Battles&dateFrom=2024-03-12").body(),
				"event_id_cnty", ACLED_COLUMNS);
		assertThat(battles).isNotEmpty().containsKey(ODNOROBOVKA).doesNotContainKey(KRYVYI_RIH);
		assertThat(battles.values()).allSatisfy((row) -> assertThat(row.get("event_type")).isEqualTo("Battles"));
		Map<String, CSVRecord> around = csv(get("/export/acled.csv?around=settlement:kryvyi-rih&depth=1").body(),
				"event_id_cnty", ACLED_COLUMNS);
		assertThat(around).containsKey(KRYVYI_RIH).doesNotContainKey(ODNOROBOVKA);
		HttpResponse<String> refused = get("/export/acled.csv?kinds=Actor");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("do not apply to event tables");
		assertThat(get("/export/ged.csv?dateFrom=2024-03-13&dateTo=2024-03-12").statusCode()).isEqualTo(400);
	}

	@Test
	void gedCsvGivesDatesWithTheirPrecisionAndTheRangeOfDeaths() throws Exception {
		HttpResponse<String> response = get("/export/ged.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, CSVRecord> rows = csv(response.body(), "id", GedCsvWriter.COLUMNS);
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(eventIds());
		CSVRecord strike = rows.get(KRYVYI_RIH);
		assertThat(strike.get("side_a")).isEqualTo("Russia");
		assertThat(strike.get("type_of_violence")).isEqualTo("1");
		assertThat(strike.get("date_start")).isEqualTo("2024-03-12");
		assertThat(strike.get("date_end")).isEqualTo("2024-03-12");
		assertThat(strike.get("date_prec")).isEqualTo("1");
		assertThat(strike.get("where_prec")).isEqualTo("1");
		// "At least three people": low and best 3, no upper bound.
		assertThat(List.of(strike.get("best"), strike.get("low"), strike.get("high"))).containsExactly("3", "3", "");
		CSVRecord fighting = rows.get(ODNOROBOVKA);
		assertThat(List.of(fighting.get("best"), fighting.get("low"), fighting.get("high"))).containsOnly("60");
		assertThat(strike.get("geom_wkt")).startsWith("POINT (").endsWith(")");
		CSVRecord january = rows.get(IL76_JANUARY);
		assertThat(january.get("date_start")).isEqualTo("2024-01-01");
		assertThat(january.get("date_end")).isEqualTo("2024-01-31");
		assertThat(january.get("date_prec")).isEqualTo("4");
		// Events that are not organised violence have no type of violence.
		assertThat(rows.get("event:2024-03-12-kursk-schools-move-to-online-learning").get("type_of_violence"))
			.isEmpty();
	}

	@Test
	void twoClaimantsTollsGiveAcledTheMostConservativeAndGedTheRange() throws Exception {
		String event = "event:test-2031-06-02-shelling-of-ostrivka";
		this.ingester.ingest(TestReports.bytes(CONTESTED), false);
		try {
			CSVRecord acled = csv(get("/export/acled.csv").body(), "event_id_cnty", ACLED_COLUMNS).get(event);
			// "at least 5" is lower than "12": the village head's figure, with both in
			// notes.
			assertThat(acled.get("fatalities")).isEqualTo("5");
			assertThat(acled.get("notes"))
				.contains("Fatalities: at least 5 according to Test Marta Koval; 12 according to Test Northern Army"
						+ " (fatalities column: the most conservative, 5 according to Test Marta Koval)");
			CSVRecord ged = csv(get("/export/ged.csv").body(), "id", GedCsvWriter.COLUMNS).get(event);
			// low and best from the most conservative claim; no high, as "at least" has
			// no
			// upper bound.
			assertThat(List.of(ged.get("low"), ged.get("best"), ged.get("high"))).containsExactly("5", "5", "");
		}
		finally {
			TestReports.scrub(this.neo4j, List.of("source:test-contested-deaths"));
		}
	}

	@Test
	void ploverJsonLinesQuoteTheSourceAtTheirOffsets() throws Exception {
		HttpResponse<String> response = get("/export/plover.jsonl");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/jsonl");
		Map<String, JsonNode> lines = new HashMap<>();
		for (String line : response.body().split("\n")) {
			JsonNode event = this.json.readTree(line);
			lines.put(event.get("event_id").asString(), event);
		}
		assertThat(lines.keySet()).containsExactlyInAnyOrderElementsOf(eventIds());
		JsonNode strike = lines.get(KRYVYI_RIH);
		assertThat(strike.get("event_type").asString()).isEqualTo("FIGHT");
		assertThat(strike.get("mode").asString()).isEqualTo("artillery");
		assertThat(strike.get("source_actors").get(0).get("name").asString()).isEqualTo("Russia");
		assertThat(strike.get("event_date").asString()).isEqualTo("2024-03-12");
		assertThat(strike.get("text_offsets")).isNotEmpty();
		int checked = 0;
		for (JsonNode event : lines.values()) {
			for (JsonNode offset : event.get("text_offsets")) {
				String text = sourceText(offset.get("source_id").asString());
				assertThat(text.substring(offset.get("start").asInt(), offset.get("end").asInt()))
					.isEqualTo(offset.get("quote").asString());
				assertThat(event.get("event_text").asString()).contains(offset.get("quote").asString());
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(lines.size());
	}

	@Test
	void geoJsonIsAFeatureCollectionOfPointsInRange() throws Exception {
		HttpResponse<String> events = get("/export/events.geojson");
		assertThat(events.statusCode()).isEqualTo(200);
		assertThat(events.headers().firstValue("Content-Type")).hasValue("application/geo+json");
		List<JsonNode> eventFeatures = features(events.body());
		assertThat(eventFeatures.stream().map((f) -> f.get("id").asString()).toList())
			.containsExactlyInAnyOrderElementsOf(eventIds());
		JsonNode strike = eventFeatures.stream()
			.filter((f) -> f.get("id").asString().equals(KRYVYI_RIH))
			.findFirst()
			.orElseThrow();
		assertThat(strike.get("geometry").get("type").asString()).isEqualTo("Point");
		assertThat(strike.get("properties").get("fatalitiesLow").asInt()).isEqualTo(3);
		List<JsonNode> places = features(get("/export/places.geojson").body());
		long located = this.neo4j.query("MATCH (p:Place) WHERE p.location IS NOT NULL RETURN count(p)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(places.stream().filter((f) -> !f.get("geometry").isNull())).hasSize((int) located);
		assertThat(places).anySatisfy((f) -> {
			assertThat(f.get("id").asString()).isEqualTo("settlement:kryvyi-rih");
			assertThat(f.get("properties").get("within").toString()).contains("Dnipropetrovsk Oblast");
		});
		List<JsonNode> selected = features(get("/export/places.geojson?eventTypes=Battles").body());
		assertThat(selected.size()).isPositive().isLessThan(places.size());
	}

	@Test
	void gexfCarriesTheLegendColoursAndEventDatesAsTime() throws Exception {
		byte[] body = this.http
			.send(HttpRequest.newBuilder(URI.create(base() + "/export/graph.gexf")).build(),
					HttpResponse.BodyHandlers.ofByteArray())
			.body();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(body));
		Element graph = (Element) document.getElementsByTagNameNS(GexfWriter.NAMESPACE, "graph").item(0);
		assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
		assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
		NodeList nodes = document.getElementsByTagNameNS(GexfWriter.NAMESPACE, "node");
		Element strike = null;
		for (int i = 0; i < nodes.getLength(); i++) {
			Element node = (Element) nodes.item(i);
			if (node.getAttribute("id").equals(KRYVYI_RIH)) {
				strike = node;
			}
			assertThat(node.getElementsByTagNameNS(GexfWriter.VIZ, "color").getLength()).isEqualTo(1);
			assertThat(node.getElementsByTagNameNS(GexfWriter.VIZ, "shape").getLength()).isEqualTo(1);
		}
		assertThat(strike).isNotNull();
		assertThat(strike.getAttribute("start")).isEqualTo("2024-03-12");
		Element colour = (Element) strike.getElementsByTagNameNS(GexfWriter.VIZ, "color").item(0);
		// The explorer's legend colour for events, #ef8f00.
		assertThat(List.of(colour.getAttribute("r"), colour.getAttribute("g"), colour.getAttribute("b")))
			.containsExactly("239", "143", "0");
		assertThat(((Element) strike.getElementsByTagNameNS(GexfWriter.VIZ, "shape").item(0)).getAttribute("value"))
			.isEqualTo("square");
	}

	private List<JsonNode> features(String body) {
		JsonNode collection = this.json.readTree(body);
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		List<JsonNode> features = new ArrayList<>();
		for (JsonNode feature : collection.get("features")) {
			assertThat(feature.get("type").asString()).isEqualTo("Feature");
			assertThat(feature.get("properties").isObject()).isTrue();
			JsonNode geometry = feature.get("geometry");
			if (!geometry.isNull()) {
				String type = geometry.get("type").asString();
				assertThat(type).isIn("Point", "MultiPoint");
				List<JsonNode> positions = new ArrayList<>();
				if (type.equals("Point")) {
					positions.add(geometry.get("coordinates"));
				}
				else {
					geometry.get("coordinates").forEach(positions::add);
				}
				assertThat(positions).isNotEmpty().allSatisfy((position) -> {
					assertThat(position.size()).isEqualTo(2);
					assertThat(position.get(0).asDouble()).isBetween(-180.0, 180.0);
					assertThat(position.get(1).asDouble()).isBetween(-90.0, 90.0);
				});
			}
			features.add(feature);
		}
		return features;
	}

	private List<String> eventIds() {
		return List.copyOf(this.neo4j.query("MATCH (e:Event) RETURN e.id").fetchAs(String.class).all());
	}

	private String sourceText(String id) {
		return this.neo4j.query("MATCH (s:Source {id: $id}) RETURN s.text")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	private static Map<String, CSVRecord> csv(String body, String key, List<String> columns) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		Map<String, CSVRecord> rows = new HashMap<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
			assertThat(parser.getHeaderNames()).containsExactlyElementsOf(columns);
			for (CSVRecord record : parser) {
				rows.put(record.get(key), record);
			}
		}
		return rows;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}

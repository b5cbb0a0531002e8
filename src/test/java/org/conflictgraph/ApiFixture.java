package org.conflictgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.conflictgraph.ingest.ReportIngester;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A small fictional conflict (two reports under {@code fixtures/}) written through the
 * real report pipeline, so it has exactly the shape of the model. It is loaded before
 * each test class that uses it and removed after it, so that tests of other features,
 * which share the database, never see it. Every id in it contains {@code test-api-}, and
 * none of its names resembles the seed article's, so entity resolution never merges it
 * into the seed graph.
 */
public class ApiFixture implements BeforeAllCallback, AfterAllCallback {

	/** The fixture's article. */
	public static final String ARTICLE = "source:test-api-daily-courier-2031-05-07";

	/** The fixture's social media post. */
	public static final String POST = "source:test-api-vvc-post-2031-05-06";

	public static final String VVC = "armed-group:test-api-valley-volunteer-corps";

	public static final String HILL_VOLUNTEERS = "armed-group:test-api-unnamed-hill-volunteers";

	public static final String LEGION = "armed-group:test-api-freedom-of-the-hills-legion";

	public static final String NORTHERN_FORCES = "military-force:test-api-northern-armed-forces";

	public static final String SOUTHERN_FORCES = "military-force:test-api-southern-armed-forces";

	public static final String MINISTRY = "government-body:test-api-southland-defence-ministry";

	public static final String GOVERNOR = "person:test-api-vera-kolosova";

	public static final String MAYOR = "person:test-api-ostap-lind";

	public static final String COURIER = "media-outlet:test-api-daily-courier";

	public static final String SOUTHLAND = "country:test-api-southland";

	public static final String NORTHLAND = "country:test-api-northland";

	public static final String UPPER_OBLAST = "region:test-api-upper-oblast";

	public static final String LOWER_OBLAST = "region:test-api-lower-oblast";

	public static final String RIVER_OBLAST = "region:test-api-river-oblast";

	public static final String BIRCH_DISTRICT = "district:test-api-birch-district";

	public static final String ZOLOTOEVKA = "settlement:test-api-zolotoevka";

	public static final String KRASNOE = "settlement:test-api-krasnoe";

	public static final String PORT_MIRA = "settlement:test-api-port-mira";

	public static final String DUBKI = "settlement:test-api-dubki";

	public static final String APC = "vehicle:test-api-armored-personnel-carrier";

	public static final String OIL_DEPOT = "infrastructure:test-api-port-mira-oil-depot";

	public static final String INCURSION = "event:test-api-2031-05-06-incursion-into-upper-oblast";

	public static final String RAID_ZOLOTOEVKA = "event:test-api-2031-05-06-raid-on-zolotoevka";

	public static final String RAID_KRASNOE = "event:test-api-2031-05-06-raid-on-krasnoe";

	public static final String DRONES_UPPER = "event:test-api-2031-05-05-drones-over-upper-oblast";

	public static final String DRONES_LOWER = "event:test-api-2031-05-05-drones-over-lower-oblast";

	public static final String DEPOT_STRIKE = "event:test-api-2031-05-06-drone-strike-on-port-mira-oil-depot";

	public static final String DUBKI_STRIKE = "event:test-api-2031-05-07-missile-strike-on-dubki";

	public static final String OLD_INCURSION = "event:test-api-2030-05-incursion-into-upper-oblast";

	/** The id of one of the sixteen shelling events of Birch District. */
	public static String shelling(int day, String partOfDay) {
		return "event:test-api-2031-04-0" + day + "-" + partOfDay + "-shelling-of-birch-district";
	}

	static final List<String> REPORTS = List.of("fixtures/api-fixture-daily-courier.json",
			"fixtures/api-fixture-vvc-post.json");

	@Override
	public void beforeAll(ExtensionContext context) {
		load(SpringExtension.getApplicationContext(context));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		delete(SpringExtension.getApplicationContext(context).getBean(Neo4jClient.class));
	}

	static void load(ApplicationContext spring) {
		Neo4jClient neo4j = spring.getBean(Neo4jClient.class);
		delete(neo4j);
		ReportIngester ingester = spring.getBean(ReportIngester.class);
		for (String report : REPORTS) {
			try (InputStream in = new ClassPathResource(report).getInputStream()) {
				ingester.ingest(in.readAllBytes(), false);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	static void delete(Neo4jClient neo4j) {
		neo4j.query("MATCH (n:Node) WHERE n.id CONTAINS 'test-api-' DETACH DELETE n").run();
	}

}

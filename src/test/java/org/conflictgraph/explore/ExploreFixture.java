package org.conflictgraph.explore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A small graph in the exact shape of docs/model.md, with ids of our own
 * ({@code ...:test-explore-...}), loaded with parameterised Cypher and removed after the
 * tests. Its dates (1900 to 1902) keep it apart from the seed graph.
 *
 * <pre>
 * North Battalion (A1), River Corps (A2) -PARTICIPATED_IN attacker-> raid (E1, 1901-03-12) <-target- Armed Forces (A4)
 * A1, A2 -ATTACKED-> A4;  A2 -PART_OF-> A4;  Hub Brigade -PART_OF-> A4
 * claim C1 by A1 about E1 (reported by Gazette A5); C2 by Defence Ministry A3 about E1, contradicts C1
 * C3 by A3 about A2 and A3 -BLAMED-> A2;  C4 by Governor A6 about E1;  A6 -HOLDS_POSITION-> region
 * raid -OCCURRED_IN-> village -LOCATED_IN-> region -LOCATED_IN (no id!)-> country
 * Hub Brigade -PARTICIPATED_IN-> 60 battles, 1900-01-02 .. 1900-03-01
 * six cells (1902): meetings a (cells 1,2,3), b (4,5,6), c (3,4): two triangles and a bridge
 * </pre>
 */
public final class ExploreFixture {

	public static final String PREFIX = "test-explore-";

	public static final String NORTH_BATTALION = "armed-group:test-explore-north-battalion";

	public static final String RIVER_CORPS = "armed-group:test-explore-river-corps";

	public static final String MINISTRY = "government-body:test-explore-defence-ministry";

	public static final String ARMED_FORCES = "military-force:test-explore-armed-forces";

	public static final String GAZETTE = "media-outlet:test-explore-gazette";

	public static final String GOVERNOR = "person:test-explore-governor";

	public static final String HUB = "armed-group:test-explore-hub-brigade";

	public static final String COUNTRY = "country:test-explore-country";

	public static final String REGION = "region:test-explore-region";

	public static final String VILLAGE = "settlement:test-explore-village";

	public static final String RAID = "event:test-explore-raid";

	public static final String BATTALION_CLAIM = "claim:test-explore-battalion-claim";

	public static final String MINISTRY_CLAIM = "claim:test-explore-ministry-thwarted";

	public static final String MINISTRY_BLAME = "claim:test-explore-ministry-blames";

	public static final String GOVERNOR_CLAIM = "claim:test-explore-governor-injured";

	public static final String SOURCE = "source:test-explore-article";

	public static final String GAZETTEER = "source:test-explore-gazetteer";

	public static final int HUB_EVENTS = 60;

	public static final String TEXT = "North Battalion and River Corps attacked the village on Tuesday. "
			+ "The Defence Ministry said the attack by North Battalion was thwarted and blamed River Corps. "
			+ "The Governor said ten people were injured. The Gazette reported the battalion's claim. "
			+ "River Corps is part of the Armed Forces. The Hub Brigade fought sixty battles. "
			+ "Six cells met three times.";

	public static final String RAID_QUOTE = "North Battalion and River Corps attacked the village on Tuesday";

	public static final String MINISTRY_QUOTE = "The Defence Ministry said the attack by North Battalion was thwarted";

	public static final String BLAME_QUOTE = "blamed River Corps";

	public static final String GOVERNOR_QUOTE = "The Governor said ten people were injured";

	public static final String GAZETTE_QUOTE = "The Gazette reported the battalion's claim";

	public static final String PART_OF_QUOTE = "River Corps is part of the Armed Forces";

	public static final String HUB_QUOTE = "The Hub Brigade fought sixty battles";

	public static final String CELLS_QUOTE = "Six cells met three times";

	private final Neo4jClient neo4j;

	private final List<Map<String, Object>> nodes = new ArrayList<>();

	private final List<Map<String, Object>> relationships = new ArrayList<>();

	public ExploreFixture(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public static String mention(String quote) {
		int start = TEXT.indexOf(quote);
		if (start < 0 || TEXT.indexOf(quote, start + 1) >= 0) {
			throw new IllegalArgumentException("quote must occur once: " + quote);
		}
		return "mention:test-explore-article:" + start + "-" + (start + quote.length());
	}

	public static String hubEvent(int number) {
		return "event:test-explore-hub-battle-%02d".formatted(number);
	}

	public static String cell(int number) {
		return "armed-group:test-explore-cell-" + number;
	}

	public static String meeting(String letter) {
		return "event:test-explore-cell-meeting-" + letter;
	}

	public void load() {
		delete();
		source();
		actors();
		places();
		events();
		claims();
		facts();
		hub();
		cells();
		write();
	}

	public void delete() {
		this.neo4j.query("MATCH (n:Node) WHERE n.id CONTAINS $prefix DETACH DELETE n").bind(PREFIX).to("prefix").run();
	}

	private void source() {
		node("Source", SOURCE,
				props("kind", "NewsArticle", "title", "Test explore article", "publisher", "Gazette", "url",
						"https://example.org/test-explore", "published", LocalDate.of(1901, 3, 13), "language", "en",
						"text", TEXT));
		node("Source", GAZETTEER,
				props("kind", "Gazetteer", "title", "Test gazetteer", "url", "https://example.org/test-gazetteer"));
		for (String quote : List.of(RAID_QUOTE, MINISTRY_QUOTE, BLAME_QUOTE, GOVERNOR_QUOTE, GAZETTE_QUOTE,
				PART_OF_QUOTE, HUB_QUOTE, CELLS_QUOTE)) {
			int start = TEXT.indexOf(quote);
			node("Mention", mention(quote),
					props("quote", quote, "start", start, "end", start + quote.length(), "sourceId", SOURCE));
			rel("IN_SOURCE", mention(quote), SOURCE, null, Map.of());
		}
		rel("PUBLISHED_BY", SOURCE, GAZETTE, null, Map.of());
	}

	private void actors() {
		actor("ArmedGroup", NORTH_BATTALION, "North Battalion", "UA", RAID_QUOTE, MINISTRY_QUOTE);
		actor("ArmedGroup", RIVER_CORPS, "River Corps", "UA", RAID_QUOTE, BLAME_QUOTE);
		actor("GovernmentBody", MINISTRY, "Defence Ministry", "RU", MINISTRY_QUOTE);
		actor("MilitaryForce", ARMED_FORCES, "Armed Forces", "UA", PART_OF_QUOTE);
		actor("MediaOutlet", GAZETTE, "Gazette", null, GAZETTE_QUOTE);
		actor("Person", GOVERNOR, "Governor", "RU", GOVERNOR_QUOTE);
		actor("ArmedGroup", HUB, "Hub Brigade", "UA", HUB_QUOTE);
	}

	private void actor(String kind, String id, String name, String country, String... quotes) {
		Map<String, Object> properties = props("name", name, "aliases", List.of(), "description", name + " (test)");
		if (country != null) {
			properties.put("country", country);
		}
		node("Actor:" + kind, id, properties);
		for (String quote : quotes) {
			evidence(id, quote);
		}
	}

	private void places() {
		place("Country", COUNTRY, "Testland", 0, 50.0, 30.0);
		place("Region", REGION, "Test Oblast", 1, 50.5, 36.5);
		place("Settlement", VILLAGE, "Testovka", 3, 50.6, 36.6);
		evidence(VILLAGE, RAID_QUOTE);
		// Deliberately without an id: the only relationship of the model that lacks one,
		// to
		// check the deterministic fallback id.
		rel("LOCATED_IN", REGION, COUNTRY, null,
				props("sourceIds", List.of(GAZETTEER), "referenceIds", List.of(GAZETTEER)));
		rel("LOCATED_IN", VILLAGE, REGION, "LOCATED_IN:" + VILLAGE + "->" + REGION,
				props("sourceIds", List.of(GAZETTEER), "referenceIds", List.of(GAZETTEER)));
	}

	private void place(String kind, String id, String name, int adminLevel, double latitude, double longitude) {
		node("Place:" + kind, id, props("name", name, "aliases", List.of(), "adminLevel", adminLevel, "countryCode",
				"TL", "latitude", latitude, "longitude", longitude, "locationPrecision", "test centroid"));
		rel("REFERENCED_IN", id, GAZETTEER, null, props("note", "test background"));
	}

	private void events() {
		event(RAID, "Raid on Testovka", LocalDate.of(1901, 3, 12), "Battles", "Armed clash", "DISPUTED", RAID_QUOTE);
		rel("OCCURRED_IN", RAID, VILLAGE, null, fact(RAID_QUOTE, "precision", "in"));
		participated(NORTH_BATTALION, RAID, "attacker", RAID_QUOTE);
		participated(RIVER_CORPS, RAID, "attacker", RAID_QUOTE);
		participated(ARMED_FORCES, RAID, "target", RAID_QUOTE);
	}

	private void event(String id, String title, LocalDate date, String type, String subType, String status,
			String quote) {
		node("Event", id, props("title", title, "date", date, "datePrecision", "DAY", "type", type, "subType", subType,
				"status", status, "summary", title + " (test)"));
		evidence(id, quote);
	}

	private void participated(String actor, String event, String role, String quote) {
		rel("PARTICIPATED_IN", actor, event, "PARTICIPATED_IN:" + actor + "->" + event + "#" + role,
				fact(quote, "role", role));
	}

	private void claims() {
		claim(BATTALION_CLAIM, NORTH_BATTALION, "responsibility", "ASSERTS", "North Battalion raided Testovka.",
				GAZETTE_QUOTE, RAID);
		rel("REPORTED_BY", BATTALION_CLAIM, GAZETTE, null, fact(GAZETTE_QUOTE));
		claim(MINISTRY_CLAIM, MINISTRY, "denial", "DENIES", "The raid was thwarted.", MINISTRY_QUOTE, RAID);
		rel("CONTRADICTS", MINISTRY_CLAIM, BATTALION_CLAIM, null,
				fact(MINISTRY_QUOTE, "basis", "thwarted against raided"));
		claim(MINISTRY_BLAME, MINISTRY, "attribution", "ASSERTS", "River Corps is to blame.", BLAME_QUOTE, RIVER_CORPS);
		claim(GOVERNOR_CLAIM, GOVERNOR, "casualties", "ASSERTS", "Ten people were injured.", GOVERNOR_QUOTE, RAID);
	}

	private void claim(String id, String claimant, String kind, String stance, String statement, String quote,
			String about) {
		node("Claim", id,
				props("kind", kind, "stance", stance, "statement", statement, "date", LocalDate.of(1901, 3, 12)));
		evidence(id, quote);
		rel("CLAIMED_BY", id, claimant, null, fact(quote));
		rel("ABOUT", id, about, null, fact(quote));
	}

	private void facts() {
		rel("ATTACKED", NORTH_BATTALION, ARMED_FORCES, null,
				fact(RAID_QUOTE, "eventId", RAID, "date", LocalDate.of(1901, 3, 12), "status", "DISPUTED"));
		rel("ATTACKED", RIVER_CORPS, ARMED_FORCES, null,
				fact(RAID_QUOTE, "eventId", RAID, "date", LocalDate.of(1901, 3, 12), "status", "DISPUTED"));
		rel("BLAMED", MINISTRY, RIVER_CORPS, null, fact(BLAME_QUOTE, "eventId", RAID, "claimId", MINISTRY_BLAME));
		rel("PART_OF", RIVER_CORPS, ARMED_FORCES, null, fact(PART_OF_QUOTE));
		rel("HOLDS_POSITION", GOVERNOR, REGION, null, fact(GOVERNOR_QUOTE, "position", "Governor"));
	}

	private void hub() {
		rel("PART_OF", HUB, ARMED_FORCES, null, fact(HUB_QUOTE));
		for (int i = 1; i <= HUB_EVENTS; i++) {
			event(hubEvent(i), "Hub battle " + i, LocalDate.of(1900, 1, 1).plusDays(i), "Battles", "Armed clash",
					"REPORTED", HUB_QUOTE);
			participated(HUB, hubEvent(i), "attacker", HUB_QUOTE);
		}
	}

	private void cells() {
		for (int i = 1; i <= 6; i++) {
			actor("ArmedGroup", cell(i), "Cell " + i, "UA", CELLS_QUOTE);
		}
		Map<String, List<Integer>> meetings = new LinkedHashMap<>();
		meetings.put("a", List.of(1, 2, 3));
		meetings.put("b", List.of(4, 5, 6));
		meetings.put("c", List.of(3, 4));
		int day = 1;
		for (Map.Entry<String, List<Integer>> meeting : meetings.entrySet()) {
			event(meeting(meeting.getKey()), "Cell meeting " + meeting.getKey(), LocalDate.of(1902, 5, day++),
					"Strategic developments", "Other", "REPORTED", CELLS_QUOTE);
			for (int member : meeting.getValue()) {
				participated(cell(member), meeting(meeting.getKey()), "operator", CELLS_QUOTE);
			}
		}
	}

	private void evidence(String id, String quote) {
		rel("EVIDENCED_BY", id, mention(quote), null, Map.of());
	}

	private static Map<String, Object> fact(String quote, Object... more) {
		Map<String, Object> properties = props(more);
		properties.put("mentionIds", List.of(mention(quote)));
		properties.put("sourceIds", List.of(SOURCE));
		return properties;
	}

	private static Map<String, Object> props(Object... pairs) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			properties.put((String) pairs[i], pairs[i + 1]);
		}
		return properties;
	}

	private void node(String labels, String id, Map<String, Object> properties) {
		Map<String, Object> node = new HashMap<>();
		node.put("labels", labels);
		node.put("id", id);
		node.put("props", properties);
		this.nodes.add(node);
	}

	/**
	 * A relationship; {@code id} null gives the model's id without a key, except for the
	 * one relationship that is stored without any.
	 */
	private void rel(String type, String from, String to, String id, Map<String, Object> properties) {
		Map<String, Object> rel = new HashMap<>();
		rel.put("type", type);
		rel.put("from", from);
		rel.put("to", to);
		Map<String, Object> props = new LinkedHashMap<>(properties);
		boolean withoutId = "LOCATED_IN".equals(type) && REGION.equals(from);
		if (!withoutId) {
			props.put("id", (id != null) ? id : type + ":" + from + "->" + to);
		}
		rel.put("props", props);
		this.relationships.add(rel);
	}

	private void write() {
		// Labels and types come from this class, never from input; Cypher takes them as
		// text, so group by them.
		Map<String, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
		this.nodes.forEach(
				(node) -> byLabels.computeIfAbsent((String) node.get("labels"), (key) -> new ArrayList<>()).add(node));
		byLabels.forEach((labels, group) -> this.neo4j.query("""
				UNWIND $nodes AS node
				CREATE (n:Node:%s)
				SET n = node.props, n.id = node.id
				WITH n WHERE n.latitude IS NOT NULL
				SET n.location = point({latitude: n.latitude, longitude: n.longitude})
				REMOVE n.latitude, n.longitude""".formatted(labels)).bind(group).to("nodes").run());
		Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
		this.relationships
			.forEach((rel) -> byType.computeIfAbsent((String) rel.get("type"), (key) -> new ArrayList<>()).add(rel));
		byType.forEach((type, group) -> this.neo4j.query("""
				UNWIND $rels AS rel
				MATCH (a:Node {id: rel.from}), (b:Node {id: rel.to})
				CREATE (a)-[r:%s]->(b)
				SET r = rel.props""".formatted(type)).bind(group).to("rels").run());
	}

}

package org.conflictgraph.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Synthetic reports for import tests and the import benchmark: each report names two of
 * 30 armed groups and two of 100 villages in 5 regions, so reports overlap the way real
 * reporting does; half name a group under an id of their own, so entity resolution by
 * name does real work. 14 or 15 facts per report, every quote verbatim.
 * <p>
 * Benchmark: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.conflictgraph.ingest.SyntheticReports
 * -Dexec.args="1000 target/synthetic.ndjson"}, then
 * {@code java -jar target/conflict-graph-*.jar ingest target/synthetic.ndjson}.
 */
public final class SyntheticReports {

	static final int GROUPS = 30;

	static final int VILLAGES = 100;

	static final int REGIONS = 5;

	private static final JsonMapper json = JsonMapper.builder().build();

	private SyntheticReports() {
	}

	public static void main(String[] args) throws IOException {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		Path out = Path.of((args.length > 1) ? args[1] : "target/synthetic.ndjson");
		if (out.getParent() != null) {
			Files.createDirectories(out.getParent());
		}
		long facts = 0;
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			for (int r = 0; r < count; r++) {
				ObjectNode report = report(r);
				facts += report.get("entities").size() + report.get("events").size() + report.get("claims").size()
						+ report.get("relations").size();
				writer.write(json.writeValueAsString(report));
				writer.write('\n');
			}
		}
		System.out.println("Wrote " + count + " reports (" + facts + " facts) to " + out);
	}

	/** Reports {@code first} to {@code first + count - 1}, the same every time. */
	public static List<String> generate(int first, int count) {
		List<String> reports = new ArrayList<>();
		for (int r = first; r < first + count; r++) {
			reports.add(json.writeValueAsString(report(r)));
		}
		return reports;
	}

	public static String sourceId(int r) {
		return "source:test-synthetic-" + r;
	}

	static ObjectNode report(int r) {
		Random random = new Random(r);
		int g1 = random.nextInt(GROUPS);
		int g2 = (g1 + 1 + random.nextInt(GROUPS - 1)) % GROUPS;
		int p1 = random.nextInt(VILLAGES);
		int p2 = (p1 + 1 + random.nextInt(VILLAGES - 1)) % VILLAGES;
		int killed = 1 + random.nextInt(40);
		LocalDate date = LocalDate.of(2024, 1, 1).plusDays(r % 300);
		String group1 = "Synthetic Brigade " + g1;
		String group2 = "Synthetic Brigade " + g2;
		String village1 = "Syntheticovka " + p1;
		String village2 = "Syntheticovka " + p2;
		String s1 = "On " + date + ", " + group1 + " attacked positions of " + group2 + " near " + village1
				+ " (report " + r + ").";
		String s2 = "Shells damaged houses in " + village2 + ", residents said in report " + r + ".";
		String s3 = group1 + " claimed responsibility for the attack in report " + r + ".";
		String s4 = group2 + " said " + killed + " of its fighters were killed, according to report " + r + ".";
		String text = String.join(" ", s1, s2, s3, s4);

		ObjectNode report = json.createObjectNode();
		report.put("formatVersion", 1);
		ObjectNode source = report.putObject("source");
		source.put("id", sourceId(r));
		source.put("kind", "NewsArticle");
		source.put("title", "Synthetic report " + r);
		source.put("published", date.plusDays(1).toString());
		source.put("language", "en");
		source.put("text", text);
		ObjectNode gazetteer = report.putArray("references").addObject();
		gazetteer.put("id", "source:test-synthetic-gazetteer");
		gazetteer.put("kind", "Gazetteer");
		gazetteer.put("title", "Synthetic gazetteer");

		ArrayNode entities = report.putArray("entities");
		String id1 = group(entities, r, g1, group1, text, random.nextBoolean());
		String id2 = group(entities, r, g2, group2, text, random.nextBoolean());
		String v1 = village(entities, p1, village1, text);
		String v2 = village(entities, p2, village2, text);
		for (int region : new java.util.TreeSet<>(List.of(p1 % REGIONS, p2 % REGIONS))) {
			ObjectNode regionEntity = entities.addObject();
			regionEntity.put("id", "region:test-synthetic-oblast-" + region);
			regionEntity.put("kind", "Region");
			regionEntity.put("name", "Synthetic Oblast " + region);
			regionEntity.putObject("reference").put("source", "source:test-synthetic-gazetteer");
		}

		String event = "event:test-synthetic-" + r + "-clash";
		ObjectNode e = report.putArray("events").addObject();
		e.put("id", event);
		e.put("title", "Clash near " + village1);
		e.put("date", date.toString());
		e.put("datePrecision", "DAY");
		e.put("type", "Battles");
		e.put("subType", "Armed clash");
		e.put("status", "CLAIMED");
		evidence(e, s1, text);

		ArrayNode claims = report.putArray("claims");
		ObjectNode c1 = claims.addObject();
		c1.put("id", "claim:test-synthetic-" + r + "-responsibility");
		c1.put("claimant", id1);
		c1.put("kind", "responsibility");
		c1.put("stance", "ASSERTS");
		c1.put("statement", group1 + " claimed the attack.");
		c1.putArray("about").add(event);
		evidence(c1, s3, text);
		ObjectNode c2 = claims.addObject();
		c2.put("id", "claim:test-synthetic-" + r + "-casualties");
		c2.put("claimant", id2);
		c2.put("kind", "casualties");
		c2.put("stance", "ASSERTS");
		c2.put("statement", group2 + " said " + killed + " of its fighters were killed.");
		c2.putArray("about").add(event);
		c2.putObject("figures").put("killed", killed);
		evidence(c2, s4, text);

		ArrayNode relations = report.putArray("relations");
		relation(relations, "PARTICIPATED_IN", id1, event, "attacker", s1, text);
		relation(relations, "PARTICIPATED_IN", id2, event, "target", s1, text);
		relation(relations, "OCCURRED_IN", event, v1, null, s1, text);
		relation(relations, "DAMAGED", event, v2, null, s2, text);
		for (int village : List.of(p1, p2)) {
			ObjectNode located = relations.addObject();
			located.put("type", "LOCATED_IN");
			located.put("from", "settlement:test-syntheticovka-" + village);
			located.put("to", "region:test-synthetic-oblast-" + (village % REGIONS));
			located.putObject("reference").put("source", "source:test-synthetic-gazetteer");
		}
		return report;
	}

	private static String group(ArrayNode entities, int r, int g, String name, String text, boolean ownId) {
		String id = "armed-group:test-synthetic-brigade-" + g + (ownId ? "-r" + r : "");
		ObjectNode entity = entities.addObject();
		entity.put("id", id);
		entity.put("kind", "ArmedGroup");
		entity.put("name", name);
		entity.putObject("properties").put("country", "XX");
		evidence(entity, name, text);
		return id;
	}

	private static String village(ArrayNode entities, int p, String name, String text) {
		String id = "settlement:test-syntheticovka-" + p;
		ObjectNode entity = entities.addObject();
		entity.put("id", id);
		entity.put("kind", "Settlement");
		entity.put("name", name);
		evidence(entity, name, text);
		return id;
	}

	private static void relation(ArrayNode relations, String type, String from, String to, String role, String quote,
			String text) {
		ObjectNode relation = relations.addObject();
		relation.put("type", type);
		relation.put("from", from);
		relation.put("to", to);
		if (role != null) {
			relation.put("key", role);
			relation.putObject("properties").put("role", role);
		}
		evidence(relation, quote, text);
	}

	/** The quote at its first place in the text, with its offset. */
	private static void evidence(ObjectNode node, String quote, String text) {
		ObjectNode evidence = node.putArray("evidence").addObject();
		evidence.put("quote", quote);
		evidence.put("start", findWhole(text, quote));
	}

	/** The first occurrence not followed by a digit ("Brigade 1" is not "Brigade 12"). */
	private static int findWhole(String text, String quote) {
		int at = text.indexOf(quote);
		while (at >= 0 && at + quote.length() < text.length() && Character.isDigit(text.charAt(at + quote.length()))) {
			at = text.indexOf(quote, at + 1);
		}
		if (at < 0) {
			throw new IllegalStateException("'" + quote + "' is not in the text");
		}
		return at;
	}

}

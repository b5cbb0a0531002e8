package org.conflictgraph.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.conflictgraph.GraphCounts;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.shared.HttpClientSupport.Answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad values of every kind in every kind of argument (as literals and as variables, by
 * POST and by GET), and bad bodies: no answer is a 5xx or an {@code INTERNAL_ERROR},
 * every error is classified, none names a Java type, no impossible date is accepted, and
 * the graph is unchanged afterwards. Prints the tally.
 */
@IntegrationTest
class GeneratedBadInputIntegrationTests {

	/** An argument slot: a query with {@code $v} where the value goes, and its type. */
	record Slot(String type, String query, boolean date) {
	}

	static final List<Slot> SLOTS = List.of(new Slot("String!", "search(text: $v) { score }", false),
			new Slot("String", "places(filter: {name: $v}) { totalCount }", false),
			new Slot("String", "actors(filter: {name: $v}) { totalCount }", false),
			new Slot("Date", "events(filter: {from: $v}) { totalCount }", true),
			new Slot("Date", "timeline(place: \"settlement:kyiv\", to: $v) { totalCount }", true),
			new Slot("Int", "events(first: $v) { totalCount }", false),
			new Slot("String", "events(first: 1, after: $v) { totalCount }", false),
			new Slot("ID!", "neighborhood(id: $v) { nodes { id } }", false),
			new Slot("Int", "neighborhood(id: \"settlement:kyiv\", depth: $v) { nodes { id } }", false),
			new Slot("ID!", "node(id: $v) { id }", false), new Slot("ID!", "actor(id: $v) { name }", false),
			new Slot("ActorSort", "actors(sort: $v) { totalCount }", false),
			new Slot("ClaimGrouping", "claimTotals(groupBy: $v) { claims }", false),
			new Slot("Float", "search(text: \"Belgorod\", minScore: $v) { score }", false),
			new Slot("[String!]", "events(filter: {types: $v}) { totalCount }", false),
			new Slot("NearInput", "places(filter: {near: $v}) { totalCount }", false));

	static final Set<String> IMPOSSIBLE_DATES = Set.of("2024-02-30", "2023-02-29", "2024-13-40", "2024-04-31");

	static final List<Object> VALUES = values();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void noBadInputGetsA5xxAnInternalErrorOrAnUnclassifiedAnswer() {
		HttpClientSupport http = new HttpClientSupport(this.port);
		Map<String, Long> before = GraphCounts.of(this.neo4j);
		List<String> problems = new ArrayList<>();
		int requests = 0;
		int refused = 0;
		for (Slot slot : SLOTS) {
			for (Object value : VALUES) {
				String variable = "query($v: " + slot.type() + ") { " + slot.query() + " }";
				String literal = "{ " + slot.query().replace("$v", literal(value)) + " }";
				Map<String, Object> variables = new LinkedHashMap<>();
				variables.put("v", value);
				List<Answer> answers = new ArrayList<>();
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("query", variable);
				body.put("variables", variables);
				answers.add(http.graphQl(body));
				answers.add(http.graphQl(Map.of("query", literal)));
				// A URL longer than the container's limit (8 KB) is refused by Tomcat
				// itself.
				String get = "/graphql?query=" + encode(variable) + "&variables="
						+ encode(HttpClientSupport.JSON.writeValueAsString(variables));
				if (get.length() < 7000) {
					answers.add(http.get(get));
				}
				if (encode(literal).length() < 7000) {
					answers.add(http.getQuery(literal));
				}
				for (Answer answer : answers) {
					requests++;
					String problem = problem(answer, slot, value);
					if (problem != null) {
						problems.add(slot.query() + " <- " + show(value) + ": " + problem);
					}
					if (!answer.json().path("errors").isMissingNode()) {
						refused++;
					}
				}
			}
		}
		for (String[] body : bodies()) {
			requests++;
			Answer answer = http.post("/graphql", body[0], body[1]);
			// By application/json a request error may also be a 200 with errors.
			if (answer.status() >= 500 || (answer.status() < 400 && answer.json().path("errors").isMissingNode())) {
				problems.add("body " + show(body[1]) + " as " + body[0] + ": status " + answer.status());
			}
			String problem = problem(answer, null, null);
			if (problem != null) {
				problems.add("body " + show(body[1]) + " as " + body[0] + ": " + problem);
			}
		}
		System.out.println("Generated bad input: " + requests + " requests, " + refused + " answered with errors, "
				+ problems.size() + " problems (5xx, INTERNAL_ERROR, unclassified, Java names, impossible dates "
				+ "accepted)");
		assertThat(problems).isEmpty();
		assertThat(requests).isGreaterThanOrEqualTo(1000);
		assertThat(GraphCounts.of(this.neo4j)).isEqualTo(before);
	}

	private static String problem(Answer answer, Slot slot, Object value) {
		if (answer.status() >= 500) {
			return "status " + answer.status() + " " + answer.body();
		}
		JsonNode json;
		try {
			json = answer.json();
		}
		catch (RuntimeException ex) {
			return "not JSON: " + answer.body();
		}
		for (JsonNode error : json.path("errors")) {
			String classification = error.path("extensions").path("classification").asString("");
			if (classification.isEmpty()) {
				return "unclassified: " + error;
			}
			if (classification.equals("INTERNAL_ERROR")) {
				return "INTERNAL_ERROR: " + error;
			}
		}
		for (String leak : List.of("java.", "Exception", "IntValue{", "StringValue{", "ObjectValue{", "ArrayValue{",
				"FloatValue{", "BooleanValue{", "EnumValue{", "NullValue{")) {
			if (answer.body().contains(leak)) {
				return "names Java (" + leak + "): " + answer.body();
			}
		}
		if (slot != null && slot.date() && value instanceof String date && IMPOSSIBLE_DATES.contains(date)
				&& json.path("errors").isMissingNode()) {
			return "an impossible date was accepted";
		}
		return null;
	}

	private static List<Object> values() {
		List<Object> values = new ArrayList<>();
		values.add(null);
		values.add(123);
		values.add(-1);
		values.add(0);
		values.add(2147483648L);
		values.add(1.5);
		values.add(true);
		values.add("");
		values.add(" ");
		values.add("x".repeat(1001));
		values.add("y".repeat(200_000));
		values.addAll(IMPOSSIBLE_DATES);
		values.add("12/03/2024");
		values.add("' OR 1=1 //");
		values.add("MATCH (n) DETACH DELETE n");
		values.add("\u0000\u0007");
		values.add("\uD83D\uDCA3 Київ");
		values.add("NaN");
		values.add("ZZZ_UNKNOWN");
		values.add(Map.of("a", 1));
		values.add(Map.of("latitude", 1000, "longitude", -1000, "radiusKm", -5));
		values.add(List.of(1, 2));
		values.add(java.util.Arrays.asList((Object) null));
		return values;
	}

	private static List<String[]> bodies() {
		List<String[]> bodies = new ArrayList<>();
		for (String json : List.of("null", "", "[]", "42", "\"text\"", "true", "{", "{\"query\":", "{\"query\":null}",
				"{\"query\":[]}", "{\"query\":{}}", "{\"query\":\"{ graphStatus { neo4jVersion } }\",\"variables\":1}",
				"{\"query\":\"{ graphStatus { neo4jVersion } }\",\"extensions\":\"x\"}",
				"{\"query\":\"{ graphStatus { neo4jVersion } }\",\"operationName\":5}", "[".repeat(10_000),
				"{\"a\":".repeat(3000), "{\"query\":\"\\ud800\"}", "\u00ff\u00fe")) {
			bodies.add(new String[] { "application/json", json });
		}
		for (String type : List.of("*/*", "text/plain", "text/html", "application/xml", "multipart/form-data",
				"application/x-www-form-urlencoded", "application/json/extra", ";;;", "application/*")) {
			bodies.add(new String[] { type, "{\"query\":\"{ graphStatus { neo4jVersion } }\"}" });
		}
		return bodies;
	}

	private static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return HttpClientSupport.JSON.writeValueAsString(text);
		}
		if (value instanceof Map<?, ?> map) {
			List<String> fields = new ArrayList<>();
			map.forEach((key, item) -> fields.add(key + ": " + literal(item)));
			return "{" + String.join(", ", fields) + "}";
		}
		if (value instanceof List<?> list) {
			return "[" + String.join(", ", list.stream().map(GeneratedBadInputIntegrationTests::literal).toList())
					+ "]";
		}
		return String.valueOf(value);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String show(Object value) {
		String text = String.valueOf(value);
		return (text.length() > 40) ? text.substring(0, 40) + "...(" + text.length() + ")" : text;
	}

}

package org.conflictgraph.explore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.conflictgraph.ConflictGraphApplication;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the investigators' tools on a synthetic graph in the model's shape, over real
 * HTTP, and prints p50/p95 per request kind. Not a test: run it by hand (see
 * docs/explore.md):
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx4g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
 *   --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
 *   -cp %classpath org.conflictgraph.explore.ExploreBenchmark --events=100000"
 * </pre>
 *
 * The graph: {@code events} events, each with an attacker and a target (actors: events /
 * 50, so an actor takes part in about 100 events and makes about 50 claims at every
 * size), a place (settlements: events / 20, in 50 regions of one country), one claim
 * about it by an actor (30% by five "ministries"), one mention in one of events / 100
 * sources, and the derived ATTACKED edge. Hubs: {@code armed-group:bench-hub} attacks in
 * and claims about the first {@code hub} events (2 x hub relationships), all of which
 * happen in {@code settlement:bench-hub-city}. The graph is written straight through the
 * driver in batches (the ingest pipeline validates quotes against real text and would
 * dominate the set-up time), into {@code --data-directory}; with {@code --reuse} an
 * existing graph of the same size is kept.
 */
public final class ExploreBenchmark {

	private static final String[] ACTOR_KINDS = { "ArmedGroup", "MilitaryForce", "GovernmentBody", "Person",
			"MediaOutlet", "State" };

	private static final String[] ACTOR_PREFIXES = { "armed-group", "military-force", "government-body", "person",
			"media-outlet", "state" };

	private static final String[] EVENT_TYPES = { "Battles", "Explosions/Remote violence", "Violence against civilians",
			"Strategic developments", "Protests", "Riots", "Accidents" };

	private static final int BATCH = 10_000;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Random random = new Random(42);

	private final int events;

	private final int actors;

	private final int settlements;

	private final int hub;

	private final int samples;

	private String graphQl = "";

	private String base = "";

	private ExploreBenchmark(int events, int hub, int samples) {
		this.events = events;
		this.actors = Math.max(10, events / 50);
		this.settlements = Math.max(10, events / 20);
		this.hub = Math.min(hub, events);
		this.samples = samples;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		int events = Integer.parseInt(options.getOrDefault("events", "100000"));
		int hub = Integer.parseInt(options.getOrDefault("hub", "5000"));
		int samples = Integer.parseInt(options.getOrDefault("samples", "100"));
		String directory = options.getOrDefault("data-directory", "target/explore-benchmark/" + events);
		boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
		if (!reuse) {
			deleteRecursively(java.nio.file.Path.of(directory));
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConflictGraphApplication.class)
			.properties("server.port=0", "conflictgraph.embedded.bolt-port=0",
					"conflictgraph.embedded.data-directory=" + directory,
					"conflictgraph.embedded.page-cache=" + options.getOrDefault("page-cache", "2GB"),
					"conflictgraph.embedded.transaction-memory=2GB", "conflictgraph.seed.enabled=false",
					"spring.main.banner-mode=off", "logging.level.root=warn",
					"logging.level.org.springframework.data.neo4j.cypher=error",
					"logging.level.org.conflictgraph.explore.ActorNetworks=debug")
			.run();
		try {
			ExploreBenchmark benchmark = new ExploreBenchmark(events, hub, samples);
			benchmark.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			benchmark.graphQl = benchmark.base + "/graphql";
			benchmark.run(context.getBean(Driver.class));
		}
		finally {
			context.close();
		}
	}

	private void run(Driver driver) throws Exception {
		long start = System.nanoTime();
		boolean generated = generate(driver);
		long[] counts = counts(driver);
		System.out.printf(Locale.ROOT,
				"%n%s graph: %,d events, %,d actors, %,d nodes, %,d relationships (%s in %.0f s)%n",
				generated ? "Generated" : "Reused", this.events, this.actors, counts[0], counts[1],
				generated ? "written" : "checked", (System.nanoTime() - start) / 1e9);
		String hubId = "armed-group:bench-hub";
		List<Row> rows = new ArrayList<>();
		rows.add(measure("neighborhood depth 1, actor (limit 100)",
				() -> neighborhood(actorId(this.random.nextInt(this.actors)), 1, 100)));
		rows.add(measure("neighborhood depth 2, actor (limit 200)",
				() -> neighborhood(actorId(this.random.nextInt(this.actors)), 2, 200)));
		rows.add(measure("neighborhood depth 2, settlement (limit 200)",
				() -> neighborhood("settlement:bench-" + this.random.nextInt(this.settlements), 2, 200)));
		rows.add(measure("neighborhood depth 3, event (limit 500)",
				() -> neighborhood("event:bench-" + (this.hub + this.random.nextInt(this.events - this.hub)), 3, 500)));
		rows.add(measure("neighborhood depth 1, hub (" + 2 * this.hub + " rels)", () -> neighborhood(hubId, 1, 100)));
		rows.add(measure("neighborhood depth 2, hub (limit 500)", () -> neighborhood(hubId, 2, 500)));
		rows.add(measure("neighborhood depth 1, hub city (" + this.hub + " events)",
				() -> neighborhood("settlement:bench-hub-city", 1, 100)));
		rows.add(measure("paths actor to actor (maxHops 6, limit 10)",
				() -> paths(actorId(this.random.nextInt(this.actors)), actorId(this.random.nextInt(this.actors)), 6,
						10)));
		rows.add(measure("paths event to event (maxHops 6, limit 10)",
				() -> paths("event:bench-" + this.random.nextInt(this.events),
						"event:bench-" + this.random.nextInt(this.events), 6, 10)));
		rows.add(measure("paths hub to actor (maxHops 6, limit 10)",
				() -> paths(hubId, actorId(this.random.nextInt(this.actors)), 6, 10)));
		rows.add(measure("connections of 4 actors",
				() -> connections(actorId(this.random.nextInt(this.actors)), actorId(this.random.nextInt(this.actors)),
						actorId(this.random.nextInt(this.actors)), actorId(this.random.nextInt(this.actors)))));
		rows.add(measure("actorNetwork, one month", this::networkMonth, Math.max(5, this.samples / 10)));
		rows.add(measure("actorNetwork, whole graph", this::networkWhole, 3));
		rows.add(measure("export graph.graphml, one month",
				() -> export("/export/graph.graphml?" + "dateFrom=2021-03-01&dateTo=2021-03-31"),
				Math.max(5, this.samples / 10)));
		rows.add(measure("export graph-csv.zip, whole graph", () -> export("/export/graph-csv.zip"), 2));
		System.out.printf(Locale.ROOT, "%n| Request | n | p50 ms | p95 ms | max ms | response |%n");
		System.out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|%n");
		for (Row row : rows) {
			System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s |%n", row.name(), row.count(),
					row.p50(), row.p95(), row.max(), row.size());
		}
	}

	private boolean generate(Driver driver) {
		try (Session session = driver.session()) {
			boolean exists = session
				.executeRead(
						(tx) -> tx.run("MATCH (s:Source {id: 'source:bench-marker'}) RETURN s.events AS events").list())
				.stream()
				.anyMatch((record) -> record.get("events").asInt() == this.events);
			if (exists) {
				return false;
			}
			int sources = Math.max(1, this.events / 100);
			write(session,
					"""
							CREATE (c:Node:Place:Country {id: 'country:bench-land', name: 'Benchland', adminLevel: 0, countryCode: 'XB'})
							WITH c
							UNWIND range(0, 49) AS r
							CREATE (g:Node:Place:Region {id: 'region:bench-' + r, name: 'Bench Region ' + r, adminLevel: 1,
							        countryCode: 'XB', location: point({latitude: 45.0 + r / 10.0, longitude: 30.0 + r / 10.0})})
							CREATE (g)-[:LOCATED_IN {id: 'LOCATED_IN:' + g.id + '->' + c.id}]->(c)""",
					Map.of());
			for (int from = 0; from <= this.settlements; from += BATCH) {
				write(session,
						"""
								UNWIND range($from, $to - 1) AS s
								WITH s, CASE WHEN s = $settlements THEN 'settlement:bench-hub-city' ELSE 'settlement:bench-' + s END AS id
								MATCH (g:Place {id: 'region:bench-' + (s % 50)})
								CREATE (p:Node:Place:Settlement {id: id, name: 'Bench Settlement ' + s, adminLevel: 3, countryCode: 'XB',
								        location: point({latitude: 45.0 + (s % 500) / 100.0, longitude: 30.0 + (s % 700) / 100.0})})
								CREATE (p)-[:LOCATED_IN {id: 'LOCATED_IN:' + id + '->' + g.id}]->(g)""",
						Map.of("from", from, "to", Math.min(from + BATCH, this.settlements + 1), "settlements",
								this.settlements));
			}
			for (int from = 0; from < this.actors; from += BATCH) {
				write(session, """
						UNWIND range($from, $to - 1) AS a
						CREATE (x:Node:Actor {id: $prefixes[a % 6] + ':bench-actor-' + a, name: 'Bench Actor ' + a,
						        aliases: [], description: 'Synthetic actor ' + a})
						SET x:$($kinds[a % 6])""", Map.of("from", from, "to", Math.min(from + BATCH, this.actors),
						"prefixes", List.of(ACTOR_PREFIXES), "kinds", List.of(ACTOR_KINDS)));
			}
			write(session,
					"""
							CREATE (:Node:Actor:ArmedGroup {id: 'armed-group:bench-hub', name: 'Bench Hub Brigade', aliases: []})""",
					Map.of());
			for (int from = 0; from < sources; from += BATCH) {
				write(session,
						"""
								UNWIND range($from, $to - 1) AS s
								CREATE (:Node:Source {id: 'source:bench-src-' + s, kind: 'NewsArticle', title: 'Bench article ' + s,
								        publisher: 'Bench Wire', url: 'https://example.org/bench/' + s,
								        published: date('2020-01-01') + duration({days: s % 1500}), language: 'en'})""",
						Map.of("from", from, "to", Math.min(from + BATCH, sources)));
			}
			for (int from = 0; from < this.events; from += BATCH) {
				write(session, EVENTS,
						Map.of("from", from, "to", Math.min(from + BATCH, this.events), "actors", this.actors,
								"settlements", this.settlements, "sources", sources, "hub", this.hub, "types",
								List.of(EVENT_TYPES), "prefixes", List.of(ACTOR_PREFIXES)));
				if ((from / BATCH) % 10 == 9) {
					System.out.printf(Locale.ROOT, "  %,d events written%n", from + BATCH);
				}
			}
			write(session,
					"CREATE (:Node:Source {id: 'source:bench-marker', kind: 'Reference', title: 'marker', events: $events})",
					Map.of("events", this.events));
			return true;
		}
	}

	/**
	 * One batch of events with their place, participants, claim, mention and derived
	 * ATTACKED edge. Pseudo-random choices are hashes of the event number, so every run
	 * builds the same graph.
	 */
	private static final String EVENTS = """
			UNWIND range($from, $to - 1) AS i
			WITH i, date('2020-01-01') + duration({days: i % 1500}) AS day,
			     (i * 2654435761) % $actors AS attacker, (i * 40503 + 7) % $actors AS target0,
			     CASE WHEN i % 10 < 3 THEN i % 5 ELSE (i * 97 + 13) % $actors END AS claimant,
			     i % $sources AS source,
			     CASE WHEN i < $hub THEN 'settlement:bench-hub-city' ELSE 'settlement:bench-' + ((i * 7919) % $settlements) END AS place
			WITH i, day, attacker, CASE WHEN target0 = attacker THEN (target0 + 1) % $actors ELSE target0 END AS target,
			     claimant, source, place, ['REPORTED', 'CLAIMED', 'DISPUTED', 'CONFIRMED'][i % 4] AS status
			MATCH (a:Node {id: $prefixes[attacker % 6] + ':bench-actor-' + attacker})
			MATCH (t:Node {id: $prefixes[target % 6] + ':bench-actor-' + target})
			MATCH (c:Node {id: $prefixes[claimant % 6] + ':bench-actor-' + claimant})
			MATCH (p:Node {id: place})
			MATCH (s:Node {id: 'source:bench-src-' + source})
			CREATE (e:Node:Event {id: 'event:bench-' + i, title: 'Bench event ' + i, date: day, datePrecision: 'DAY',
			        type: $types[i % 7], subType: 'Other', status: status, summary: 'Synthetic event ' + i})
			CREATE (m:Node:Mention {id: 'mention:bench-src-' + source + ':' + (i * 100) + '-' + (i * 100 + 40),
			        quote: 'Synthetic quote about bench event ' + i, start: i * 100, end: i * 100 + 40, sourceId: s.id})
			CREATE (k:Node:Claim {id: 'claim:bench-' + i, kind: 'responsibility', stance: 'ASSERTS',
			        statement: 'Bench claim about event ' + i, date: day})
			WITH i, a, t, c, p, s, e, m, k, day, status, [m.id] AS mentions, [s.id] AS sources
			CREATE (m)-[:IN_SOURCE {id: 'IN_SOURCE:' + m.id + '->' + s.id}]->(s)
			CREATE (e)-[:EVIDENCED_BY {id: 'EVIDENCED_BY:' + e.id + '->' + m.id}]->(m)
			CREATE (k)-[:EVIDENCED_BY {id: 'EVIDENCED_BY:' + k.id + '->' + m.id}]->(m)
			CREATE (e)-[:OCCURRED_IN {id: 'OCCURRED_IN:' + e.id + '->' + p.id, precision: 'in', mentionIds: mentions, sourceIds: sources}]->(p)
			CREATE (a)-[:PARTICIPATED_IN {id: 'PARTICIPATED_IN:' + a.id + '->' + e.id + '#attacker', role: 'attacker', mentionIds: mentions, sourceIds: sources}]->(e)
			CREATE (t)-[:PARTICIPATED_IN {id: 'PARTICIPATED_IN:' + t.id + '->' + e.id + '#target', role: 'target', mentionIds: mentions, sourceIds: sources}]->(e)
			CREATE (a)-[:ATTACKED {id: 'ATTACKED:' + a.id + '->' + t.id + '#' + e.id, eventId: e.id, date: day, status: status, mentionIds: mentions, sourceIds: sources}]->(t)
			CREATE (k)-[:CLAIMED_BY {id: 'CLAIMED_BY:' + k.id + '->' + c.id, mentionIds: mentions, sourceIds: sources}]->(c)
			CREATE (k)-[:ABOUT {id: 'ABOUT:' + k.id + '->' + e.id, mentionIds: mentions, sourceIds: sources}]->(e)
			WITH i, e, k, mentions, sources WHERE i < $hub
			MATCH (h:Node {id: 'armed-group:bench-hub'})
			CREATE (h)-[:PARTICIPATED_IN {id: 'PARTICIPATED_IN:' + h.id + '->' + e.id + '#attacker', role: 'attacker', mentionIds: mentions, sourceIds: sources}]->(e)
			CREATE (k)-[:CLAIMED_BY {id: 'CLAIMED_BY:' + k.id + '->' + h.id, mentionIds: mentions, sourceIds: sources}]->(h)""";

	private static void write(Session session, String cypher, Map<String, Object> parameters) {
		session.executeWriteWithoutResult((tx) -> tx.run(cypher, parameters).consume());
	}

	private static long[] counts(Driver driver) {
		try (Session session = driver.session()) {
			return session.executeRead((tx) -> {
				long nodes = tx.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong();
				long relationships = tx.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
				return new long[] { nodes, relationships };
			});
		}
	}

	private String actorId(int number) {
		return ACTOR_PREFIXES[number % 6] + ":bench-actor-" + number;
	}

	private int neighborhood(String id, int depth, int limit) {
		return graphQl(
				"""
						{ neighborhood(id: "%s", depth: %d, limit: %d) {
						    nodes { id kinds label properties } edges { id type source target properties } truncated truncatedNodeIds } }"""
					.formatted(id, depth, limit));
	}

	private int paths(String from, String to, int maxHops, int limit) {
		return graphQl(
				"""
						{ paths(fromId: "%s", toId: "%s", maxHops: %d, limit: %d) { length truncated paths { length
						    steps { from { id label } to { id label } forward edge { id type evidence { quote sourceTitle url } } } } } }"""
					.formatted(from, to, maxHops, limit));
	}

	private int connections(String... ids) {
		return graphQl(
				"{ connections(ids: [\"%s\"]) { nodes { id kinds label } edges { id type source target } groups } }"
					.formatted(String.join("\", \"", ids)));
	}

	private int networkMonth() {
		int month = this.random.nextInt(48);
		String from = java.time.LocalDate.of(2020, 1, 1).plusMonths(month).toString();
		String to = java.time.LocalDate.of(2020, 1, 1).plusMonths(month + 1).minusDays(1).toString();
		return graphQl(
				"""
						{ actorNetwork(filter: {dateFrom: "%s", dateTo: "%s"}, first: 50) { actorCount linkCount modularity
						    actors { actor { id label } degree weightedDegree betweenness pageRank community } communities { size } } }"""
					.formatted(from, to));
	}

	private int networkWhole() {
		return graphQl(
				"""
						{ actorNetwork(first: 50) { actorCount linkCount modularity betweennessComputed communitiesComputed
						    actors { actor { id label } degree weightedDegree betweenness pageRank community } communities { size } } }""");
	}

	private int graphQl(String query) {
		String body = "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.graphQl))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException("Request failed: " + response.body());
			}
			return response.body().getBytes(StandardCharsets.UTF_8).length;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private int export(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path)).build();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Export failed: " + response.statusCode());
			}
			long size = 0;
			try (InputStream in = response.body()) {
				byte[] buffer = new byte[65536];
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					size += read;
				}
			}
			return (int) Math.min(Integer.MAX_VALUE, size);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Row measure(String name, Supplier<Integer> request) {
		return measure(name, request, this.samples);
	}

	/** A few warm-up calls (plans compiled, caches filled), then timed ones. */
	private Row measure(String name, Supplier<Integer> request, int count) {
		try {
			return timed(name, request, count);
		}
		catch (IllegalStateException ex) {
			String reason = String.valueOf(ex.getMessage());
			System.out.printf(Locale.ROOT, "  %-60s failed: %s%n", name,
					reason.substring(0, Math.min(300, reason.length())));
			return new Row(name + " (failed, see log)", 0, 0, 0, 0, "-");
		}
	}

	private Row timed(String name, Supplier<Integer> request, int count) {
		for (int i = 0; i < Math.min(10, Math.max(1, count / 5)); i++) {
			request.get();
		}
		List<Double> millis = new ArrayList<>(count);
		long bytes = 0;
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			bytes += request.get();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		Row row = new Row(name, count, percentile(millis, 0.50), percentile(millis, 0.95), millis.get(count - 1),
				human(bytes / count));
		System.out.printf(Locale.ROOT, "  %-60s p50 %8.1f ms  p95 %8.1f ms  (%s)%n", name, row.p50(), row.p95(),
				row.size());
		return row;
	}

	private static double percentile(List<Double> sorted, double fraction) {
		int index = (int) Math.ceil(fraction * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	private static String human(long bytes) {
		if (bytes >= 1 << 20) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
		}
		return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
	}

	private static void deleteRecursively(java.nio.file.Path path) throws IOException {
		if (!java.nio.file.Files.exists(path)) {
			return;
		}
		try (var files = java.nio.file.Files.walk(path)) {
			for (java.nio.file.Path file : files.sorted(Collections.reverseOrder()).toList()) {
				java.nio.file.Files.delete(file);
			}
		}
	}

	private record Row(String name, int count, double p50, double p95, double max, String size) {
	}

}

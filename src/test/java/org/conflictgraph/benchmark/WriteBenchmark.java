package org.conflictgraph.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.conflictgraph.ConflictGraphApplication;
import org.conflictgraph.ingest.SyntheticReports;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The write benchmark of docs/writing.md: starts the service on a fresh embedded Neo4j,
 * then
 * <ol>
 * <li>bulk-imports synthetic reports in one {@code POST /api/reports} (NDJSON) and prints
 * facts per second;</li>
 * <li>replays the graph that import wrote: reads back every node and relationship,
 * deletes them and writes them again with plain {@code CREATE} into the same schema, in
 * as many transactions, and prints the facts per second that would mean (the database's
 * ceiling for this graph on this machine) and the ratio;</li>
 * <li>loads the same reports' nodes and relationships with hand-written UNWIND/MERGE
 * Cypher on the driver (what a user without the pipeline would write: no validation, no
 * resolution, no provenance) and prints items per second, and the ratio;</li>
 * <li>runs 32 clients that each post one small report at a time for 20 s, prints the
 * latency from request to acknowledgement (p50, p95, max), and checks that every
 * acknowledged report is in the graph exactly once and no entity was created twice.</li>
 * </ol>
 * Prints the load average before and after: the machine may be shared. Besides the wall
 * time of the bulk import it prints the CPU time the process spent on it, split by Java
 * thread (the database's Bolt worker, the request thread, ...) and the rest (JIT
 * compiler, garbage collector): on a shared machine the CPU time varies less. Options:
 * {@code --reports=N}, {@code --clients=N}, {@code --seconds=N} (0 skips the concurrent
 * part), {@code --warmup=N} (import N other reports and delete the graph before the
 * measured import, so that it runs in a warm JVM), {@code --replays=N} (default 2; the
 * first warms the replay's code, the faster counts), {@code --statements} (the time Neo4j
 * spent planning and executing each statement of the import).
 */
public final class WriteBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String KEY = "write-benchmark-editor-key-0123456789";

	/**
	 * Reports per transaction of a bulk import ({@code conflictgraph.ingest.batch-size}).
	 */
	private static final int BATCH = 20;

	private final URI reports;

	private final Driver driver;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private WriteBenchmark(ConfigurableApplicationContext context) {
		this.reports = URI
			.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/api/reports");
		this.driver = context.getBean(Driver.class);
	}

	public static void main(String[] arguments) throws Exception {
		// -Dbenchmark.args="--reports=... --clients=..." arrives as one argument.
		String[] args = String.join(" ", arguments).trim().split("\\s+");
		int bulk = intArg(args, "--reports=", 2000);
		int clients = intArg(args, "--clients=", 32);
		int seconds = intArg(args, "--seconds=", 20);
		int warmup = intArg(args, "--warmup=", 0);
		int replays = intArg(args, "--replays=", 2);
		boolean statements = List.of(args).contains("--statements");
		Path directory = Files.createTempDirectory("write-benchmark");
		System.out.printf(Locale.ROOT, "Write benchmark: %,d bulk reports, %d clients for %d s, data in %s%n", bulk,
				clients, seconds, directory);
		System.out.println("Load average at start: " + loadAverage());
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConflictGraphApplication.class)
			.properties("server.port=0", "conflictgraph.embedded.bolt-port=0",
					"conflictgraph.embedded.data-directory=" + directory.resolve("neo4j"),
					"conflictgraph.seed.enabled=false", "conflictgraph.security.keys[0].name=benchmark",
					"conflictgraph.security.keys[0].role=EDITOR", "conflictgraph.security.keys[0].hash=" + sha256(KEY),
					"spring.graphql.graphiql.enabled=false", "logging.level.root=WARN", "spring.main.banner-mode=off")
			.run();
		int status = 0;
		try {
			WriteBenchmark benchmark = new WriteBenchmark(context);
			if (warmup > 0) {
				benchmark.warmUp(warmup);
			}
			BulkRun pipeline = benchmark.bulk(bulk, statements);
			double ceiling = 0;
			for (int r = 0; r < replays; r++) {
				ceiling = Math.max(ceiling, benchmark.replay(pipeline, Math.max(1, bulk / BATCH)));
			}
			if (replays > 0) {
				System.out.printf(Locale.ROOT,
						"Ratio: the pipeline writes at %.2f x the rate of the fastest replay of its graph%n",
						pipeline.rate() / ceiling);
			}
			double raw = benchmark.raw(bulk);
			System.out.printf(Locale.ROOT, "Ratio: the pipeline writes at %.2f x the rate of the raw UNWIND load%n",
					pipeline.rate() / raw);
			// --seconds=0 (or --clients=0): the bulk part only.
			status = (clients == 0 || seconds == 0 || benchmark.concurrent(bulk, clients, seconds)) ? 0 : 1;
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		finally {
			context.close();
		}
		System.out.println("Load average at end: " + loadAverage());
		System.exit(status);
	}

	/**
	 * Imports other synthetic reports through the same endpoint, then deletes the whole
	 * graph again, so that the measured import runs in a warm JVM (its code compiled by
	 * the JIT, as in a service that has been running) into an empty graph. A dry run
	 * would not do: it never commits, so the commit path would stay cold.
	 */
	private void warmUp(int count) throws Exception {
		List<String> reports = SyntheticReports.generate(1_000_000, count);
		long start = System.nanoTime();
		HttpResponse<String> response = post(String.join("\n", reports) + "\n", "application/x-ndjson");
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
		}
		System.out.printf(Locale.ROOT,
				"Warm-up (%,d other reports imported, then the graph deleted): HTTP %d in %.1f s%n", count,
				response.statusCode(), (System.nanoTime() - start) / 1e9);
	}

	/**
	 * Bulk import through HTTP. With {@code statements}, also prints the time Neo4j spent
	 * planning and executing each statement of it, from its own query collection
	 * ({@code db.stats.collect('QUERIES')}).
	 */
	private BulkRun bulk(int count, boolean statements) throws Exception {
		List<String> reports = SyntheticReports.generate(0, count);
		String body = String.join("\n", reports) + "\n";
		if (statements) {
			try (Session session = this.driver.session()) {
				session.run("CALL db.stats.stop('QUERIES')").consume();
				session.run("CALL db.stats.clear('QUERIES')").consume();
				session.run("CALL db.stats.collect('QUERIES', {durationSeconds: 3600})").consume();
			}
		}
		long since = System.currentTimeMillis();
		ThreadCpu threads = ThreadCpu.start();
		long cpuBefore = cpuNanos();
		long start = System.nanoTime();
		HttpResponse<String> response = post(body, "application/x-ndjson");
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (cpuNanos() - cpuBefore) / 1e9;
		Map<String, Double> byThread = threads.stop();
		if (statements) {
			printStatements(since);
		}
		JsonNode summary = JSON.readTree(response.body());
		long facts = 0;
		for (JsonNode report : summary.get("reports")) {
			facts += report.path("facts").asLong();
		}
		BulkRun run = new BulkRun(facts, seconds);
		double rate = run.rate();
		System.out.printf(Locale.ROOT,
				"Bulk import (POST /api/reports, NDJSON): HTTP %d, %s ingested, %s failed, %,d facts in %.1f s: %,.0f facts/s%n",
				response.statusCode(), summary.path("ingested").asText(), summary.path("failed").asText(), facts,
				seconds, rate);
		// On a shared machine the wall time depends on what else runs; the CPU time the
		// process spent on the import (all threads, the database's too) much less.
		double named = byThread.values().stream().mapToDouble(Double::doubleValue).sum();
		System.out.printf(Locale.ROOT,
				"Bulk import CPU time (this process): %.1f s, %,.0f facts per CPU second; of it, Java threads %.1f s"
						+ " (rest: JIT compiler, garbage collector, threads that ended within 0.1 s)%n",
				cpu, facts / cpu, named);
		byThread.forEach((name, threadSeconds) -> {
			if (threadSeconds >= 0.2) {
				System.out.printf(Locale.ROOT, "  %-32s %5.1f s%n", name, threadSeconds);
			}
		});
		return run;
	}

	/**
	 * The statements run since the given time, by the time Neo4j spent executing them.
	 */
	private void printStatements(long since) {
		try (Session session = this.driver.session()) {
			session.run("CALL db.stats.stop('QUERIES')").consume();
			System.out.println("Statements of the bulk import (Neo4j's query collection): runs, executing, planning");
			session.run("""
					CALL db.stats.retrieve('QUERIES') YIELD data
					WITH data.query AS query, [i IN data.invocations WHERE i.startTimestampMillis >= $since] AS runs
					WHERE size(runs) > 0
					WITH query, runs,
					     reduce(t = 0, i IN runs | t + i.elapsedExecutionTimeInUs) / 1000.0 AS executing,
					     reduce(t = 0, i IN runs | t + i.elapsedCompileTimeInUs) / 1000.0 AS planning
					RETURN left(trim(replace(replace(query, 'CYPHER replan=skip', ''), '\n', ' ')), 70) AS query,
					       size(runs) AS runs, executing, planning
					ORDER BY executing DESC LIMIT 15""", Values.parameters("since", since))
				.forEachRemaining((row) -> System.out.printf(Locale.ROOT, "  %4d %8.0f ms %6.0f ms  %s%n",
						row.get("runs").asInt(), row.get("executing").asDouble(), row.get("planning").asDouble(),
						row.get("query").asString()));
		}
	}

	/**
	 * The same reports' nodes and relationships (under other ids) through plain UNWIND
	 * MERGE statements in transactions of 100 reports; returns items per second.
	 */
	private double raw(int count) {
		List<String> reports = SyntheticReports.generate(0, count);
		long items = 0;
		try (Session session = this.driver.session()) {
			// As the model's labels have: without it every MERGE scans all RawNodes.
			session.run("CREATE INDEX raw_node_id IF NOT EXISTS FOR (n:RawNode) ON (n.id)").consume();
			session.run("CALL db.awaitIndexes(300)").consume();
		}
		long start = System.nanoTime();
		try (Session session = this.driver.session()) {
			for (int first = 0; first < reports.size(); first += 100) {
				List<Map<String, Object>> nodes = new ArrayList<>();
				List<Map<String, Object>> relationships = new ArrayList<>();
				for (String json : reports.subList(first, Math.min(reports.size(), first + 100))) {
					JsonNode report = JSON.readTree(json);
					for (JsonNode entity : report.get("entities")) {
						nodes
							.add(Map.of("id", "raw-" + entity.get("id").asText(), "name", entity.get("name").asText()));
					}
					for (JsonNode event : report.get("events")) {
						nodes.add(Map.of("id", "raw-" + event.get("id").asText(), "name", event.get("title").asText()));
					}
					for (JsonNode claim : report.get("claims")) {
						nodes.add(Map.of("id", "raw-" + claim.get("id").asText(), "name",
								claim.get("statement").asText()));
						relationships.add(Map.of("type", "CLAIMED_BY", "from", "raw-" + claim.get("id").asText(), "to",
								"raw-" + claim.get("claimant").asText()));
					}
					for (JsonNode relation : report.get("relations")) {
						relationships.add(Map.of("type", relation.get("type").asText(), "from",
								"raw-" + relation.get("from").asText(), "to", "raw-" + relation.get("to").asText()));
					}
				}
				items += nodes.size() + relationships.size();
				write(session, "UNWIND $rows AS row MERGE (n:RawNode {id: row.id}) SET n.name = row.name", nodes, """
						UNWIND $rows AS row
						MERGE (a:RawNode {id: row.from})
						MERGE (b:RawNode {id: row.to})
						MERGE (a)-[r:$(row.type)]->(b)""", relationships);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double rate = items / seconds;
		System.out.printf(Locale.ROOT, "Raw UNWIND load (driver, no checks): %,d items in %.1f s: %,.0f items/s%n",
				items, seconds, rate);
		try (Session session = this.driver.session()) {
			session.run("MATCH (n:RawNode) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
			session.run("DROP INDEX raw_node_id IF EXISTS").consume();
		}
		return rate;
	}

	/**
	 * The database's ceiling for this graph: every node and relationship the bulk import
	 * wrote, read back, deleted and written again with plain {@code CREATE} into the same
	 * schema (its constraints and indexes, full-text ones included), in as many
	 * transactions as the import's batches, on the driver. No reads for resolution, no
	 * MERGE, no list unions, no lock: what no pipeline that writes this graph can beat.
	 * Returns the import's facts per second at the replay's speed.
	 */
	private double replay(BulkRun pipeline, int transactions) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		Map<String, Integer> position = new HashMap<>();
		List<Map<String, Object>> relationships = new ArrayList<>();
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (n:Node|AuditRecord) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
					ORDER BY id(n)""").forEachRemaining((r) -> {
				position.put(r.get("id").asString(), nodes.size());
				nodes.add(Map.of("labels", r.get("labels"), "props", r.get("props")));
			});
			session
				.run("""
						MATCH (a:Node)-[r]->(b:Node) RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props
						ORDER BY id(r)""")
				.forEachRemaining((r) -> relationships.add(Map.of("from", r.get("from").asString(), "to",
						r.get("to").asString(), "type", r.get("type").asString(), "props", r.get("props"))));
			session.run("MATCH (n:Node|AuditRecord) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
				.consume();
		}
		int perChunk = (nodes.size() + transactions - 1) / transactions;
		List<List<Map<String, Object>>> relationshipChunks = new ArrayList<>();
		for (int t = 0; t < transactions; t++) {
			relationshipChunks.add(new ArrayList<>());
		}
		for (Map<String, Object> relationship : relationships) {
			int chunk = Math.max(position.get((String) relationship.get("from")),
					position.get((String) relationship.get("to"))) / perChunk;
			relationshipChunks.get(chunk).add(relationship);
		}
		ThreadCpu threads = ThreadCpu.start();
		long cpuBefore = cpuNanos();
		long start = System.nanoTime();
		try (Session session = this.driver.session()) {
			for (int t = 0; t < transactions; t++) {
				List<Map<String, Object>> chunk = nodes.subList(Math.min(nodes.size(), t * perChunk),
						Math.min(nodes.size(), (t + 1) * perChunk));
				List<Map<String, Object>> links = relationshipChunks.get(t);
				write(session, "UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props", chunk, """
						UNWIND $rows AS row
						MATCH (a:Node {id: row.from})
						MATCH (b:Node {id: row.to})
						CREATE (a)-[r:$(row.type)]->(b) SET r = row.props""", links);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (cpuNanos() - cpuBefore) / 1e9;
		Map<String, Double> byThread = threads.stop();
		System.out.printf(Locale.ROOT,
				"Replay of the imported graph (plain CREATE, same schema, %d transactions): %,d nodes and %,d relationships in %.1f s, %.1f s CPU: %,.0f facts/s%n",
				transactions, nodes.size(), relationships.size(), seconds, cpu, pipeline.facts() / seconds);
		byThread.forEach((name, threadSeconds) -> {
			if (threadSeconds >= 0.2) {
				System.out.printf(Locale.ROOT, "  %-32s %5.1f s%n", name, threadSeconds);
			}
		});
		return pipeline.facts() / seconds;
	}

	/** One transaction: the node rows, then the relationship rows. */
	private static void write(Session session, String nodeStatement, List<Map<String, Object>> nodes,
			String relationshipStatement, List<Map<String, Object>> relationships) {
		session.executeWrite((tx) -> {
			tx.run(nodeStatement, Values.parameters("rows", nodes)).consume();
			tx.run(relationshipStatement, Values.parameters("rows", relationships)).consume();
			return null;
		});
	}

	/** Small concurrent writes; returns whether every check held. */
	private boolean concurrent(int offset, int clients, int seconds) throws Exception {
		AtomicInteger next = new AtomicInteger(offset);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger refused = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(threads.submit(() -> {
				while (System.nanoTime() < end) {
					int r = next.getAndIncrement();
					String report = SyntheticReports.generate(r, 1).get(0);
					long start = System.nanoTime();
					HttpResponse<String> response = post(report, "application/json");
					long took = System.nanoTime() - start;
					if (response.statusCode() == 200) {
						latencies.add(took);
						acknowledged.add(SyntheticReports.sourceId(r));
					}
					else {
						refused.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		threads.shutdown();
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT,
				"Concurrent small writes: %d clients, %d s: %,d acknowledged (%.1f reports/s), %d refused; latency p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
				clients, seconds, sorted.size(), sorted.size() / (double) seconds, refused.get(),
				percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 1.0));
		Map<String, Object> check;
		try (Session session = this.driver.session()) {
			check = session.run("""
					UNWIND $ids AS id
					OPTIONAL MATCH (s:Source {id: id})
					WITH count(s) AS found
					CALL () {
					  MATCH (n:Actor|Place) UNWIND n.nameKeys AS key
					  WITH labels(n) AS labels, key, count(*) AS nodes WHERE nodes > 1
					  RETURN count(*) AS duplicated
					}
					RETURN found, duplicated""", Values.parameters("ids", List.copyOf(acknowledged))).single().asMap();
		}
		long found = ((Number) check.get("found")).longValue();
		long duplicated = ((Number) check.get("duplicated")).longValue();
		System.out.printf(Locale.ROOT,
				"Acknowledged reports in the graph: %,d of %,d; name keys held by more than one entity: %d%n", found,
				acknowledged.size(), duplicated);
		return found == acknowledged.size() && duplicated == 0;
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(this.reports)
			.timeout(Duration.ofMinutes(30))
			.header("Content-Type", contentType)
			.header("X-API-Key", KEY)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The facts of a bulk import and the seconds it took. */
	private record BulkRun(long facts, double seconds) {

		double rate() {
			return this.facts / this.seconds;
		}

	}

	private static double percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

	/**
	 * CPU time per group of Java threads (digits in names replaced by N) while a part of
	 * the benchmark runs, sampled every 0.1 s so that threads ending before the part ends
	 * count too.
	 */
	private static final class ThreadCpu {

		private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

		private final Map<Long, long[]> cpu = new ConcurrentHashMap<>();

		private final Map<Long, String> names = new ConcurrentHashMap<>();

		private final Thread sampler = new Thread(this::sample, "write-benchmark-cpu");

		static ThreadCpu start() {
			ThreadCpu threadCpu = new ThreadCpu();
			threadCpu.read(true);
			threadCpu.sampler.setDaemon(true);
			threadCpu.sampler.start();
			return threadCpu;
		}

		private void sample() {
			while (!Thread.currentThread().isInterrupted()) {
				read(false);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		private void read(boolean first) {
			for (long id : this.threads.getAllThreadIds()) {
				long nanos = this.threads.getThreadCpuTime(id);
				ThreadInfo info = this.threads.getThreadInfo(id);
				if (nanos < 0 || info == null || id == this.sampler.getId()) {
					continue;
				}
				this.names.putIfAbsent(id, info.getThreadName().replaceAll("[0-9]+", "N"));
				// [CPU time when first seen, CPU time when last seen]
				this.cpu.computeIfAbsent(id, (key) -> new long[] { first ? nanos : 0, nanos })[1] = nanos;
			}
		}

		/** Seconds of CPU time per thread group, largest first. */
		Map<String, Double> stop() {
			this.sampler.interrupt();
			read(false);
			Map<String, Double> groups = new HashMap<>();
			this.cpu.forEach((id, nanos) -> groups.merge(this.names.get(id), (nanos[1] - nanos[0]) / 1e9, Double::sum));
			Map<String, Double> sorted = new LinkedHashMap<>();
			groups.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
			return sorted;
		}

	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static int intArg(String[] args, String prefix, int fallback) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return Integer.parseInt(arg.substring(prefix.length()));
			}
		}
		return fallback;
	}

	/** The hash of an API key, as the configuration takes it. */
	static String sha256(String key) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

}

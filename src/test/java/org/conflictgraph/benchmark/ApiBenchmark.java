package org.conflictgraph.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.conflictgraph.ConflictGraphApplication;
import org.conflictgraph.QueryCounter;
import org.conflictgraph.QueryPlans;
import org.conflictgraph.event.EventListPlans;
import org.conflictgraph.ingest.Report;
import org.conflictgraph.ingest.ReportIngester;
import org.conflictgraph.shared.FullText;
import org.conflictgraph.shared.Statement;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generates a synthetic graph of a given number of events as report documents, writes
 * them through the report pipeline, then runs a fixed mix of five representative requests
 * over HTTP GraphQL and the same answers through hand-written Cypher on the driver, and
 * prints latency, throughput and database queries per request. See docs/benchmark.md for
 * the command and the figures.
 */
public final class ApiBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Writes a report as a client would send it: absent optional fields and empty lists
	 * left out (the report schema refuses {@code null} and, for evidence, an empty list).
	 */
	private static final JsonMapper REPORT_JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.build();

	/** The editor key the benchmark's service accepts for its bulk import. */
	private static final String KEY = "api-benchmark-editor-key-0123456789";

	private final Options options;

	private final SyntheticWorld world;

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI endpoint;

	private final Driver driver;

	private final QueryCounter counter;

	private final @Nullable Peer peer;

	private ApiBenchmark(Options options, ConfigurableApplicationContext context, @Nullable Peer peer) {
		this.peer = peer;
		this.options = options;
		this.world = new SyntheticWorld(options.events);
		this.context = context;
		this.endpoint = URI
			.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/graphql");
		this.driver = context.getBean(Driver.class);
		this.counter = context.getBean(QueryCounter.class);
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		System.out.printf(Locale.ROOT, "Benchmark: %,d events, %d per report, data in %s%n", options.events,
				options.eventsPerReport, options.directory);
		Files.createDirectories(options.directory);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConflictGraphApplication.class,
				QueryCounter.Registration.class)
			.properties("server.port=0", "conflictgraph.embedded.bolt-port=0",
					"conflictgraph.embedded.data-directory=" + options.directory.resolve("neo4j"),
					"conflictgraph.embedded.page-cache=" + options.pageCache,
					"conflictgraph.embedded.transaction-log-retention=" + options.txLogRetention,
					"conflictgraph.embedded.transaction-memory=2GB", "conflictgraph.security.keys[0].name=benchmark",
					"conflictgraph.security.keys[0].role=EDITOR",
					"conflictgraph.security.keys[0].hash=" + WriteBenchmark.sha256(KEY),
					"spring.graphql.graphiql.enabled=false", "logging.level.root=WARN",
					"logging.level.org.conflictgraph.benchmark=INFO", "spring.main.banner-mode=off")
			.run();
		int status = 0;
		Peer peer = null;
		try {
			ApiBenchmark benchmark = new ApiBenchmark(options, context, null);
			benchmark.ingest();
			if (options.ingestOnly > 0) {
				return;
			}
			benchmark.checkPlans();
			if (options.peer) {
				peer = Peer.start(context.getBean(Neo4jConnectionDetails.class).getUri());
			}
			new ApiBenchmark(options, context, peer).run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		finally {
			if (peer != null) {
				peer.process().destroy();
			}
			context.close();
		}
		System.exit(status);
	}

	/**
	 * Writes the synthetic reports through the pipeline, those the graph does not hold
	 * yet: a run stopped during the ingest goes on where it stopped (each report is
	 * wholly in the graph or wholly out).
	 */
	private void ingest() throws Exception {
		ReportGenerator generator = new ReportGenerator(this.world, this.options.eventsPerReport, 20240312L);
		int reports = (this.options.ingestOnly > 0) ? Math.min(this.options.ingestOnly, generator.reports())
				: generator.reports();
		Set<String> present = new HashSet<>();
		try (Session session = this.driver.session()) {
			session.run("MATCH (s:Source) WHERE s.id STARTS WITH 'source:bench-report-' RETURN s.id AS id")
				.forEachRemaining((row) -> present.add(row.get("id").asString()));
		}
		long missing = IntStream.range(0, reports)
			.filter((index) -> !present.contains(ReportGenerator.sourceId(index)))
			.count();
		if (missing == 0) {
			System.out.printf(Locale.ROOT, "Graph already holds the %,d reports%n", reports);
			printCounts();
			return;
		}
		if (missing < reports) {
			System.out.printf(Locale.ROOT, "Graph holds %,d of the %,d reports; writing the other %,d%n",
					reports - missing, reports, missing);
		}
		System.out.printf(Locale.ROOT, "Ingest %s%n",
				this.options.bulk
						? "through POST /api/reports, " + this.options.chunk + " reports per request (bulk import)"
						: "one report per transaction (ReportIngester.ingest)");
		ReportIngester ingester = this.context.getBean(ReportIngester.class);
		long start = System.nanoTime();
		long facts = 0;
		int written = 0;
		long nextProgress = Math.max(1, missing / 20);
		List<String> chunk = new ArrayList<>();
		for (int index = 0; index < reports; index++) {
			if (present.contains(ReportGenerator.sourceId(index))) {
				continue;
			}
			Report report = generator.report(index);
			if (this.options.reportsOut != null) {
				appendJson(report);
			}
			if (this.options.bulk) {
				chunk.add(REPORT_JSON.writeValueAsString(report));
				if (chunk.size() < this.options.chunk && index + 1 < reports) {
					continue;
				}
				facts += postReports(chunk);
				written += chunk.size();
				chunk.clear();
			}
			else {
				facts += ingester.ingest(report, false).facts();
				written++;
			}
			if (written >= nextProgress || index + 1 == reports) {
				nextProgress += Math.max(1, missing / 20);
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf(Locale.ROOT, "  ingested %,d/%,d reports (%,d facts) in %.0f s, %.1f reports/s%n",
						written, missing, facts, seconds, written / seconds);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "Ingest: %,d reports, %,d facts in %.0f s (%.0f facts/s)%n", written, facts,
				seconds, facts / seconds);
		printCounts();
	}

	/** Writes reports as a bulk import, as a client would; returns their facts. */
	private long postReports(List<String> lines) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint.resolve("/api/reports"))
			.timeout(Duration.ofHours(1))
			.header("Content-Type", "application/x-ndjson")
			.header("X-API-Key", KEY)
			.POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		JsonNode body = JSON.readTree(response.body());
		if (response.statusCode() != 200 || body.path("ingested").asInt() != lines.size()) {
			throw new IllegalStateException("The bulk import answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(2000, response.body().length())));
		}
		return body.path("facts").asLong();
	}

	private void appendJson(Report report) {
		try {
			Files.writeString(this.options.reportsOut, REPORT_JSON.writeValueAsString(report) + "\n",
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void printCounts() {
		try (Session session = this.driver.session()) {
			StringBuilder line = new StringBuilder("Graph:");
			for (String label : List.of("Event", "Claim", "Actor", "Place", "Asset", "Source", "Mention")) {
				long count = session.run("MATCH (n:" + label + ") RETURN count(n) AS count")
					.single()
					.get("count")
					.asLong();
				line.append(String.format(Locale.ROOT, " %s=%,d", label, count));
			}
			long relationships = session.run("MATCH ()-[r]->() RETURN count(r) AS count")
				.single()
				.get("count")
				.asLong();
			line.append(String.format(Locale.ROOT, " relationships=%,d", relationships));
			System.out.println(line);
		}
	}

	/** EXPLAINs the API's page queries for representative event filters on this graph. */
	private void checkPlans() {
		System.out.println("Plans of the API's event list queries (leaf operators):");
		Map<String, Statement> pages = EventListPlans.pages(SyntheticWorld.regionId(3), SyntheticWorld.actorId(2),
				ReportGenerator.sourceId(1), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31), 46.0, 22.0);
		pages.forEach((name, page) -> {
			List<String> leaves = QueryPlans.leaves(this.driver, page.cypher(), page.parameters());
			boolean scan = leaves.stream()
				.anyMatch((leaf) -> leaf.equals("NodeByLabelScan") || leaf.equals("AllNodesScan"));
			System.out.printf(Locale.ROOT, "  %-26s %s%s%n", name, leaves, scan ? "  <-- LABEL SCAN" : "");
		});
	}

	private void run() throws Exception {
		List<Workload> workloads = workloads();
		Random random = new Random(7);
		System.out.printf(Locale.ROOT,
				"Warm-up: %d requests of each kind, each way, the answers compared (the ids, statements and counts "
						+ "in their order)%n",
				this.options.warmup);
		List<String> differences = new ArrayList<>();
		for (Workload workload : workloads) {
			Answers answers = answers(workload.name);
			int compared = 0;
			int oursDiffer = 0;
			int peerDiffer = 0;
			for (int i = 0; i < this.options.warmup; i++) {
				Map<String, Object> parameters = workload.parameters.apply(random);
				JsonNode ours = graphQl(workload, parameters);
				JsonNode peer = peerAnswer(workload, parameters);
				JsonNode rows = cypherRows(workload, parameters);
				if (answers == null) {
					continue;
				}
				compared++;
				Object expected = answers.cypher().apply(rows);
				Object oursGot = answers.ours().apply(ours.path("data"));
				if (!expected.equals(oursGot)) {
					oursDiffer++;
					differences.add(String.format(Locale.ROOT, "%s %s: Cypher %s, ours %s", workload.name, parameters,
							expected, oursGot));
				}
				if (peer != null) {
					Object peerGot = answers.peer().apply(peer.path("data"));
					if (!expected.equals(peerGot)) {
						peerDiffer++;
						differences.add(String.format(Locale.ROOT, "%s %s: Cypher %s, @neo4j/graphql %s", workload.name,
								parameters, expected, peerGot));
					}
				}
			}
			if (answers != null) {
				System.out.printf(Locale.ROOT, "  %-34s answers equal to the Cypher's: ours %d of %d, peer %s%n",
						workload.name, compared - oursDiffer, compared,
						(this.peer != null) ? (compared - peerDiffer) + " of " + compared : "not run");
			}
		}
		if (!differences.isEmpty()) {
			differences.stream().limit(10).forEach((difference) -> System.out.println("  DIFFERENT: " + difference));
			throw new IllegalStateException(differences.size()
					+ " warm-up answers differ from the hand-written Cypher's; the figures would compare different work");
		}
		if (this.options.cpu > 0) {
			cpu(workloads);
		}
		System.out.printf(Locale.ROOT,
				"%nLatency, %d sequential requests of each kind, each way in turn (ms); load average %s%n",
				this.options.requests, loadAverage());
		System.out.printf(Locale.ROOT, "%-34s %7s %7s %7s %7s %7s %7s %8s %8s %9s %9s %7s%n", "need", "ours50",
				"ours95", "peer50", "peer95", "cy50", "cy95", "ours/cy", "ours/peer", "stmts/tx", "peer st", "rows");
		StringBuilder firstRows = new StringBuilder();
		for (Workload workload : workloads) {
			long[] ours = new long[this.options.requests];
			long[] peer = new long[this.options.requests];
			long[] cypher = new long[this.options.requests];
			long statements = 0;
			long transactions = 0;
			long peerStatements = 0;
			long rows = 0;
			Map<Way, long[]> times = new java.util.EnumMap<>(
					Map.of(Way.OURS, ours, Way.PEER, peer, Way.CYPHER, cypher));
			Map<Way, List<Long>> firsts = new java.util.EnumMap<>(Way.class);
			for (Way way : Way.values()) {
				firsts.put(way, new ArrayList<>());
			}
			Random sequence = new Random(11);
			List<Way> ways = (this.peer != null) ? List.of(Way.OURS, Way.PEER, Way.CYPHER)
					: List.of(Way.OURS, Way.CYPHER);
			for (int i = 0; i < this.options.requests; i++) {
				Map<String, Object> parameters = workload.parameters.apply(sequence);
				// The way that goes first reads the parameters' pages from disk when
				// the graph is larger than the page cache; the others find them cached.
				// So the first way rotates: each goes first in every third request.
				for (int turn = 0; turn < ways.size(); turn++) {
					Way way = ways.get((i + turn) % ways.size());
					this.counter.reset();
					long start = System.nanoTime();
					long elapsed = switch (way) {
						case OURS -> {
							graphQl(workload, parameters);
							long time = System.nanoTime() - start;
							statements += this.counter.count();
							transactions += this.counter.transactions();
							yield time;
						}
						case PEER -> {
							peerStatements += peer(workload, parameters);
							yield System.nanoTime() - start;
						}
						case CYPHER -> {
							rows += cypher(workload, parameters);
							yield System.nanoTime() - start;
						}
					};
					times.get(way)[i] = elapsed;
					if (turn == 0) {
						firsts.get(way).add(elapsed);
					}
				}
			}
			double ours50 = percentile(ours, 50);
			double peer50 = percentile(peer, 50);
			double cy50 = percentile(cypher, 50);
			double n = this.options.requests;
			System.out.printf(Locale.ROOT,
					"%-34s %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f %7.2fx %8.2fx %4.1f/%-4.1f %9.1f %7.1f%n", workload.name,
					ours50, percentile(ours, 95), peer50, percentile(peer, 95), cy50, percentile(cypher, 95),
					ours50 / cy50, (this.peer != null) ? ours50 / peer50 : Double.NaN, statements / n, transactions / n,
					peerStatements / n, rows / n);
			firstRows.append(String.format(Locale.ROOT, "%-34s %7.1f %7.1f %7.1f %7.2fx %8.2fx%n", workload.name,
					median(firsts.get(Way.OURS)), median(firsts.get(Way.PEER)), median(firsts.get(Way.CYPHER)),
					median(firsts.get(Way.OURS)) / median(firsts.get(Way.CYPHER)),
					median(firsts.get(Way.OURS)) / median(firsts.get(Way.PEER))));
		}
		System.out.printf(Locale.ROOT,
				"%np50 of the requests where the way went first, its pages not yet read by another way (ms)%n");
		System.out.printf(Locale.ROOT, "%-34s %7s %7s %7s %8s %8s%n", "need", "ours50", "peer50", "cy50", "ours/cy",
				"ours/peer");
		System.out.print(firstRows);
		double oursThroughput = throughput(workloads, Way.OURS);
		double peerThroughput = (this.peer != null) ? throughput(workloads, Way.PEER) : Double.NaN;
		double cypherThroughput = throughput(workloads, Way.CYPHER);
		System.out.printf(Locale.ROOT,
				"%nThroughput of the mix with %d client threads for %d s: ours %.1f req/s, @neo4j/graphql %.1f req/s, "
						+ "Cypher %.1f req/s; load average %s%n",
				this.options.threads, this.options.seconds, oursThroughput, peerThroughput, cypherThroughput,
				loadAverage());
	}

	/**
	 * Prints the CPU time this JVM (the service with its embedded database) spends per
	 * request of each need, through this service and as the hand-written Cypher, over
	 * {@code cpu} sequential requests each: the process's user and system time less the
	 * client's (the calling thread and the HTTP client's threads), so that the figure
	 * moves with the code, not the load; and the same for the Java threads only.
	 */
	private void cpu(List<Workload> workloads) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		System.out.printf(Locale.ROOT,
				"%nService CPU per request, %d sequential requests of each kind; load average %s%n", this.options.cpu,
				loadAverage());
		for (Workload workload : workloads) {
			if (!workload.name.contains(this.options.cpuNeeds)) {
				continue;
			}
			double[] ours = cpu(os, threads, () -> {
				Random sequence = new Random(13);
				for (int i = 0; i < this.options.cpu; i++) {
					graphQl(workload, workload.parameters.apply(sequence));
				}
			});
			double[] cypher = cpu(os, threads, () -> {
				Random sequence = new Random(13);
				for (int i = 0; i < this.options.cpu; i++) {
					cypher(workload, workload.parameters.apply(sequence));
				}
			});
			System.out.printf(Locale.ROOT,
					"  %-34s ours %6.2f ms CPU (%6.2f in Java threads) %6.2f ms wall; Cypher %6.2f ms CPU (%6.2f) %6.2f ms wall%n",
					workload.name, ours[0], ours[2], ours[1], cypher[0], cypher[2], cypher[1]);
		}
	}

	/** The CPU time and the wall time per request of a loop, ms. */
	private double[] cpu(com.sun.management.OperatingSystemMXBean os, java.lang.management.ThreadMXBean threads,
			Runnable loop) {
		long process = os.getProcessCpuTime();
		long client = clientCpu(threads);
		long java = javaCpu(threads);
		long start = System.nanoTime();
		loop.run();
		double n = this.options.cpu;
		long clientDelta = clientCpu(threads) - client;
		return new double[] { ((os.getProcessCpuTime() - process) - clientDelta) / 1e6 / n,
				(System.nanoTime() - start) / 1e6 / n, ((javaCpu(threads) - java) - clientDelta) / 1e6 / n };
	}

	/**
	 * The CPU time of every live Java thread: the process's less the JIT compiler's and
	 * the garbage collector's, which are still busy long after a short warm-up.
	 */
	private static long javaCpu(java.lang.management.ThreadMXBean threads) {
		long total = 0;
		for (long id : threads.getAllThreadIds()) {
			total += Math.max(0, threads.getThreadCpuTime(id));
		}
		return total;
	}

	/** The CPU time of the client's threads: this one and the HTTP client's. */
	private static long clientCpu(java.lang.management.ThreadMXBean threads) {
		long total = threads.getCurrentThreadCpuTime();
		for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("HttpClient-")) {
				total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return total;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+", 4)[0] + " (1 min), "
					+ Runtime.getRuntime().availableProcessors() + " cores";
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	private enum Way {

		OURS, PEER, CYPHER

	}

	private double throughput(List<Workload> workloads, Way way) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(this.options.threads);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong done = new AtomicLong();
		List<Future<?>> clients = new ArrayList<>();
		for (int t = 0; t < this.options.threads; t++) {
			int thread = t;
			clients.add(pool.submit(() -> {
				// Each way its own parameters, so that none finds pages another way read.
				Random random = new Random(100 + 10 * way.ordinal() + thread);
				int next = thread;
				while (running.get()) {
					Workload workload = workloads.get(next++ % workloads.size());
					Map<String, Object> parameters = workload.parameters.apply(random);
					switch (way) {
						case OURS -> graphQl(workload, parameters);
						case PEER -> peer(workload, parameters);
						case CYPHER -> cypher(workload, parameters);
					}
					done.incrementAndGet();
				}
				return null;
			}));
		}
		long start = System.nanoTime();
		Thread.sleep(this.options.seconds * 1000L);
		running.set(false);
		for (Future<?> client : clients) {
			client.get();
		}
		pool.shutdown();
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

	/** The median of some request times in ms, NaN for none. */
	private static double median(List<Long> nanos) {
		return nanos.isEmpty() ? Double.NaN : percentile(nanos.stream().mapToLong(Long::longValue).toArray(), 50);
	}

	private static double percentile(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	/** Sends one GraphQL request to this service and fails on any error in the answer. */
	private JsonNode graphQl(Workload workload, Map<String, Object> parameters) {
		return post(this.endpoint, workload.name, workload.graphQl, parameters);
	}

	/**
	 * Sends the same need to @neo4j/graphql; returns the statements it ran for it.
	 */
	private int peer(Workload workload, Map<String, Object> parameters) {
		JsonNode answer = peerAnswer(workload, parameters);
		return (answer != null) ? answer.path("extensions").path("statements").asInt() : 0;
	}

	private @Nullable JsonNode peerAnswer(Workload workload, Map<String, Object> parameters) {
		if (this.peer == null) {
			return null;
		}
		return post(this.peer.endpoint(), workload.name + " (@neo4j/graphql)", workload.peerGraphQl,
				workload.peerVariables.apply(parameters));
	}

	/** The hand-written Cypher's rows as JSON (Jackson writes dates as ISO text). */
	private JsonNode cypherRows(Workload workload, Map<String, Object> parameters) {
		return JSON.valueToTree(cypherRecords(workload, parameters));
	}

	/**
	 * What of one need's answer the three ways must agree on, read from each way's answer
	 * (ours and the peer's {@code data}, the Cypher's rows); null for the baseline, which
	 * has nothing to compare. A need added without its answers fails here.
	 */
	private static @Nullable Answers answers(String need) {
		return switch (need) {
			case "filtered nested event list" -> new Answers(
					(data) -> each(data.path("events").path("edges"),
							(edge) -> eventSummary(edge.path("node"), edge.path("node").path("participants"))),
					(data) -> each(data.path("events"),
							(event) -> eventSummary(event, event.path("participantsConnection").path("edges"))),
					(rows) -> each(rows,
							(row) -> eventSummary(row.path("event"), row.path("event").path("participants"))));
			case "actor profile, claims, evidence" ->
				new Answers((data) -> profile(data.path("actor"), data.path("actor").path("events"), "event"),
						(data) -> profile(data.path("actors").path(0),
								data.path("actors").path(0).path("eventsConnection").path("edges"), "node"),
						(rows) -> profile(rows.path(0).path("actor"), rows.path(0).path("actor").path("events"), null));
			case "search" -> new Answers((data) -> each(data.path("search"), (hit) -> hit.path("entity").path("id")),
					(data) -> each(data.path("search"), (hit) -> hit.path("id")),
					(rows) -> each(rows, (row) -> row.path("id")));
			case "actor timeline" -> new Answers(
					(data) -> each(data.path("timeline").path("nodes"), (node) -> node.path("event").path("id")),
					(data) -> each(data.path("actors").path(0).path("eventsConnection").path("edges"),
							(edge) -> edge.path("node").path("id")),
					(rows) -> each(rows, (row) -> row.path("id")));
			case "event counts by type in a region" -> new Answers(
					(data) -> counts(each(data.path("eventCounts"),
							(count) -> count.path("key").asString() + "=" + count.path("count").asLong())),
					(data) -> counts(IntStream.range(0, ReportGenerator.EVENT_TYPES.size())
						.mapToObj((type) -> ReportGenerator.EVENT_TYPES.get(type) + "="
								+ data.path("t" + type).path("aggregate").path("count").path("nodes").asLong())
						.filter((count) -> !count.endsWith("=0"))
						.toList()),
					(rows) -> counts(
							each(rows, (row) -> row.path("key").asString() + "=" + row.path("count").asLong())));
			case "baseline: no database" -> null;
			default -> throw new IllegalArgumentException("no answers to compare for the need '" + need + "'");
		};
	}

	/** An event's id with how many claims and participants it came with. */
	private static String eventSummary(JsonNode event, JsonNode participants) {
		return event.path("id").asString() + " claims=" + event.path("claims").size() + " participants="
				+ participants.size();
	}

	/** An actor's claims' statements and events' ids in order, and its quotes counted. */
	private static List<Object> profile(JsonNode actor, JsonNode events, @Nullable String eventField) {
		return List.of(actor.path("id").asString(), each(actor.path("claims"), (claim) -> claim.path("statement")),
				each(events, (event) -> (eventField != null) ? event.path(eventField).path("id") : event.path("id")),
				"quotes=" + actor.path("evidence").size());
	}

	private static List<String> counts(List<String> counts) {
		return counts.stream().sorted().toList();
	}

	private static List<String> each(JsonNode array, java.util.function.Function<JsonNode, Object> item) {
		List<String> items = new ArrayList<>();
		for (JsonNode element : array) {
			Object value = item.apply(element);
			items.add((value instanceof JsonNode node) ? node.asString() : String.valueOf(value));
		}
		return items;
	}

	/** How to read what must agree from each way's answer to one need. */
	private record Answers(java.util.function.Function<JsonNode, Object> ours,
			java.util.function.Function<JsonNode, Object> peer, java.util.function.Function<JsonNode, Object> cypher) {
	}

	private JsonNode post(URI endpoint, String name, String document, Map<String, Object> variables) {
		try {
			String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
			HttpRequest request = HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode answer = JSON.readTree(response.body());
			if (response.statusCode() != 200 || answer.has("errors")) {
				throw new IllegalStateException(name + " failed: " + response.body());
			}
			return answer;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs the hand-written Cypher in a read transaction and reads every row; returns the
	 * rows.
	 */
	private int cypher(Workload workload, Map<String, Object> parameters) {
		return cypherRecords(workload, parameters).size();
	}

	/** The hand-written Cypher's rows, each read as a map of its columns. */
	private List<Map<String, Object>> cypherRecords(Workload workload, Map<String, Object> parameters) {
		Map<String, Object> cypherParameters = workload.cypherParameters.apply(parameters);
		try (Session session = this.driver.session()) {
			return session
				.executeRead((tx) -> tx.run(workload.cypher, cypherParameters).list(org.neo4j.driver.Record::asMap));
		}
	}

	private List<Workload> workloads() {
		int regions = this.world.regions();
		int settlements = this.world.settlements;
		List<Workload> workloads = new ArrayList<>();
		workloads.add(new Workload("baseline: no database", "{ __typename }", "RETURN 1 AS one", (random) -> Map.of(),
				(parameters) -> parameters, "{ __typename }", (parameters) -> parameters));
		workloads.add(new Workload("filtered nested event list", """
				query($region: ID!, $from: Date!, $to: Date!) {
				  events(filter: {place: $region, from: $from, to: $to}, first: 20) {
				    edges { node { id title date type status
				      participants { role actor { id name } }
				      places { place { id name } }
				      claims { id statement figures { killed injured } claimant { id name } }
				      evidence(first: 5) { quote source { title published } } } } } }""", """
				MATCH (:Place {id: $region})<-[:LOCATED_IN]-*(:Place)<-[:OCCURRED_IN]-(e:Event)
				WHERE e.date >= $from AND e.date <= $to
				WITH DISTINCT e ORDER BY e.date DESC, e.id DESC LIMIT 20
				RETURN e {.id, .title, .date, .type, .status,
				  participants: [(a:Actor)-[p:PARTICIPATED_IN]->(e) | {role: p.role, actor: a {.id, .name}}],
				  places: [(e)-[:OCCURRED_IN]->(pl:Place) | pl {.id, .name}],
				  claims: [(c:Claim)-[:ABOUT]->(e) | c {.id, .statement, .killed, .injured,
				           claimant: [(c)-[:CLAIMED_BY]->(x:Actor) | x {.id, .name}][0]}],
				  evidence: COLLECT { MATCH (e)-[:EVIDENCED_BY]->(m:Mention)-[:IN_SOURCE]->(s:Source)
				                      RETURN {quote: m.quote, title: s.title, published: s.published}
				                      ORDER BY s.published DESC LIMIT 5 }
				} AS event""", (random) -> {
			LocalDate from = ReportGenerator.FIRST_DAY.plusDays(random.nextInt(ReportGenerator.DAYS - 90));
			return Map.of("region", SyntheticWorld.regionId(random.nextInt(regions)), "from", from.toString(), "to",
					from.plusDays(90).toString());
		}, ApiBenchmark::dates, """
				query($region: ID!, $from: Date!, $to: Date!) {
				  events(where: {date: {gte: $from, lte: $to}, places: {some: {OR: [{id: {eq: $region}},
				           {locatedIn: {some: {id: {eq: $region}}}},
				           {locatedIn: {some: {locatedIn: {some: {id: {eq: $region}}}}}}]}}},
				         sort: [{date: DESC}, {id: DESC}], limit: 20) {
				    id title date type status
				    participantsConnection { edges { properties { role } node { id name } } }
				    places { id name }
				    claims { id statement killed injured claimant { id name } }
				    evidence(limit: 5) { quote source { title published } } } }""", (parameters) -> parameters));
		workloads.add(new Workload("actor profile, claims, evidence", """
				query($id: ID!) { actor(id: $id) { id name kind aliases country
				  evidence(first: 10) { quote start end source { title published } }
				  claims(first: 10) { statement date figures { killed injured } evidence { quote } }
				  events(first: 10) { role event { id title date } } } }""", """
				MATCH (a:Actor {id: $id})
				RETURN a {.id, .name, .aliases, .country,
				  kind: [l IN labels(a) WHERE l <> 'Actor' AND l <> 'Node'][0],
				  evidence: COLLECT { MATCH (a)-[:EVIDENCED_BY]->(m:Mention)-[:IN_SOURCE]->(s:Source)
				                      RETURN {quote: m.quote, start: m.start, end: m.end, title: s.title,
				                              published: s.published}
				                      ORDER BY s.published DESC LIMIT 10 },
				  claims: COLLECT { MATCH (a)<-[:CLAIMED_BY]-(c:Claim) WITH c ORDER BY c.date DESC, c.id DESC LIMIT 10
				                    RETURN c {.statement, .date, .killed, .injured,
				                              evidence: [(c)-[:EVIDENCED_BY]->(m:Mention) | m.quote]} },
				  events: COLLECT { MATCH (a)-[p:PARTICIPATED_IN]->(e:Event) WITH p, e
				                    ORDER BY e.date DESC, e.id DESC LIMIT 10
				                    RETURN {role: p.role, id: e.id, title: e.title, date: e.date} }
				} AS actor""", (random) -> Map.of("id", SyntheticWorld.actorId(attacker(random))),
				(parameters) -> parameters,
				"""
						query($id: ID!) { actors(where: {id: {eq: $id}}) { id name kind aliases country
						  evidence(limit: 10) { quote start end source { title published } }
						  claims(sort: [{date: DESC}, {id: DESC}], limit: 10) { statement date killed injured evidence { quote } }
						  eventsConnection(sort: [{node: {date: DESC}}, {node: {id: DESC}}], first: 10) {
						    edges { properties { role } node { id title date } } } } }""",
				(parameters) -> parameters));
		workloads.add(new Workload("search", """
				query($text: String!) { search(text: $text, first: 10) { score entity { id name kind } } }""", """
				CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 10}) YIELD node, score
				RETURN node.id AS id, coalesce(node.name, node.title) AS name, labels(node) AS labels, score
				ORDER BY score DESC, id LIMIT 10""",
				(random) -> Map.of("text",
						random.nextBoolean() ? this.world.settlementName(random.nextInt(settlements))
								: SyntheticWorld.actorName(attacker(random))),
				(parameters) -> Map.of("query", lucene((String) parameters.get("text"))), """
						query($query: String!) { search(query: $query) { score id name labels } }""",
				(parameters) -> Map.of("query", lucene((String) parameters.get("text")))));
		workloads.add(new Workload("actor timeline",
				"""
						query($actor: ID!) { timeline(actor: $actor, first: 20) { nodes { date roles event { id title type } } } }""",
				"""
						MATCH (:Actor {id: $actor})-[r:PARTICIPATED_IN]->(e:Event)
						WITH e, collect(r.role) AS roles ORDER BY e.date, e.id LIMIT 20
						RETURN e.date AS date, roles, e.id AS id, e.title AS title, e.type AS type""",
				(random) -> Map.of("actor", SyntheticWorld.actorId(attacker(random))), (parameters) -> parameters, """
						query($actor: ID!) { actors(where: {id: {eq: $actor}}) {
						  eventsConnection(sort: [{node: {date: ASC}}, {node: {id: ASC}}], first: 20) {
						    edges { properties { role } node { id title type date } } } } }""",
				(parameters) -> parameters));
		workloads.add(new Workload("event counts by type in a region", """
				query($region: ID!, $from: Date!, $to: Date!) {
				  eventCounts(groupBy: TYPE, filter: {place: $region, from: $from, to: $to}) { key count } }""", """
				MATCH (:Place {id: $region})<-[:LOCATED_IN]-*(:Place)<-[:OCCURRED_IN]-(e:Event)
				WHERE e.date >= $from AND e.date <= $to
				WITH DISTINCT e
				RETURN e.type AS key, count(e) AS count ORDER BY count DESC, key""", (random) -> {
			LocalDate from = ReportGenerator.FIRST_DAY.plusDays(random.nextInt(ReportGenerator.DAYS - 365));
			return Map.of("region", SyntheticWorld.regionId(random.nextInt(regions)), "from", from.toString(), "to",
					from.plusDays(365).toString());
		}, ApiBenchmark::dates, peerCounts(), (parameters) -> parameters));
		return workloads;
	}

	/**
	 * Event counts by type through @neo4j/graphql, which cannot group: one aggregation
	 * per type the generator writes, under an alias each.
	 */
	private static String peerCounts() {
		StringBuilder document = new StringBuilder("query($region: ID!, $from: Date!, $to: Date!) {\n");
		for (int type = 0; type < ReportGenerator.EVENT_TYPES.size(); type++) {
			document.append("  t")
				.append(type)
				.append(": eventsConnection(where: {type: {eq: \"")
				.append(ReportGenerator.EVENT_TYPES.get(type))
				.append("\"}, date: {gte: $from, lte: $to}, places: {some: {OR: [{id: {eq: $region}},")
				.append(" {locatedIn: {some: {id: {eq: $region}}}},")
				.append(" {locatedIn: {some: {locatedIn: {some: {id: {eq: $region}}}}}}]}}})")
				.append(" { aggregate { count { nodes } } }\n");
		}
		return document.append('}').toString();
	}

	private int attacker(Random random) {
		return random.nextInt(10) < 6 ? this.world.actorOfKind("ArmedGroup", random.nextInt())
				: this.world.actorOfKind("MilitaryForce", random.nextInt());
	}

	/** The same Lucene query the search field builds from the text. */
	static String lucene(String text) {
		List<String> words = FullText.words(text);
		List<String> fuzzy = words.stream().filter((word) -> word.length() >= 5).map((word) -> word + "~1").toList();
		return "\"" + String.join(" ", words) + "\"^4 OR (" + String.join(" ", words) + ")^2"
				+ (fuzzy.isEmpty() ? "" : " OR (" + String.join(" ", fuzzy) + ")");
	}

	private static Map<String, Object> dates(Map<String, Object> parameters) {
		Map<String, Object> converted = new HashMap<>(parameters);
		converted.put("from", LocalDate.parse((String) parameters.get("from")));
		converted.put("to", LocalDate.parse((String) parameters.get("to")));
		return converted;
	}

	/**
	 * One kind of request: a GraphQL document, the hand-written Cypher that fetches the
	 * same answer, and how to draw parameters for it.
	 */
	private record Workload(String name, String graphQl, String cypher,
			java.util.function.Function<Random, Map<String, Object>> parameters,
			java.util.function.Function<Map<String, Object>, Map<String, Object>> cypherParameters, String peerGraphQl,
			java.util.function.Function<Map<String, Object>, Map<String, Object>> peerVariables) {
	}

	/**
	 * @neo4j/graphql serving the same database: {@code src/test/peer/server.mjs}, its
	 * packages installed by npm first.
	 */
	private record Peer(Process process, URI endpoint) {

		static Peer start(URI bolt) throws java.io.IOException {
			Path directory = Path.of("src/test/peer").toAbsolutePath();
			String install = Files.exists(directory.resolve("package-lock.json")) ? "ci" : "install";
			System.out.printf(Locale.ROOT, "npm %s in %s%n", install, directory);
			Process npm = new ProcessBuilder("npm", install, "--no-audit", "--no-fund", "--loglevel=error")
				.directory(directory.toFile())
				.inheritIO()
				.start();
			try {
				if (npm.waitFor() != 0) {
					throw new IllegalStateException("npm " + install + " failed in " + directory);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			ProcessBuilder node = new ProcessBuilder("node", "server.mjs").directory(directory.toFile())
				.redirectErrorStream(true);
			node.environment().put("NEO4J_URI", bolt.toString());
			node.environment().put("PORT", "0");
			Process process = node.start();
			java.io.BufferedReader output = new java.io.BufferedReader(
					new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
			String line;
			while ((line = output.readLine()) != null) {
				if (line.startsWith("peer ready ")) {
					int port = Integer.parseInt(line.substring("peer ready ".length()).trim());
					Thread drain = new Thread(() -> output.lines().forEach(System.out::println), "peer-output");
					drain.setDaemon(true);
					drain.start();
					System.out.printf(Locale.ROOT, "@neo4j/graphql on port %d, database %s%n", port, bolt);
					return new Peer(process, URI.create("http://127.0.0.1:" + port + "/graphql"));
				}
				System.out.println("peer: " + line);
			}
			throw new IllegalStateException("@neo4j/graphql did not start (src/test/peer/server.mjs)");
		}

	}

	/** Command line options, {@code --name=value}. */
	static final class Options {

		int events = 10_000;

		int eventsPerReport = 20;

		int requests = 200;

		int warmup = 50;

		int threads = 2;

		int seconds = 20;

		String pageCache = "1GB";

		/** Small, so that the 1M graph fits the disk: its logs would take about 90 GB. */
		String txLogRetention = "2 files";

		Path directory;

		Path reportsOut;

		boolean peer = true;

		int cpu;

		String cpuNeeds = "";

		/**
		 * Write only the first this many reports of the graph, print the figures and
		 * stop.
		 */
		int ingestOnly;

		/**
		 * Write the reports as a bulk import ({@code POST /api/reports}) rather than one
		 * per transaction.
		 */
		boolean bulk = true;

		/** Reports per bulk import request. */
		int chunk = 500;

		static Options parse(String[] args) {
			Options options = new Options();
			Map<String, String> values = new LinkedHashMap<>();
			for (String arg : args) {
				for (String part : arg.trim().split("\\s+")) {
					if (part.startsWith("--") && part.contains("=")) {
						values.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
					}
					else if (!part.isBlank()) {
						throw new IllegalArgumentException("Unknown argument " + part);
					}
				}
			}
			options.events = intValue(values.remove("events"), options.events);
			options.eventsPerReport = intValue(values.remove("events-per-report"), options.eventsPerReport);
			options.requests = intValue(values.remove("requests"), options.requests);
			options.warmup = intValue(values.remove("warmup"), options.warmup);
			options.threads = intValue(values.remove("threads"), options.threads);
			options.seconds = intValue(values.remove("seconds"), options.seconds);
			options.pageCache = value(values.remove("page-cache"), options.pageCache);
			options.txLogRetention = value(values.remove("tx-log-retention"), options.txLogRetention).replace('+', ' ');
			options.directory = Path.of(value(values.remove("dir"),
					System.getProperty("java.io.tmpdir") + "/conflictgraph-benchmark-" + options.events));
			options.peer = Boolean.parseBoolean(value(values.remove("peer"), "true"));
			options.cpu = intValue(values.remove("cpu"), 0);
			options.cpuNeeds = value(values.remove("cpu-needs"), "");
			options.ingestOnly = intValue(values.remove("ingest-only"), 0);
			String ingest = value(values.remove("ingest"), "bulk");
			if (!ingest.equals("bulk") && !ingest.equals("single")) {
				throw new IllegalArgumentException("--ingest is bulk or single, not " + ingest);
			}
			options.bulk = ingest.equals("bulk");
			options.chunk = intValue(values.remove("chunk"), options.chunk);
			String reports = values.remove("reports-out");
			options.reportsOut = (reports != null) ? Path.of(reports) : null;
			if (!values.isEmpty()) {
				throw new IllegalArgumentException("Unknown options " + values.keySet());
			}
			return options;
		}

		private static int intValue(String value, int fallback) {
			return (value != null) ? Integer.parseInt(value.replace("_", "").replace("k", "000").replace("M", "000000"))
					: fallback;
		}

		private static String value(String value, String fallback) {
			return (value != null) ? value : fallback;
		}

	}

}

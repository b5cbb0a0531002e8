package org.conflictgraph.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.conflictgraph.ConflictGraphApplication;
import org.conflictgraph.ingest.SyntheticReports;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reliability load check: starts the service on loopback with an embedded Neo4j of
 * its own (a temporary directory, the seed graph loaded), runs {@code --clients} clients
 * for {@code --seconds} after a warm-up of {@code --warmup} seconds (default 10; the same
 * mix on the cold service, its latencies printed apart) (at most {@code --max-requests}
 * requests in all) mixing reads (GraphQL by POST and GET) with writes (one new report per
 * {@code POST /api/reports}), then checks that every acknowledged write is in the graph
 * exactly once, and prints error counts and latency percentiles. Exits 1 when there was
 * an error or an acknowledged write is missing.
 * <p>
 * {@code mvn -q -Pbenchmark test-compile exec:exec -Dbenchmark.main=org.conflictgraph.benchmark.LoadCheck
 * -Dbenchmark.heap=2g -Dbenchmark.args="--clients=64 --seconds=60"}
 */
public final class LoadCheck {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> READS = List.of("{ graphStatus { neo4jVersion } }",
			"{ events(first: 20) { totalCount nodes { id date } } }", "{ search(text: \"Belgorod\") { score } }",
			"{ actors(first: 10) { nodes { id name } } }", "{ places(first: 10, sort: NAME_ASC) { nodes { id } } }");

	private LoadCheck() {
	}

	public static void main(String[] args) throws Exception {
		int clients = option(args, "clients", 64);
		int seconds = option(args, "seconds", 60);
		int maxRequests = option(args, "max-requests", 200_000);
		int writePercent = option(args, "write-percent", 10);
		int warmup = option(args, "warmup", 10);
		String key = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		Path data = Files.createTempDirectory("conflict-graph-load");
		ConfigurableApplicationContext service = new SpringApplicationBuilder(ConflictGraphApplication.class).run(
				"--server.address=127.0.0.1", "--server.port=0", "--spring.main.banner-mode=off",
				"--spring.neo4j.uri=embedded", "--conflictgraph.embedded.data-directory=" + data,
				"--conflictgraph.embedded.bolt-port=0", "--conflictgraph.security.keys[0].name=load-check",
				"--conflictgraph.security.keys[0].role=EDITOR", "--conflictgraph.security.keys[0].hash=" + hash,
				"--logging.level.root=warn");
		int exit;
		try {
			int port = ((WebServerApplicationContext) service).getWebServer().getPort();
			exit = run("http://127.0.0.1:" + port, key, clients, warmup, seconds, maxRequests, writePercent);
		}
		finally {
			service.close();
			org.springframework.util.FileSystemUtils.deleteRecursively(data);
		}
		System.exit(exit);
	}

	static int run(String base, String key, int clients, int warmup, int seconds, int maxRequests, int writePercent)
			throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		// The first seconds run the same mix on a cold service (JIT, plan cache); their
		// latencies are printed apart, their writes are checked with the others.
		long measured = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
		long deadline = measured + Duration.ofSeconds(seconds).toNanos();
		ConcurrentLinkedQueue<Long> warmReadNanos = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> warmWriteNanos = new ConcurrentLinkedQueue<>();
		AtomicInteger requests = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger nextReport = new AtomicInteger(5_000_000 + new SecureRandom().nextInt(1_000_000) * 10);
		ConcurrentLinkedQueue<Long> readNanos = new ConcurrentLinkedQueue<>();
		List<ConcurrentLinkedQueue<Long>> readNanosByQuery = READS.stream()
			.map((query) -> new ConcurrentLinkedQueue<Long>())
			.toList();
		ConcurrentLinkedQueue<Long> writeNanos = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		CountDownLatch done = new CountDownLatch(clients);
		AtomicLong started = new AtomicLong(System.nanoTime());
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				int n = 0;
				try {
					while (System.nanoTime() < deadline && requests.incrementAndGet() <= maxRequests) {
						n++;
						boolean write = ((n * 7919 + client * 104729) % 100) < writePercent;
						long start = System.nanoTime();
						try {
							if (write) {
								int r = nextReport.getAndIncrement();
								String report = SyntheticReports.generate(r, 1).get(0);
								HttpResponse<String> response = http
									.send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
										.header("Content-Type", "application/json")
										.header("X-API-Key", key)
										.timeout(Duration.ofSeconds(120))
										.POST(HttpRequest.BodyPublishers.ofString(report))
										.build(), HttpResponse.BodyHandlers.ofString());
								((start < measured) ? warmWriteNanos : writeNanos).add(System.nanoTime() - start);
								if (response.statusCode() == 200
										&& JSON.readTree(response.body()).path("ingested").asInt() == 1) {
									acknowledged.add(SyntheticReports.sourceId(r));
								}
								else {
									errors.incrementAndGet();
									failures.add("write " + response.statusCode() + " " + response.body());
								}
							}
							else {
								int which = (n + client) % READS.size();
								String query = READS.get(which);
								HttpRequest request = ((n
										% 2) == 0)
												? HttpRequest
													.newBuilder(URI.create(base + "/graphql?query="
															+ java.net.URLEncoder.encode(query,
																	StandardCharsets.UTF_8)))
													.timeout(Duration.ofSeconds(120))
													.GET()
													.build()
												: HttpRequest.newBuilder(URI.create(base + "/graphql"))
													.header("Content-Type", "application/json")
													.timeout(Duration.ofSeconds(120))
													.POST(HttpRequest.BodyPublishers
														.ofString(JSON.writeValueAsString(Map.of("query", query))))
													.build();
								HttpResponse<String> response = http.send(request,
										HttpResponse.BodyHandlers.ofString());
								if (start < measured) {
									warmReadNanos.add(System.nanoTime() - start);
								}
								else {
									readNanos.add(System.nanoTime() - start);
									readNanosByQuery.get(which).add(System.nanoTime() - start);
								}
								if (response.statusCode() != 200
										|| !JSON.readTree(response.body()).path("errors").isMissingNode()) {
									errors.incrementAndGet();
									failures.add("read " + response.statusCode() + " " + response.body());
								}
							}
						}
						catch (Exception ex) {
							errors.incrementAndGet();
							failures.add((write ? "write " : "read ") + ex);
						}
					}
				}
				finally {
					done.countDown();
				}
			}, "load-client-" + c);
			thread.start();
		}
		done.await();
		double elapsed = (System.nanoTime() - Math.max(started.get(), measured)) / 1e9;
		int missing = 0;
		int duplicated = 0;
		List<String> written = new ArrayList<>(acknowledged);
		for (int i = 0; i < written.size(); i += 50) {
			List<String> batch = written.subList(i, Math.min(written.size(), i + 50));
			StringBuilder query = new StringBuilder("{");
			for (int j = 0; j < batch.size(); j++) {
				query.append(" s").append(j).append(": node(id: \"").append(batch.get(j)).append("\") { id }");
			}
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query + " }"))))
				.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode data = JSON.readTree(response.body()).path("data");
			for (int j = 0; j < batch.size(); j++) {
				if (!batch.get(j).equals(data.path("s" + j).path("id").asString(""))) {
					missing++;
				}
			}
		}
		duplicated = written.size() - (int) written.stream().distinct().count();
		int total = readNanos.size() + writeNanos.size();
		System.out.printf(
				"Load check: %d clients, %.1f s, %d requests (%.0f/s): %d reads, %d writes acknowledged "
						+ "%d; errors %d%n",
				clients, elapsed, total, total / elapsed, readNanos.size(), writeNanos.size(), written.size(),
				errors.get());
		System.out.printf("  warm-up (%d s, not counted above or below): %d reads, %s; %d writes, %s%n", warmup,
				warmReadNanos.size(), percentiles(warmReadNanos), warmWriteNanos.size(), percentiles(warmWriteNanos));
		System.out.println("  reads  " + percentiles(readNanos));
		System.out.println("  writes " + percentiles(writeNanos));
		for (int i = 0; i < READS.size(); i++) {
			System.out.println("    read " + READS.get(i) + ": " + percentiles(readNanosByQuery.get(i)));
		}
		System.out.println("  acknowledged writes missing from the graph: " + missing + ", acknowledged twice: "
				+ duplicated + " (the id constraint allows one node per source id)");
		failures.stream().limit(5).forEach((failure) -> System.out.println("  e.g. " + failure));
		return (errors.get() == 0 && missing == 0 && duplicated == 0) ? 0 : 1;
	}

	private static String percentiles(ConcurrentLinkedQueue<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		if (sorted.isEmpty()) {
			return "none";
		}
		Collections.sort(sorted);
		return String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms", at(sorted, 0.50), at(sorted, 0.95),
				at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
	}

	private static double at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

	private static int option(String[] args, String name, int fallback) {
		// The benchmark profile passes all options as one argument.
		for (String arg : String.join(" ", args).trim().split("\\s+")) {
			if (arg.startsWith("--" + name + "=")) {
				return Integer.parseInt(arg.substring(name.length() + 3));
			}
		}
		return fallback;
	}

}

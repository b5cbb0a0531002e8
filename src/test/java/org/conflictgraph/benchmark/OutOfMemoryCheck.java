package org.conflictgraph.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.instrument.Instrumentation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.tools.attach.VirtualMachine;

/**
 * How long a service that ran out of memory stays up. Starts the packaged service as the
 * README does ({@code -XX:+ExitOnOutOfMemoryError}, or with {@code --without-flag} only
 * the service's own {@code FailFast} guard) with a small heap, keeps clients reading from
 * it, then (after 5 s) loads a memory hog into its JVM (a Java agent attached from
 * outside whose thread keeps every megabyte it allocates) and measures the time from the
 * hog's start to the process's end. Prints one line; exits 1 when the process outlived
 * {@code --limit-seconds}.
 * <p>
 * {@code mvn -q -DskipTests package && mvn -q -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=org.conflictgraph.benchmark.OutOfMemoryCheck -Dbenchmark.args="--heap=256m"}
 */
public final class OutOfMemoryCheck {

	private static final Pattern READY = Pattern.compile("conflict-graph ready: .* graphql=(http://\\S+)/graphql");

	private OutOfMemoryCheck() {
	}

	public static void main(String[] arguments) throws Exception {
		// exec:exec passes -Dbenchmark.args as one argument.
		String[] args = String.join(" ", arguments).trim().split("\\s+");
		String heap = option(args, "heap", "256m");
		long limitSeconds = Long.parseLong(option(args, "limit-seconds", "30"));
		boolean withFlag = !List.of(args).contains("--without-flag");
		Path jar = serviceJar();
		Path data = Files.createTempDirectory("conflict-graph-oom");
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap));
		if (withFlag) {
			command.add("-XX:+ExitOnOutOfMemoryError");
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=0",
				"--conflictgraph.embedded.bolt-port=0", "--conflictgraph.embedded.data-directory=" + data));
		Process service = new ProcessBuilder(command).redirectErrorStream(true).start();
		CompletableFuture<String> ready = new CompletableFuture<>();
		List<String> tail = new ArrayList<>();
		daemon(() -> read(service.getInputStream(), ready, tail));
		String base;
		try {
			base = ready.get(10, TimeUnit.MINUTES);
		}
		catch (Exception ex) {
			service.destroyForcibly();
			System.out.println("the service did not start: " + String.join("\n", tail));
			System.exit(1);
			return;
		}
		AtomicLong answered = new AtomicLong();
		List<Thread> clients = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			// Half download the whole graph with its provenance, half page through
			// events.
			String path = (i % 2 == 0) ? "/export/graph.graphml?provenance=true"
					: "/graphql?query=%7Bevents(first:50)%7Bnodes%7Bid%20date%20type%7D%7D%7D";
			clients.add(daemon(() -> readLoop(base + path, service, answered)));
		}
		Thread.sleep(5000);
		long before = answered.get();
		Path agent = agentJar();
		VirtualMachine vm = VirtualMachine.attach(String.valueOf(service.pid()));
		long start = System.nanoTime();
		try {
			vm.loadAgent(agent.toString());
		}
		catch (IOException ex) {
			// The JVM may end before the attach call returns: that is the point.
		}
		boolean ended = service.waitFor(Math.max(limitSeconds, 1) * 4, TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - start) / 1e9;
		if (!ended) {
			service.destroyForcibly();
		}
		String end = ended
				? "ended (exit " + service.exitValue() + ") " + String.format("%.1f", seconds)
						+ " s after the hog started"
				: "still up " + String.format("%.0f", seconds) + " s later, killed";
		boolean withinLimit = ended && seconds <= limitSeconds;
		System.out.printf(
				"out of memory check: -Xmx%s, %s; %d reads answered in the 5 s before; the process %s "
						+ "(limit %d s): %s%n",
				heap, withFlag ? "-XX:+ExitOnOutOfMemoryError" : "FailFast only", before, end, limitSeconds,
				withinLimit ? "ok" : "TOO SLOW");
		synchronized (tail) {
			tail.stream()
				.filter((line) -> line.contains("OutOfMemory") || line.contains("Out of memory"))
				.limit(3)
				.forEach((line) -> System.out.println("  " + line));
		}
		System.exit(withinLimit ? 0 : 1);
	}

	private static void read(InputStream output, CompletableFuture<String> ready, List<String> tail) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				Matcher matcher = READY.matcher(line);
				if (matcher.find()) {
					// The service listens on 127.0.0.1 only; localhost may resolve to ::1
					// first.
					ready.complete(matcher.group(1).replace("//localhost:", "//127.0.0.1:"));
				}
				synchronized (tail) {
					tail.add(line);
					if (tail.size() > 200) {
						tail.remove(0);
					}
				}
			}
		}
		catch (IOException ex) {
			// The process ended.
		}
		ready.completeExceptionally(new IllegalStateException("the service's output ended"));
	}

	private static void readLoop(String url, Process service, AtomicLong answered) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
		while (service.isAlive()) {
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					answered.incrementAndGet();
				}
			}
			catch (IOException ex) {
				// Refused or cut off while the service ends.
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static Thread daemon(Runnable task) {
		Thread thread = new Thread(task);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static Path agentJar() throws IOException {
		Path jar = Files.createTempFile("memory-hog", ".jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(new Attributes.Name("Agent-Class"), Hog.class.getName());
		String entry = Hog.class.getName().replace('.', '/') + ".class";
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
				InputStream in = OutOfMemoryCheck.class.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			in.transferTo(out);
			out.closeEntry();
		}
		return jar;
	}

	private static Path serviceJar() throws IOException {
		try (var jars = Files.list(Path.of("target"))) {
			return jars.filter((path) -> path.getFileName().toString().matches("conflict-graph-.*\\.jar"))
				.filter((path) -> !path.getFileName().toString().contains("plain"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/conflict-graph-*.jar: run mvn package first"));
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String option(String[] args, String name, String fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		return fallback;
	}

	/**
	 * The memory hog loaded into the service's JVM: a thread that keeps every megabyte it
	 * allocates, as a leak would. Only JDK classes, so the agent jar needs nothing else.
	 */
	public static final class Hog {

		private static final List<byte[]> kept = new ArrayList<>();

		private Hog() {
		}

		public static void agentmain(String arguments, Instrumentation instrumentation) {
			Thread hog = new Thread(() -> {
				while (true) {
					kept.add(new byte[1 << 20]);
				}
			}, "memory-hog");
			hog.setDaemon(true);
			hog.start();
		}

	}

}

package org.conflictgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.conflictgraph.ingest.ImportSummary.Outcome;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;

/**
 * {@code java -jar conflict-graph.jar ingest [--dry-run] [--seed] [--batch-size=N] FILES...}:
 * the same jar without the web server, writing report files (JSON, JSON arrays, NDJSON;
 * directories are searched for them) into the graph that {@code NEO4J_URI} points at, or
 * the embedded one. A progress bar on a terminal, progress lines in the log otherwise;
 * bad reports are reported and skipped; the summary ends with the import rate. Exit code
 * 0 when every report was written, 1 when any failed, 2 for wrong usage.
 */
public final class IngestCommand {

	/** Start the command with this first argument. */
	public static final String NAME = "ingest";

	private static final String USAGE = """
			Usage: java -jar conflict-graph.jar ingest [options] FILES...

			Writes report files into the graph (NEO4J_URI, or the embedded database).
			FILES are .json (one report or an array of reports), .ndjson or .jsonl (one
			report per line), or directories holding such files.

			Options:
			  --dry-run          check and resolve every report, write nothing
			  --seed             also load the seed reports packaged in the jar (first)
			  --batch-size=N     reports per transaction (default: conflictgraph.ingest.batch-size, 20)
			  --name=value       any Spring property, e.g. --conflictgraph.embedded.data-directory=/data
			  -h, --help         this text
			""";

	private final PrintStream out;

	private final PrintStream err;

	private IngestCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the command.
	 * @param application the Spring Boot application class
	 * @param args the arguments after {@code ingest}
	 * @return the exit code
	 */
	public static int run(Class<?> application, String... args) {
		return execute(System.out, System.err, application, args);
	}

	static int execute(PrintStream out, PrintStream err, Class<?> application, String... args) {
		return new IngestCommand(out, err).perform(application, args);
	}

	private int perform(Class<?> application, String... args) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			this.err.println(ex.getMessage());
			this.err.println();
			this.err.print(USAGE);
			return 2;
		}
		if (arguments.help()) {
			this.out.print(USAGE);
			return 0;
		}
		List<Path> files;
		try {
			files = files(arguments.files());
		}
		catch (IllegalArgumentException | IOException ex) {
			this.err.println(ex.getMessage());
			return 2;
		}
		if (files.isEmpty() && !arguments.seed()) {
			this.err.println("No report files given.");
			this.err.println();
			this.err.print(USAGE);
			return 2;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("conflictgraph.seed.enabled", "false");
		defaults.put("conflictgraph.embedded.bolt-port", "0");
		defaults.put("logging.level.root", "WARN");
		defaults.put("logging.level.org.conflictgraph.ingest", "INFO");
		// Neo4j's notifications (a property no node has yet, on an empty graph) are noise
		// here.
		defaults.put("logging.level.org.springframework.data.neo4j.cypher", "ERROR");
		defaults.put("spring.main.log-startup-info", "false");
		defaults.put("spring.autoconfigure.exclude",
				"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration");
		// Starting the database takes a while: say so at once, not after it.
		this.out.println("ingest: " + (arguments.dryRun() ? "checking " : "importing ") + files.size() + " file(s)"
				+ (arguments.seed() ? " and the seed reports" : "") + "; starting the database...");
		this.out.flush();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties(defaults)
			.run(arguments.springArguments().toArray(String[]::new))) {
			return importAll(context, arguments, files);
		}
	}

	private int importAll(ConfigurableApplicationContext context, Arguments arguments, List<Path> files) {
		BulkImporter importer = context.getBean(BulkImporter.class);
		List<Input> inputs = new ArrayList<>();
		if (arguments.seed()) {
			for (Resource resource : SeedLoader.resources(context.getBean(SeedProperties.class).locations())) {
				inputs
					.add(new Input(String.valueOf(resource.getFilename()), sizeOf(resource), resource::getInputStream));
			}
		}
		for (Path file : files) {
			inputs.add(new Input(file.toString(), sizeOf(file), () -> Files.newInputStream(file)));
		}
		long totalBytes = inputs.stream().mapToLong(Input::size).sum();
		Progress progress = (System.console() != null) ? new Bar(this.err, totalBytes) : new LogLines(totalBytes);
		String actor = "cli:" + System.getProperty("user.name", "unknown");
		BulkImporter.Options options = new BulkImporter.Options(arguments.dryRun(), arguments.batchSize(), actor,
				"cli");
		JsonMapper json = JsonMapper.builder().build();
		long started = System.nanoTime();
		List<ImportSummary> parts = new ArrayList<>();
		long doneBytes = 0;
		for (Input input : inputs) {
			try (InputStream in = input.open();
					ReportStream reports = new ReportStream(in, input.name(), ReportStream.Format.AUTO,
							importer.maxReportBytes(), json)) {
				long before = doneBytes;
				parts.add(importer.run(reports, options, (outcome) -> {
					if (!outcome.ingested()) {
						progress.clear();
						printFailure(outcome);
					}
					progress.update(before + reports.bytesRead(), outcome);
				}));
				doneBytes += input.size();
			}
			catch (IOException | RuntimeException ex) {
				progress.clear();
				this.err.println("Cannot read " + input.name() + ": " + ex.getMessage());
				parts.add(new ImportSummary(arguments.dryRun(), List.of(Outcome.failed(input.name(), null,
						List.of(new Problem("$", "Cannot read the file: " + ex.getMessage())))), 0));
			}
		}
		ImportSummary summary = ImportSummary.of(arguments.dryRun(), parts, (System.nanoTime() - started) / 1e9);
		progress.finish();
		printSummary(summary);
		return (summary.failed() == 0) ? 0 : 1;
	}

	private void printFailure(Outcome outcome) {
		this.err.println("FAILED " + outcome.origin()
				+ ((outcome.sourceId() != null) ? " (" + outcome.sourceId() + ")" : "") + ":");
		for (Problem problem : outcome.problems()) {
			this.err.println("  " + problem);
		}
	}

	private void printSummary(ImportSummary summary) {
		this.out.printf(Locale.ROOT, "%s%d report(s): %d written, %d failed%n", summary.dryRun() ? "Dry run, " : "",
				summary.total(), summary.ingested(), summary.failed());
		this.out.printf(Locale.ROOT, "%d facts, %d nodes and %d relationships created%s%n", summary.facts(),
				summary.nodesCreated(), summary.relationshipsCreated(), summary.dryRun() ? " (rolled back)" : "");
		this.out.printf(Locale.ROOT, "%.1f s, %.0f facts/s, %.1f reports/s%n", summary.seconds(),
				summary.factsPerSecond(), summary.reportsPerSecond());
	}

	private static List<Path> files(List<String> names) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String name : names) {
			Path path = Path.of(name);
			if (Files.isDirectory(path)) {
				try (Stream<Path> found = Files.walk(path)) {
					found.filter(Files::isRegularFile).filter((file) -> {
						String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
						return lower.endsWith(".json") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
					}).sorted(Comparator.comparing(Path::toString)).forEach(files::add);
				}
			}
			else if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else {
				throw new IllegalArgumentException("No such file or directory: " + name);
			}
		}
		return files;
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static long sizeOf(Resource resource) {
		try {
			return resource.contentLength();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** One input: a file or a packaged seed report. */
	private record Input(String name, long size, Opener opener) {

		InputStream open() throws IOException {
			return this.opener.open();
		}

	}

	@FunctionalInterface
	private interface Opener {

		InputStream open() throws IOException;

	}

	/** The command line, parsed. */
	record Arguments(boolean dryRun, boolean seed, int batchSize, boolean help, List<String> files,
			List<String> springArguments) {

		static Arguments parse(String... args) {
			boolean dryRun = false;
			boolean seed = false;
			boolean help = false;
			int batchSize = 0;
			List<String> files = new ArrayList<>();
			List<String> spring = new ArrayList<>();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--dry-run")) {
					dryRun = true;
				}
				else if (arg.equals("--seed")) {
					seed = true;
				}
				else if (arg.equals("-h") || arg.equals("--help")) {
					help = true;
				}
				else if (arg.equals("--batch-size") || arg.startsWith("--batch-size=")) {
					String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
							: (i + 1 < args.length) ? args[++i] : "";
					try {
						batchSize = Integer.parseInt(value);
					}
					catch (NumberFormatException ex) {
						batchSize = -1;
					}
					if (batchSize < 1) {
						throw new IllegalArgumentException("--batch-size needs a whole number of at least 1");
					}
				}
				else if (arg.startsWith("--") && arg.contains("=")) {
					spring.add(arg);
				}
				else if (arg.startsWith("-")) {
					throw new IllegalArgumentException("Unknown option " + arg);
				}
				else {
					files.add(arg);
				}
			}
			return new Arguments(dryRun, seed, batchSize, help, files, spring);
		}

	}

	/** Shows how far the import is. */
	private interface Progress {

		void update(long bytes, Outcome outcome);

		/** Makes room for a message. */
		void clear();

		void finish();

	}

	/** A bar redrawn in place on the terminal, at most ten times a second. */
	private static final class Bar implements Progress {

		private static final int WIDTH = 30;

		private final PrintStream err;

		private final long totalBytes;

		private final long started = System.nanoTime();

		private long lastDrawn;

		private int reports;

		private int failed;

		private long facts;

		private long bytes;

		private boolean drawn;

		Bar(PrintStream err, long totalBytes) {
			this.err = err;
			this.totalBytes = totalBytes;
		}

		@Override
		public void update(long bytes, Outcome outcome) {
			this.reports++;
			this.failed += outcome.ingested() ? 0 : 1;
			this.facts += outcome.facts();
			this.bytes = bytes;
			long now = System.nanoTime();
			if (now - this.lastDrawn > 100_000_000L) {
				draw(now);
			}
		}

		private void draw(long now) {
			this.lastDrawn = now;
			double fraction = (this.totalBytes > 0) ? Math.min(1.0, (double) this.bytes / this.totalBytes) : 0;
			int filled = (int) Math.round(fraction * WIDTH);
			double seconds = (now - this.started) / 1e9;
			this.err.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %d reports  %d failed  %.0f facts/s ", "#".repeat(filled),
					"-".repeat(WIDTH - filled), fraction * 100, this.reports, this.failed,
					(seconds > 0) ? this.facts / seconds : 0.0);
			this.err.flush();
			this.drawn = true;
		}

		@Override
		public void clear() {
			if (this.drawn) {
				this.err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
				this.drawn = false;
			}
		}

		@Override
		public void finish() {
			this.bytes = this.totalBytes;
			draw(System.nanoTime());
			this.err.println();
		}

	}

	/**
	 * Progress lines in the log: every tenth of the input and at least every ten seconds.
	 */
	private static final class LogLines implements Progress {

		private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
			.getLog(IngestCommand.class);

		private final long totalBytes;

		private final long started = System.nanoTime();

		private long lastLogged = System.nanoTime();

		private int lastTenth;

		private int reports;

		private int failed;

		private long facts;

		LogLines(long totalBytes) {
			this.totalBytes = totalBytes;
		}

		@Override
		public void update(long bytes, Outcome outcome) {
			this.reports++;
			this.failed += outcome.ingested() ? 0 : 1;
			this.facts += outcome.facts();
			int tenth = (this.totalBytes > 0) ? (int) Math.min(10, bytes * 10 / this.totalBytes) : 0;
			long now = System.nanoTime();
			if (tenth > this.lastTenth || now - this.lastLogged > 10_000_000_000L) {
				this.lastTenth = tenth;
				this.lastLogged = now;
				log(bytes, now);
			}
		}

		private void log(long bytes, long now) {
			double seconds = (now - this.started) / 1e9;
			logger.info(
					String.format(Locale.ROOT, "Ingest progress: %d%% of %d bytes, %d reports, %d failed, %.0f facts/s",
							(this.totalBytes > 0) ? Math.min(100, bytes * 100 / this.totalBytes) : 0, this.totalBytes,
							this.reports, this.failed, (seconds > 0) ? this.facts / seconds : 0.0));
		}

		@Override
		public void clear() {
		}

		@Override
		public void finish() {
		}

	}

}

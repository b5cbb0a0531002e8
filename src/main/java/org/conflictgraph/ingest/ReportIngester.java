package org.conflictgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.database.GraphWrites;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The report pipeline, in stages: read ({@link ReportReader}: size, JSON syntax, schema)
 * -> validate ({@link ReportValidator}: ids, dates, taxonomy, quotes) -> resolve
 * ({@link Resolver}: ids, names and aliases against the graph, relationship rules) ->
 * plan ({@link Planner}: typed rows) -> write ({@link ReportWriter}). Read and validate
 * need no database; resolve, plan and write run in one locked write transaction
 * ({@link GraphWrites}) for a whole batch of reports, with one read per lookup and one
 * statement per kind of row for the batch. Writing the same report twice changes nothing:
 * a report whose fingerprint (over its canonical JSON) the graph already holds is not
 * written at all, and writes no audit record. A report with any problem writes nothing.
 */
@Component
public class ReportIngester {

	/**
	 * Part of the stored report fingerprint: raising it makes the seed loader write the
	 * seed once more after a change to what the pipeline records (3: canonical JSON,
	 * word-order name keys).
	 */
	static final String PIPELINE_VERSION = "3";

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final ReportReader reader;

	private final ReportWriter writer;

	private final GraphWrites writes;

	private final IngestProperties properties;

	ReportIngester(ReportReader reader, ReportWriter writer, GraphWrites writes, IngestProperties properties) {
		this.reader = reader;
		this.writer = writer;
		this.writes = writes;
		this.properties = properties;
	}

	/** Reads, validates and writes one report given as JSON. */
	public IngestResult ingest(byte[] json, boolean dryRun) {
		return ingest(json, dryRun, null);
	}

	/**
	 * Reads, validates and writes one report given as JSON.
	 * @param withinTransaction run after the writes in the same transaction (not for a
	 * dry run), so that a record of the change commits or rolls back with it
	 * @throws ReportRejectedException listing every problem; nothing was written
	 */
	public IngestResult ingest(byte[] json, boolean dryRun, @Nullable Consumer<IngestResult> withinTransaction) {
		return write(List.of(prepare(json)), dryRun, withinTransaction).get(0);
	}

	/**
	 * Validates and writes one report. Deadlocks between concurrent ingests of
	 * overlapping reports are retried: every statement is a MERGE, so a retry is safe.
	 * @throws ReportRejectedException listing every problem; nothing was written
	 */
	public IngestResult ingest(Report report, boolean dryRun) {
		return ingest(report, dryRun, null);
	}

	/**
	 * Validates and writes one report.
	 * @param withinTransaction run after the writes in the same transaction (not for a
	 * dry run)
	 * @throws ReportRejectedException listing every problem; nothing was written
	 */
	public IngestResult ingest(Report report, boolean dryRun, @Nullable Consumer<IngestResult> withinTransaction) {
		return write(List.of(prepare(report, List.of())), dryRun, withinTransaction).get(0);
	}

	/**
	 * Runs every check that needs no database: size, JSON syntax, schema, control
	 * characters, ids, dates, taxonomy and quotes. Their problems are kept so that they
	 * can be reported together with those of resolution against the graph.
	 * @throws ReportRejectedException when the report cannot even be read
	 */
	Prepared prepare(byte[] json) {
		long limit = this.properties.maxReportBytes().toBytes();
		if (json.length > limit) {
			throw new ReportRejectedException(List.of(new Problem("$", "The report is " + size(json.length)
					+ ", more than the limit of " + size(limit) + " (conflictgraph.ingest.max-report-bytes)")));
		}
		ReportReader.Parsed parsed = this.reader.parse(json);
		if (parsed.report() == null) {
			throw new ReportRejectedException(parsed.problems());
		}
		return prepare(parsed.report(), parsed.problems());
	}

	Prepared prepare(Report report, List<Problem> schemaProblems) {
		ReportValidator.Result checked;
		try {
			checked = ReportValidator.validate(report);
		}
		catch (RuntimeException ex) {
			// Only a report that already broke the schema can lack what the checks need.
			if (schemaProblems.isEmpty()) {
				throw ex;
			}
			throw new ReportRejectedException(schemaProblems);
		}
		return new Prepared(report, checked, merge(schemaProblems, checked.problems()), fingerprint(report));
	}

	/**
	 * Writes prepared reports, in order, in one transaction: each report sees what the
	 * ones before it wrote. When any of them is rejected (a reference the graph cannot
	 * resolve, a broken relationship rule), the whole transaction rolls back and the
	 * exception names that report's problems.
	 * @param withinTransaction run for each report written, in the transaction (not for a
	 * dry run, not for a report the graph already holds)
	 */
	List<IngestResult> write(List<Prepared> reports, boolean dryRun,
			@Nullable Consumer<IngestResult> withinTransaction) {
		return this.writes.write(dryRun, () -> {
			Map<String, String> stored = this.writer
				.fingerprints(reports.stream().map((prepared) -> prepared.report().source().id()).toList());
			Resolver resolver = Resolver.forBatch(this.writer, reports);
			List<Plan> plans = new ArrayList<>();
			List<Resolver.Resolution> resolutions = new ArrayList<>();
			List<Prepared> toWrite = new ArrayList<>();
			IngestResult[] results = new IngestResult[reports.size()];
			for (int i = 0; i < reports.size(); i++) {
				Prepared prepared = reports.get(i);
				if (prepared.problems().isEmpty()
						&& prepared.fingerprint().equals(stored.get(prepared.report().source().id()))) {
					results[i] = IngestResult.unchanged(prepared.report().source().id(), dryRun, prepared.facts());
					continue;
				}
				List<Problem> problems = new ArrayList<>(prepared.problems());
				Resolver.Resolution resolution = resolver.resolve(prepared, problems);
				if (!problems.isEmpty()) {
					throw new ReportRejectedException(problems);
				}
				plans.add(new Planner(prepared.report(), prepared.checked().spans(), resolution.renamed(),
						prepared.fingerprint())
					.build());
				resolutions.add(resolution);
				toWrite.add(prepared);
			}
			Map<String, ReportWriter.Counts> counts = plans.isEmpty() ? Map.of() : this.writer.write(plans);
			int next = 0;
			for (int i = 0; i < reports.size(); i++) {
				if (results[i] != null) {
					continue;
				}
				Prepared prepared = toWrite.get(next);
				Plan plan = plans.get(next);
				Resolver.Resolution resolution = resolutions.get(next);
				next++;
				ReportWriter.Counts created = counts.getOrDefault(plan.sourceId(), new ReportWriter.Counts(0, 0));
				IngestResult result = new IngestResult(plan.sourceId(), dryRun, List.copyOf(resolution.created()),
						List.copyOf(resolution.existing()), resolution.renamed(), created.nodes(),
						created.relationships(), plan.propertiesWritten(), prepared.facts(), false);
				if (!dryRun && withinTransaction != null) {
					withinTransaction.accept(result);
				}
				results[i] = result;
			}
			return List.of(results);
		});
	}

	private static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/**
	 * A report read and checked as far as possible without the database, with the
	 * problems found so far.
	 */
	record Prepared(Report report, ReportValidator.Result checked, List<Problem> problems, String fingerprint) {

		int facts() {
			return this.report.entities().size() + this.report.events().size() + this.report.claims().size()
					+ this.report.relations().size();
		}

	}

	/** Adds the second list's problems at paths the first does not already report. */
	private static List<Problem> merge(List<Problem> first, List<Problem> second) {
		List<Problem> all = new ArrayList<>(first);
		for (Problem problem : second) {
			if (first.stream().noneMatch((known) -> known.path().equals(problem.path()))) {
				all.add(problem);
			}
		}
		return all;
	}

	/** Whether the graph already holds exactly this report, so a load can be skipped. */
	public boolean holds(Report report) {
		String sourceId = report.source().id();
		return fingerprint(report).equals(this.writer.fingerprints(List.of(sourceId)).get(sourceId));
	}

	/**
	 * A fingerprint of the report's content: SHA-256 over the pipeline version and the
	 * report as canonical JSON (properties and map entries in alphabetical order), so two
	 * reports that say the same have the same fingerprint however their JSON was laid
	 * out.
	 */
	static String fingerprint(Report report) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(PIPELINE_VERSION.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			return HexFormat.of().formatHex(digest.digest(CANONICAL.writeValueAsBytes(report)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

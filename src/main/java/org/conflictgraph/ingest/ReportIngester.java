package org.conflictgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.database.GraphWrites;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.ingest.Report.EntityDescription;
import org.conflictgraph.shared.FullText;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The report pipeline, in stages: read ({@link ReportReader}: size, JSON syntax, schema)
 * -> validate ({@link ReportValidator}: ids, dates, taxonomy, quotes) -> resolve
 * ({@link Resolver}: ids, names and aliases against the graph, relationship rules) ->
 * plan ({@link Planner}: typed rows) -> write ({@link ReportWriter}). Read and validate
 * need no database; resolve and plan run before the write lock, from one read per lookup
 * for a whole batch of reports, and the write runs in one locked write transaction
 * ({@link GraphWrites}) with one statement per kind of row for the batch. Under the lock
 * the lookups are read again only when another writer committed since, and the batch is
 * resolved again only when their answers differ. Writing the same report twice changes
 * nothing: a report whose fingerprint (over its canonical JSON) the graph already holds
 * is not written at all, and writes no audit record. A report with any problem writes
 * nothing.
 */
@Component
public class ReportIngester {

	/**
	 * Part of the stored report fingerprint: raising it makes the seed loader write the
	 * seed once more after a change to what the pipeline records (3: canonical JSON,
	 * word-order name keys).
	 */
	static final String PIPELINE_VERSION = "3";

	/** Different kinds (Region and Settlement named Belgorod) are less likely one. */
	static final double OTHER_KIND = 0.85;

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final ReportReader reader;

	private final ReportWriter writer;

	private final GraphWrites writes;

	private final IngestProperties properties;

	private final CombinedWrites combined = new CombinedWrites(this);

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

	/** Reads, validates and writes one report given as JSON, strictly if asked. */
	IngestResult ingest(byte[] json, WriteOptions options, @Nullable Consumer<IngestResult> withinTransaction) {
		Prepared prepared = prepare(json);
		if (!options.dryRun() && !options.strict()) {
			return writeOne(prepared, withinTransaction);
		}
		return write(List.of(prepared), options, withinTransaction).get(0);
	}

	/**
	 * Writes one report that passed the checks that need no database, in one transaction
	 * with the other single reports written at the same time (see
	 * {@link CombinedWrites}).
	 * @throws ReportRejectedException listing every problem; nothing was written
	 */
	IngestResult writeOne(Prepared prepared, @Nullable Consumer<IngestResult> withinTransaction) {
		if (!prepared.problems().isEmpty()) {
			return write(List.of(prepared), false, withinTransaction).get(0);
		}
		return this.combined.write(prepared, withinTransaction);
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
		return write(reports, new WriteOptions(dryRun, false, Set.of()), withinTransaction);
	}

	/**
	 * Like {@link #write(List, boolean, Consumer)}, in strict mode if asked: a report
	 * with a new entity that resembles an existing node (a near match) is refused unless
	 * the new entity's id is confirmed.
	 */
	List<IngestResult> write(List<Prepared> reports, WriteOptions options,
			@Nullable Consumer<IngestResult> withinTransaction) {
		// Resolve and plan before taking the write lock, from reads of the graph as it
		// is now; a report with problems is refused here, without the lock.
		long seen = this.writes.version();
		return writeLocked(plan(reports, options), options, seen, withinTransaction).results();
	}

	/**
	 * Stages 3 and 4 for a batch: resolution against the graph's answers, near matches,
	 * strict mode, and the plans of the reports the graph does not already hold.
	 * @throws ReportRejectedException naming the problems of the first bad report
	 */
	private Planned plan(List<Prepared> reports, WriteOptions options) {
		return plan(reports, options, null);
	}

	/**
	 * Like {@link #plan(List, WriteOptions)}, continuing from what the previous batch
	 * will write when it is given (see
	 * {@link Resolver#of(Resolver.Lookups, Resolver.Carry)}).
	 */
	private Planned plan(List<Prepared> reports, WriteOptions options, @Nullable Previous previous) {
		List<String> sourceIds = reports.stream().map((prepared) -> prepared.report().source().id()).toList();
		Map<String, String> stored = new HashMap<>(this.writer.fingerprints(sourceIds));
		if (previous != null) {
			previous.fingerprints().forEach((id, hash) -> {
				if (sourceIds.contains(id)) {
					stored.put(id, hash);
				}
			});
		}
		Resolver.Lookups lookups = Resolver.Lookups.read(this.writer, reports);
		Resolver resolver = Resolver.of(lookups, (previous != null) ? previous.carry() : null);
		List<Plan> plans = new ArrayList<>();
		List<Resolver.Resolution> resolutions = new ArrayList<>();
		List<Prepared> toWrite = new ArrayList<>();
		for (Prepared prepared : reports) {
			if (prepared.problems().isEmpty()
					&& prepared.fingerprint().equals(stored.get(prepared.report().source().id()))) {
				continue;
			}
			List<Problem> problems = new ArrayList<>(prepared.problems());
			Resolver.Resolution resolution = resolver.resolve(prepared, problems, options.distinctEvents());
			if (!problems.isEmpty()) {
				throw new ReportRejectedException(problems);
			}
			Plan plan = new Planner(prepared.report(), prepared.checked().spans(), resolution.renamed(),
					prepared.fingerprint())
				.build();
			plans.add(withInferences(plan, resolution));
			resolutions.add(resolution);
			toWrite.add(prepared);
		}
		Map<String, List<NearMatch>> nearMatches = nearMatches(toWrite, resolutions);
		if (options.strict()) {
			for (Prepared prepared : toWrite) {
				List<Problem> problems = new ArrayList<>();
				for (NearMatch match : nearMatches.getOrDefault(prepared.report().source().id(), List.of())) {
					if (!options.confirmedNew().contains(match.id())) {
						problems.add(new Problem(entityPath(prepared.report(), match.id()),
								match.describe() + "; use the existing id, or confirm the new node (confirmNew)"));
					}
				}
				if (!problems.isEmpty()) {
					throw new ReportRejectedException(problems);
				}
			}
		}
		return new Planned(reports, stored, lookups, plans, resolutions, toWrite, nearMatches, resolver);
	}

	/**
	 * Stages 3 and 4 of a batch of a bulk import, run while the batch before it is still
	 * being written: resolution sees what that batch will create as if both were one
	 * batch (see {@link #writePlanned}).
	 * @param previous what the batch before will write; null for the first batch, or when
	 * nothing is being written
	 * @throws ReportRejectedException naming the problems of the first bad report
	 */
	PlannedBatch planAhead(List<Prepared> reports, @Nullable PlannedBatch previous) {
		long seen = this.writes.version();
		Planned planned = plan(reports, new WriteOptions(false, false, Set.of()),
				(previous != null) ? previous.planned().next() : null);
		return new PlannedBatch(seen, planned);
	}

	/**
	 * Writes a batch planned by {@link #planAhead}, under the lock. When a writer other
	 * than the previous batch committed since the batch's reads, those reads are made
	 * again and the batch is resolved afresh if their answers differ.
	 * @param previousVersion the version under which the previous batch (the one this
	 * batch was planned after) committed, or -1 if it was planned after none
	 * @return the results, the version this batch committed under, and whether it was
	 * written as planned (if not, a batch planned after it must be planned again)
	 */
	Written writePlanned(PlannedBatch batch, long previousVersion, Consumer<IngestResult> withinTransaction) {
		// The previous batch's own commit is accounted for by the resolution.
		long seen = (previousVersion >= 0 && batch.seen() == previousVersion) ? previousVersion + 1 : batch.seen();
		return writeLocked(batch.planned(), new WriteOptions(false, false, Set.of()), seen, withinTransaction);
	}

	/**
	 * Writes planned reports in one locked transaction (rolled back for a dry run). When
	 * a writer committed after {@code seen}, what resolution relied on (ids, name keys,
	 * events, places, fingerprints) is read again, and the reports are resolved once more
	 * only if an answer differs.
	 */
	private Written writeLocked(Planned planned, WriteOptions options, long seen,
			@Nullable Consumer<IngestResult> withinTransaction) {
		long[] version = { -1 };
		boolean[] asPlanned = { true };
		List<IngestResult> results = this.writes.writeAt(options.dryRun(), (current) -> {
			version[0] = current;
			Planned chosen = planned;
			asPlanned[0] = true;
			if (current != seen && !planned.stillHolds(this.writer)) {
				chosen = plan(planned.reports(), options);
				asPlanned[0] = false;
			}
			return write(chosen, options.dryRun(), withinTransaction);
		});
		return new Written(results, version[0], asPlanned[0]);
	}

	/**
	 * A batch resolved and planned ahead of its write.
	 *
	 * @param seen the graph's version read before the batch's reads
	 * @param planned the batch's plans
	 */
	record PlannedBatch(long seen, Planned planned) {

		List<Prepared> reports() {
			return this.planned.reports();
		}

	}

	/**
	 * A batch written by {@link #writePlanned}.
	 *
	 * @param results the result of each report, in order
	 * @param version the version of the graph the batch committed under
	 * @param asPlanned whether it was written as planned
	 */
	record Written(List<IngestResult> results, long version, boolean asPlanned) {
	}

	/**
	 * What a batch will write, for resolving the next batch before it commits.
	 *
	 * @param carry what its resolution adds to the graph's answers
	 * @param fingerprints the fingerprints of the reports it writes, by source id
	 */
	record Previous(Resolver.Carry carry, Map<String, String> fingerprints) {
	}

	/** Stage 5: writes the plans, under the lock, and answers for every report. */
	private List<IngestResult> write(Planned planned, boolean dryRun,
			@Nullable Consumer<IngestResult> withinTransaction) {
		Map<String, ReportWriter.Counts> counts = planned.plans().isEmpty() ? Map.of()
				: this.writer.write(planned.plans());
		List<IngestResult> results = new ArrayList<>();
		Map<String, Integer> written = new HashMap<>();
		for (int i = 0; i < planned.toWrite().size(); i++) {
			written.put(planned.toWrite().get(i).report().source().id(), i);
		}
		for (Prepared prepared : planned.reports()) {
			Integer index = written.get(prepared.report().source().id());
			if (index == null) {
				results.add(IngestResult.unchanged(prepared.report().source().id(), dryRun, prepared.facts()));
				continue;
			}
			Plan plan = planned.plans().get(index);
			Resolver.Resolution resolution = planned.resolutions().get(index);
			ReportWriter.Counts created = counts.getOrDefault(plan.sourceId(), new ReportWriter.Counts(0, 0));
			IngestResult result = new IngestResult(plan.sourceId(), dryRun, List.copyOf(resolution.created()),
					List.copyOf(resolution.existing()), resolution.renamed(), created.nodes(), created.relationships(),
					plan.propertiesWritten(), prepared.facts(), false,
					planned.nearMatches().getOrDefault(plan.sourceId(), List.of()), resolution.eventMatches());
			if (!dryRun && withinTransaction != null) {
				withinTransaction.accept(result);
			}
			results.add(result);
		}
		return results;
	}

	/**
	 * The plan with a {@code POSSIBLY_SAME_AS} inference from each new event that several
	 * existing events agree with to each of them; an event resolved onto an existing one
	 * keeps that one's title, date and type (the report adds its evidence and
	 * relationships, not its wording).
	 */
	private static Plan withInferences(Plan plan, Resolver.Resolution resolution) {
		Set<String> resolvedEvents = new LinkedHashSet<>();
		resolution.eventMatches()
			.stream()
			.filter((match) -> match.resolvedTo() != null)
			.forEach((match) -> resolvedEvents.add(match.resolvedTo()));
		if (resolvedEvents.isEmpty() && resolution.inferences().isEmpty()) {
			return plan;
		}
		List<Plan.NodeRow> nodes = plan.nodes()
			.stream()
			.map((row) -> resolvedEvents.contains(row.id()) ? Plan.NodeRow.plain(row.id(), row.labels(), Map.of())
					: row)
			.toList();
		List<Plan.RelationRow> relations = new ArrayList<>(plan.relations());
		Map<String, Double> confidence = new HashMap<>();
		resolution.eventMatches().forEach((match) -> confidence.put(match.id(), match.confidence()));
		resolution.inferences().forEach((event, bases) -> bases.forEach((other, basis) -> {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("inferred", true);
			properties.put("confidence", confidence.getOrDefault(event, 0.5));
			properties.put("basis", basis);
			relations.add(new Plan.RelationRow("POSSIBLY_SAME_AS:" + event + "->" + other, "POSSIBLY_SAME_AS", event,
					other, properties, List.of(), List.of(plan.sourceId()), List.of()));
		}));
		return new Plan(plan.sourceId(), plan.sources(), plan.mentions(), nodes, relations, plan.eventIds());
	}

	/**
	 * A batch resolved and planned, with the answers of the graph it was planned from.
	 *
	 * @param reports the batch, in order
	 * @param stored the fingerprints the graph held of the batch's reports
	 * @param lookups what resolution asked the graph
	 * @param plans the rows of each report to write
	 * @param resolutions where each report to write resolved to
	 * @param toWrite the reports to write (not those the graph already holds)
	 * @param nearMatches new entities resembling existing ones, by source id
	 * @param resolver the resolution, with what it adds to the graph's answers
	 */
	record Planned(List<Prepared> reports, Map<String, String> stored, Resolver.Lookups lookups, List<Plan> plans,
			List<Resolver.Resolution> resolutions, List<Prepared> toWrite, Map<String, List<NearMatch>> nearMatches,
			Resolver resolver) {

		/** What the batch writes, for planning the next batch before it commits. */
		Previous next() {
			Map<String, String> fingerprints = new HashMap<>();
			this.toWrite
				.forEach((prepared) -> fingerprints.put(prepared.report().source().id(), prepared.fingerprint()));
			return new Previous(this.resolver.carry(), fingerprints);
		}

		/**
		 * Whether the graph still gives the answers the batch was planned from: the reads
		 * resolution makes, read again.
		 */
		boolean stillHolds(ReportWriter writer) {
			List<String> sourceIds = this.reports.stream().map((prepared) -> prepared.report().source().id()).toList();
			return this.stored.equals(writer.fingerprints(sourceIds))
					&& this.lookups.equals(Resolver.Lookups.read(writer, this.reports));
		}

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

	/**
	 * The near matches of the new entities of the reports, by source id: one full-text
	 * read for the batch, then names scored as {@code duplicateCandidates} scores them.
	 */
	private Map<String, List<NearMatch>> nearMatches(List<Prepared> reports, List<Resolver.Resolution> resolutions) {
		Map<String, String> queries = new LinkedHashMap<>();
		Map<String, EntityDescription> entities = new LinkedHashMap<>();
		for (int i = 0; i < reports.size(); i++) {
			Report report = reports.get(i).report();
			Set<String> created = Set.copyOf(resolutions.get(i).created());
			for (EntityDescription entity : report.entities()) {
				if (!created.contains(entity.id())) {
					continue;
				}
				Set<String> words = new LinkedHashSet<>();
				words.addAll(FullText.words(entity.name()));
				entity.aliases().forEach((alias) -> words.addAll(FullText.words(alias)));
				if (!words.isEmpty()) {
					String key = report.source().id() + " " + entity.id();
					queries.put(key, FullText.anyWordIn(words, FullText.NAME_FIELDS));
					entities.put(key, entity);
				}
			}
		}
		Map<String, List<NearMatch>> matches = new LinkedHashMap<>();
		if (queries.isEmpty()) {
			return matches;
		}
		double threshold = this.properties.nearMatchThreshold();
		this.writer.similar(queries).forEach((key, candidates) -> {
			EntityDescription entity = entities.get(key);
			NodeKind kind = NodeKind.entityKind(entity.kind());
			if (kind == null) {
				return;
			}
			List<String> names = new ArrayList<>();
			names.add(entity.name());
			names.addAll(entity.aliases());
			NearMatch best = null;
			for (ReportWriter.Candidate candidate : candidates) {
				if (candidate.kind().base() != kind.base() || candidate.id().equals(entity.id())) {
					continue;
				}
				for (String name : names) {
					for (String other : candidate.names()) {
						double score = Similarity.of(name, other);
						boolean sameKind = candidate.kind() == kind;
						if (!sameKind) {
							score *= OTHER_KIND;
						}
						score = Math.round(score * 1000) / 1000.0;
						if (score >= threshold && (best == null || score > best.score())) {
							String why = "'" + name + "' and '" + other + "' are alike" + (sameKind ? ""
									: "; but one is a " + kind.label() + ", the other a " + candidate.kind().label());
							best = new NearMatch(entity.id(), entity.name(), candidate.id(), other, score, why);
						}
					}
				}
			}
			if (best != null) {
				matches.computeIfAbsent(key.substring(0, key.indexOf(' ')), (k) -> new ArrayList<>()).add(best);
			}
		});
		return matches;
	}

	private static String entityPath(Report report, String id) {
		for (int i = 0; i < report.entities().size(); i++) {
			if (report.entities().get(i).id().equals(id)) {
				return "$.entities[" + i + "]";
			}
		}
		return "$.entities";
	}

	/**
	 * How to write.
	 *
	 * @param dryRun roll back at the end
	 * @param strict refuse reports with unconfirmed near matches
	 * @param confirmedNew ids of new entities confirmed as new despite a near match
	 * @param distinctEvents events the report's new events are known to differ from, so
	 * event resolution never makes one of them (the rows of one event table: the table's
	 * makers already told its events apart)
	 */
	record WriteOptions(boolean dryRun, boolean strict, Set<String> confirmedNew, Set<String> distinctEvents) {

		WriteOptions(boolean dryRun, boolean strict, Set<String> confirmedNew) {
			this(dryRun, strict, confirmedNew, Set.of());
		}

	}

	/**
	 * Reads, validates and writes one report given as JSON whose new events differ from
	 * the given ones (see {@link WriteOptions#distinctEvents()}).
	 * @throws ReportRejectedException listing every problem; nothing was written
	 */
	public IngestResult ingestDistinctFrom(byte[] json, boolean dryRun, Set<String> distinctEvents) {
		return write(List.of(prepare(json)), new WriteOptions(dryRun, false, Set.of(), Set.copyOf(distinctEvents)),
				null)
			.get(0);
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

package org.conflictgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.TransientException;
import org.conflictgraph.ingest.Report.ClaimDescription;
import org.conflictgraph.ingest.Report.EntityDescription;
import org.conflictgraph.ingest.Report.EventDescription;
import org.conflictgraph.ingest.Report.Evidence;
import org.conflictgraph.ingest.Report.Reference;
import org.conflictgraph.ingest.Report.RelationDescription;
import org.conflictgraph.ingest.Report.SourceDescription;
import org.conflictgraph.ingest.ReportValidator.ExternalReference;
import org.conflictgraph.ingest.ReportValidator.Span;
import org.conflictgraph.ingest.ReportWriter.Plan;
import org.conflictgraph.ingest.ReportWriter.Row;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The report pipeline: validate the whole report, resolve its entities against the graph,
 * then write it in one transaction. Writing the same report twice changes nothing; a
 * report with any problem writes nothing.
 * <p>
 * Every write transaction first takes the graph's write lock (see
 * {@link org.conflictgraph.database.GraphWriteLock}), so concurrent ingests of reports
 * that introduce the same new name cannot both create a node for it.
 */
@Component
public class ReportIngester {

	private static final Log logger = LogFactory.getLog(ReportIngester.class);

	private static final int ATTEMPTS = 3;

	/**
	 * Part of the stored report fingerprint: raising it makes the seed loader write the
	 * seed once more after a change to what the pipeline records (2: {@code reportIds}).
	 */
	static final String PIPELINE_VERSION = "2";

	private final ReportReader reader;

	private final ReportWriter writer;

	private final IngestProperties properties;

	ReportIngester(ReportReader reader, ReportWriter writer, IngestProperties properties) {
		this.reader = reader;
		this.writer = writer;
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
		return new Prepared(report, checked, merge(schemaProblems, checked.problems()));
	}

	/**
	 * Writes prepared reports, in order, in one transaction: each report sees what the
	 * ones before it wrote. When any of them is rejected (a reference the graph cannot
	 * resolve), the whole transaction rolls back and the exception names that report's
	 * problems.
	 * @param withinTransaction run after each report's writes, in the transaction (not
	 * for a dry run)
	 */
	List<IngestResult> write(List<Prepared> reports, boolean dryRun,
			@Nullable Consumer<IngestResult> withinTransaction) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.writer.inTransaction(dryRun, () -> {
					List<IngestResult> results = new ArrayList<>();
					for (Prepared prepared : reports) {
						IngestResult result = writeOne(prepared, dryRun);
						if (!dryRun && withinTransaction != null) {
							withinTransaction.accept(result);
						}
						results.add(result);
					}
					return results;
				});
			}
			catch (TransientException | TransientDataAccessException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				logger.info("Retrying the ingest of "
						+ reports.stream().map((prepared) -> prepared.report().source().id()).toList()
						+ " after a transient failure: " + ex.getMessage());
			}
		}
	}

	private IngestResult writeOne(Prepared prepared, boolean dryRun) {
		Report report = prepared.report();
		ReportValidator.Result checked = prepared.checked();
		List<Problem> problems = new ArrayList<>(prepared.problems());
		Resolution resolution = resolve(report, checked, problems);
		if (!problems.isEmpty()) {
			throw new ReportRejectedException(problems);
		}
		Plan plan = plan(report, checked, resolution);
		ReportWriter.Counts counts = this.writer.write(plan);
		List<String> created = new ArrayList<>();
		List<String> matched = new ArrayList<>();
		for (Row node : plan.nodes()) {
			String id = (String) node.get("id");
			(resolution.existing().containsKey(id) ? matched : created).add(id);
		}
		for (ExternalReference ref : checked.external()) {
			String id = resolution.renamed().getOrDefault(ref.reference(), ref.reference());
			if (!matched.contains(id) && !created.contains(id)) {
				matched.add(id);
			}
		}
		return new IngestResult(report.source().id(), dryRun, created, matched, resolution.renamed(),
				counts.nodesCreated(), counts.relationshipsCreated(), counts.propertiesSet(),
				report.entities().size() + report.events().size() + report.claims().size() + report.relations().size());
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
	record Prepared(Report report, ReportValidator.Result checked, List<Problem> problems) {

		int facts() {
			return this.report.entities().size() + this.report.events().size() + this.report.claims().size()
					+ this.report.relations().size();
		}

	}

	/**
	 * Maps every id of the report to the node it will be written to: itself, an existing
	 * node with the same id, or an existing node of the same kind known by the same name.
	 */
	private Resolution resolve(Report report, ReportValidator.Result checked, List<Problem> problems) {
		Set<String> lookup = new LinkedHashSet<>(checked.localLabels().keySet());
		checked.external().forEach((ref) -> lookup.add(ref.reference()));
		Map<String, Set<String>> existing = this.writer.existingLabels(lookup);
		Map<String, String> renamed = new LinkedHashMap<>();

		Map<String, Set<String>> keysOfNewEntities = new LinkedHashMap<>();
		for (EntityDescription entity : report.entities()) {
			if (!existing.containsKey(entity.id())) {
				keysOfNewEntities.put(entity.id(), Names.keys(entity.name(), entity.aliases()));
			}
		}
		Set<String> names = new LinkedHashSet<>();
		keysOfNewEntities.values().forEach(names::addAll);
		for (ExternalReference ref : checked.external()) {
			if (!existing.containsKey(ref.reference()) && !ReportValidator.ID.matcher(ref.reference()).matches()) {
				names.add(Names.key(ref.reference()));
			}
		}
		Map<String, Map<String, Set<String>>> byKey = this.writer.nodesByNameKey(names);

		for (int i = 0; i < report.entities().size(); i++) {
			EntityDescription entity = report.entities().get(i);
			String base = GraphModel.KINDS.get(entity.kind());
			Set<String> labels = existing.get(entity.id());
			if (labels != null) {
				if (base != null && !labels.contains(base)) {
					problems.add(new Problem("$.entities[" + i + "].id", "'" + entity.id() + "' already names a "
							+ GraphModel.baseLabel(labels) + " in the graph, not a " + base));
				}
				continue;
			}
			Map<String, Set<String>> candidates = new LinkedHashMap<>();
			for (String key : keysOfNewEntities.getOrDefault(entity.id(), Set.of())) {
				byKey.getOrDefault(key, Map.of()).forEach((id, nodeLabels) -> {
					if (base != null && nodeLabels.contains(base)) {
						candidates.put(id, nodeLabels);
					}
				});
			}
			if (candidates.size() == 1) {
				String target = candidates.keySet().iterator().next();
				renamed.put(entity.id(), target);
				existing.put(target, candidates.get(target));
			}
			else if (candidates.size() > 1) {
				problems.add(new Problem("$.entities[" + i + "]",
						"'" + entity.name() + "' matches several nodes of the graph "
								+ new TreeSet<>(candidates.keySet()) + "; use the id of the one you mean"));
			}
		}

		// Ids that a merge absorbed still name the node that absorbed them.
		Set<String> unknownIds = new LinkedHashSet<>();
		for (ExternalReference ref : checked.external()) {
			if (!existing.containsKey(ref.reference()) && ReportValidator.ID.matcher(ref.reference()).matches()) {
				unknownIds.add(ref.reference());
			}
		}
		this.writer.mergedInto(unknownIds).forEach((mergedId, node) -> {
			renamed.put(mergedId, node.getKey());
			existing.put(node.getKey(), node.getValue());
		});

		for (ExternalReference ref : checked.external()) {
			Set<String> labels = existing.get(renamed.getOrDefault(ref.reference(), ref.reference()));
			if (labels == null && !ReportValidator.ID.matcher(ref.reference()).matches()) {
				Map<String, Set<String>> candidates = new LinkedHashMap<>();
				byKey.getOrDefault(Names.key(ref.reference()), Map.of()).forEach((id, nodeLabels) -> {
					if (ref.allowedLabels().contains(GraphModel.baseLabel(nodeLabels))) {
						candidates.put(id, nodeLabels);
					}
				});
				if (candidates.size() > 1) {
					problems.add(new Problem(ref.path(), "'" + ref.reference() + "' matches several nodes "
							+ new TreeSet<>(candidates.keySet()) + "; use the id of the one you mean"));
					continue;
				}
				if (candidates.size() == 1) {
					String target = candidates.keySet().iterator().next();
					renamed.put(ref.reference(), target);
					labels = candidates.get(target);
					existing.put(target, labels);
				}
			}
			if (labels == null) {
				problems.add(new Problem(ref.path(), "'" + ref.reference()
						+ "' is neither defined in this report nor a node of the graph (by id, name or alias)"));
			}
			else if (!ref.allowedLabels().contains(GraphModel.baseLabel(labels))) {
				problems.add(new Problem(ref.path(), "'" + ref.reference() + "' is a " + GraphModel.baseLabel(labels)
						+ " but must be one of " + new TreeSet<>(ref.allowedLabels())));
			}
		}
		return new Resolution(existing, renamed);
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
		return this.writer.holds(report.source().id(), hash(report));
	}

	/** A fingerprint of the report's content; records print all their components. */
	static String hash(Report report) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(PIPELINE_VERSION.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(report.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Plan plan(Report report, ReportValidator.Result checked, Resolution resolution) {
		PlanBuilder builder = new PlanBuilder(report, checked.spans(), resolution.renamed());
		return builder.build();
	}

	private record Resolution(Map<String, Set<String>> existing, Map<String, String> renamed) {
	}

	/**
	 * Lays a validated report out as rows for the writer: nodes, mentions and
	 * relationships, each relationship with the mentions and sources that support it.
	 */
	private static final class PlanBuilder {

		private final Report report;

		private final Map<String, Span> spans;

		private final Map<String, String> renamed;

		private final String sourceId;

		private final String sourceSlug;

		private final Map<String, Row> mentions = new LinkedHashMap<>();

		private final List<Row> nodes = new ArrayList<>();

		private final Map<String, Row> relations = new LinkedHashMap<>();

		PlanBuilder(Report report, Map<String, Span> spans, Map<String, String> renamed) {
			this.report = report;
			this.spans = spans;
			this.renamed = renamed;
			this.sourceId = report.source().id();
			this.sourceSlug = this.sourceId.substring(this.sourceId.indexOf(':') + 1);
		}

		Plan build() {
			List<Row> sources = new ArrayList<>();
			sources.add(sourceRow(this.report.source(), ReportIngester.hash(this.report)));
			this.report.references().forEach((reference) -> sources.add(sourceRow(reference, null)));
			String publisher = this.report.source().publisher();
			if (publisher != null) {
				relation("PUBLISHED_BY", this.sourceId, id(publisher), null, Map.of(), List.of(), null);
			}
			for (int i = 0; i < this.report.entities().size(); i++) {
				entity("$.entities[" + i + "]", this.report.entities().get(i));
			}
			for (int i = 0; i < this.report.events().size(); i++) {
				event("$.events[" + i + "]", this.report.events().get(i));
			}
			for (int i = 0; i < this.report.claims().size(); i++) {
				claim("$.claims[" + i + "]", this.report.claims().get(i));
			}
			for (int i = 0; i < this.report.relations().size(); i++) {
				RelationDescription relation = this.report.relations().get(i);
				Map<String, Object> properties = new LinkedHashMap<>(relation.properties());
				if (relation.inference() != null) {
					properties.put("inferred", true);
					properties.put("confidence", relation.inference().confidence());
					properties.put("basis", relation.inference().basis());
				}
				relation(relation.type(), id(relation.from()), id(relation.to()), relation.key(), properties,
						mentionIds("$.relations[" + i + "]", relation.evidence()), relation.reference());
			}
			// The report's events and the existing events its relations add attackers or
			// targets to.
			Set<String> eventIds = new LinkedHashSet<>();
			this.report.events().forEach((event) -> eventIds.add(id(event.id())));
			for (RelationDescription relation : this.report.relations()) {
				if (relation.type().equals("PARTICIPATED_IN")) {
					eventIds.add(id(relation.to()));
				}
				else if (Set.of("TARGETED", "DAMAGED", "DESTROYED").contains(relation.type())) {
					eventIds.add(id(relation.from()));
				}
			}
			return new Plan(this.sourceId, sources, List.copyOf(this.mentions.values()), this.nodes,
					List.copyOf(this.relations.values()), List.copyOf(eventIds));
		}

		private Row sourceRow(SourceDescription source, @Nullable String hash) {
			Map<String, Object> properties = new LinkedHashMap<>();
			put(properties, "kind", source.kind());
			put(properties, "title", source.title());
			put(properties, "url", source.url());
			put(properties, "published", (source.published() != null) ? LocalDate.parse(source.published()) : null);
			put(properties, "language", source.language());
			put(properties, "text", source.text());
			put(properties, "note", source.note());
			put(properties, "reportHash", hash);
			if (source.publisher() != null) {
				EntityDescription publisher = this.report.entities()
					.stream()
					.filter((entity) -> entity.id().equals(source.publisher()))
					.findFirst()
					.orElse(null);
				put(properties, "publisher", (publisher != null) ? publisher.name() : source.publisher());
			}
			return new Row(Map.of("id", source.id(), "properties", properties));
		}

		private void entity(String path, EntityDescription entity) {
			String id = id(entity.id());
			Map<String, Object> properties = new LinkedHashMap<>();
			Object location = null;
			for (Map.Entry<String, Object> property : entity.properties().entrySet()) {
				if (property.getKey().equals("location")) {
					location = property.getValue();
				}
				else {
					properties.put(property.getKey(), property.getValue());
				}
			}
			put(properties, "description", entity.description());
			List<String> names = new ArrayList<>();
			names.add(entity.name());
			names.addAll(entity.aliases());
			Map<String, Object> row = new HashMap<>();
			row.put("id", id);
			row.put("labels", List.of(GraphModel.NODE, GraphModel.KINDS.get(entity.kind()), entity.kind()));
			row.put("name", entity.name());
			row.put("names", names);
			row.put("keys", List.copyOf(Names.keys(entity.name(), entity.aliases())));
			row.put("properties", properties);
			row.put("location", location);
			this.nodes.add(new Row(row));
			support(path, id, entity.evidence(), entity.reference());
		}

		private void event(String path, EventDescription event) {
			String id = id(event.id());
			Map<String, Object> properties = new LinkedHashMap<>();
			put(properties, "title", event.title());
			put(properties, "date", LocalDate.parse(event.date()));
			put(properties, "datePrecision", event.datePrecision());
			put(properties, "type", event.type());
			put(properties, "subType", event.subType());
			put(properties, "status", event.status());
			put(properties, "summary", event.summary());
			this.nodes.add(plainNode(id, "Event", properties));
			List<String> mentionIds = support(path, id, event.evidence(), event.reference());
			if (event.partOf() != null) {
				relation("PART_OF", id, id(event.partOf()), null, Map.of(), mentionIds, event.reference());
			}
		}

		private void claim(String path, ClaimDescription claim) {
			String id = id(claim.id());
			Map<String, Object> properties = new LinkedHashMap<>();
			put(properties, "kind", claim.kind());
			put(properties, "stance", claim.stance());
			put(properties, "statement", claim.statement());
			put(properties, "date", (claim.date() != null) ? LocalDate.parse(claim.date()) : null);
			claim.figures().forEach((name, value) -> put(properties, name, value.longValue()));
			this.nodes.add(plainNode(id, "Claim", properties));
			List<String> mentionIds = support(path, id, claim.evidence(), null);
			relation("CLAIMED_BY", id, id(claim.claimant()), null, Map.of(), mentionIds, null);
			claim.reportedBy()
				.forEach((actor) -> relation("REPORTED_BY", id, id(actor), null, Map.of(), mentionIds, null));
			claim.about().forEach((target) -> relation("ABOUT", id, id(target), null, Map.of(), mentionIds, null));
			claim.contradicts()
				.forEach((other) -> relation("CONTRADICTS", id, id(other), null, Map.of(), mentionIds, null));
		}

		private Row plainNode(String id, String label, Map<String, Object> properties) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", id);
			row.put("labels", List.of(GraphModel.NODE, label));
			row.put("name", null);
			row.put("names", List.of());
			row.put("keys", List.of());
			row.put("properties", properties);
			row.put("location", null);
			return new Row(row);
		}

		/** Writes the node's provenance edges and returns its mention ids. */
		private List<String> support(String path, String nodeId, List<Evidence> evidence,
				@Nullable Reference reference) {
			List<String> mentionIds = mentionIds(path, evidence);
			for (String mentionId : mentionIds) {
				relation("EVIDENCED_BY", nodeId, mentionId, null, Map.of(), List.of(mentionId), null);
			}
			if (reference != null) {
				Map<String, Object> properties = new LinkedHashMap<>();
				put(properties, "note", reference.note());
				relation("REFERENCED_IN", nodeId, reference.source(), null, properties, List.of(), reference);
			}
			return mentionIds;
		}

		private List<String> mentionIds(String path, List<Evidence> evidence) {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < evidence.size(); i++) {
				Span span = this.spans.get(path + ".evidence[" + i + "]");
				String id = "mention:" + this.sourceSlug + ":" + span.start() + "-" + span.end();
				String quote = evidence.get(i).quote();
				this.mentions.computeIfAbsent(id, (key) -> new Row(Map.of("id", key, "sourceId", this.sourceId, "quote",
						quote, "start", span.start(), "end", span.end())));
				if (!ids.contains(id)) {
					ids.add(id);
				}
			}
			return ids;
		}

		private void relation(String type, String from, String to, @Nullable String key, Map<String, Object> properties,
				List<String> mentionIds, @Nullable Reference reference) {
			String id = type + ":" + from + "->" + to + ((key != null) ? "#" + key : "");
			Set<String> sourceIds = new LinkedHashSet<>();
			if (!mentionIds.isEmpty() || type.equals("PUBLISHED_BY")) {
				sourceIds.add(this.sourceId);
			}
			List<String> referenceIds = new ArrayList<>();
			Map<String, Object> props = new LinkedHashMap<>(properties);
			if (reference != null) {
				sourceIds.add(id(reference.source()));
				referenceIds.add(id(reference.source()));
				if (reference.note() != null && !type.equals("REFERENCED_IN")) {
					props.put("referenceNote", reference.note());
				}
			}
			Row existing = this.relations.get(id);
			if (existing != null) {
				// The same relationship stated twice in one report: one edge, all the
				// support.
				merge(existing, "mentionIds", mentionIds);
				merge(existing, "sourceIds", sourceIds);
				merge(existing, "referenceIds", referenceIds);
				return;
			}
			Map<String, Object> row = new HashMap<>();
			row.put("id", id);
			row.put("type", type);
			row.put("from", from);
			row.put("to", to);
			row.put("properties", props);
			row.put("mentionIds", new ArrayList<>(mentionIds));
			row.put("sourceIds", new ArrayList<>(sourceIds));
			row.put("referenceIds", referenceIds);
			this.relations.put(id, new Row(row));
		}

		@SuppressWarnings("unchecked")
		private static void merge(Row row, String name, Collection<String> values) {
			List<String> list = (List<String>) row.get(name);
			values.stream().filter((value) -> !list.contains(value)).forEach(list::add);
		}

		private String id(String reference) {
			return this.renamed.getOrDefault(reference, reference);
		}

		private static void put(Map<String, Object> properties, String name, @Nullable Object value) {
			if (value != null) {
				properties.put(name, value);
			}
		}

	}

}

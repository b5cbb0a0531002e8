package org.conflictgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.graph.RelationshipType;
import org.conflictgraph.ingest.Plan.Location;
import org.conflictgraph.ingest.Plan.MentionRow;
import org.conflictgraph.ingest.Plan.NodeRow;
import org.conflictgraph.ingest.Plan.RelationRow;
import org.conflictgraph.ingest.Plan.SourceRow;
import org.conflictgraph.ingest.Report.ClaimDescription;
import org.conflictgraph.ingest.Report.EntityDescription;
import org.conflictgraph.ingest.Report.EventDescription;
import org.conflictgraph.ingest.Report.Evidence;
import org.conflictgraph.ingest.Report.FigureDescription;
import org.conflictgraph.ingest.Report.FigurePart;
import org.conflictgraph.ingest.Report.Reference;
import org.conflictgraph.ingest.Report.RelationDescription;
import org.conflictgraph.ingest.Report.SourceDescription;
import org.conflictgraph.ingest.ReportValidator.Span;

/**
 * Stage 4 of the pipeline: lays a validated, resolved report out as typed rows for the
 * writer: sources, mentions, nodes and relationships, each relationship with the mentions
 * and sources that support it. Pure: it reads neither the graph nor the clock.
 */
final class Planner {

	private final Report report;

	private final Map<String, Span> spans;

	private final Map<String, String> renamed;

	private final String sourceId;

	private final String sourceSlug;

	private final String fingerprint;

	private final Map<String, MentionRow> mentions = new LinkedHashMap<>();

	private final List<NodeRow> nodes = new ArrayList<>();

	private final Map<String, RelationRow> relations = new LinkedHashMap<>();

	Planner(Report report, Map<String, Span> spans, Map<String, String> renamed, String fingerprint) {
		this.fingerprint = fingerprint;
		this.report = report;
		this.spans = spans;
		this.renamed = renamed;
		this.sourceId = report.source().id();
		this.sourceSlug = this.sourceId.substring(this.sourceId.indexOf(':') + 1);
	}

	Plan build() {
		List<SourceRow> sources = new ArrayList<>();
		sources.add(sourceRow(this.report.source(), this.fingerprint));
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
			else if (RelationshipType.attacks().stream().anyMatch((type) -> type.name().equals(relation.type()))) {
				eventIds.add(id(relation.from()));
			}
		}
		return new Plan(this.sourceId, sources, List.copyOf(this.mentions.values()), this.nodes,
				List.copyOf(this.relations.values()), List.copyOf(eventIds));
	}

	private SourceRow sourceRow(SourceDescription source, @Nullable String hash) {
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
		return new SourceRow(source.id(), properties);
	}

	private void entity(String path, EntityDescription entity) {
		String id = id(entity.id());
		Map<String, Object> properties = new LinkedHashMap<>();
		@Nullable Object location = null;
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
		NodeKind kind = java.util.Objects.requireNonNull(NodeKind.entityKind(entity.kind()));
		this.nodes.add(new NodeRow(id, List.of(NodeKind.NODE_LABEL, kind.base().label(), kind.label()), entity.name(),
				names, List.copyOf(Names.allKeys(entity.name(), entity.aliases())), properties, location(location)));
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
		this.nodes.add(NodeRow.plain(id, List.of(NodeKind.NODE_LABEL, NodeKind.EVENT.label()), properties));
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
		claim.figures().forEach((name, figure) -> figure(properties, name, figure));
		this.nodes.add(NodeRow.plain(id, List.of(NodeKind.NODE_LABEL, NodeKind.CLAIM.label()), properties));
		List<String> mentionIds = support(path, id, claim.evidence(), null);
		relation("CLAIMED_BY", id, id(claim.claimant()), null, Map.of(), mentionIds, null);
		claim.reportedBy().forEach((actor) -> relation("REPORTED_BY", id, id(actor), null, Map.of(), mentionIds, null));
		claim.about().forEach((target) -> relation("ABOUT", id, id(target), null, Map.of(), mentionIds, null));
		claim.contradicts()
			.forEach((other) -> relation("CONTRADICTS", id, id(other), null, Map.of(), mentionIds, null));
	}

	/**
	 * A figure as flat properties of its claim: {@code <measure>} keeps the plain number
	 * old queries read, {@code <measure>Qualifier}, {@code <measure>Subject} and the
	 * parallel {@code <measure>Breakdown*} lists carry the rest. Absent parts are written
	 * as null so that a corrected report removes what it no longer states.
	 */
	private static void figure(Map<String, Object> properties, String name, FigureDescription figure) {
		properties.put(name, figure.value());
		properties.put(name + "Qualifier", figure.qualifierOrExact());
		properties.put(name + "Subject", figure.subject());
		List<FigurePart> parts = figure.breakdown();
		properties.put(name + "BreakdownSubjects",
				parts.isEmpty() ? null : parts.stream().map(FigurePart::subject).toList());
		properties.put(name + "BreakdownValues",
				parts.isEmpty() ? null : parts.stream().map(FigurePart::value).toList());
		properties.put(name + "BreakdownQualifiers",
				parts.isEmpty() ? null : parts.stream().map(FigurePart::qualifierOrExact).toList());
	}

	private static @Nullable Location location(@Nullable Object value) {
		if (value instanceof Map<?, ?> map && map.get("latitude") instanceof Number latitude
				&& map.get("longitude") instanceof Number longitude) {
			return new Location(latitude.doubleValue(), longitude.doubleValue());
		}
		return null;
	}

	/** Writes the node's provenance edges and returns its mention ids. */
	private List<String> support(String path, String nodeId, List<Evidence> evidence, @Nullable Reference reference) {
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
			this.mentions.computeIfAbsent(id,
					(key) -> new MentionRow(key, this.sourceId, quote, span.start(), span.end()));
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
		String identity = RelationRow.identity(id, type, from, to, props);
		RelationRow existing = this.relations.get(identity);
		if (existing != null) {
			// The same relationship stated twice in one report: one edge (the first
			// one's id), all the support.
			this.relations.put(identity,
					new RelationRow(existing.id(), type, from, to, existing.properties(),
							union(existing.mentionIds(), mentionIds), union(existing.sourceIds(), sourceIds),
							union(existing.referenceIds(), referenceIds)));
			return;
		}
		this.relations.put(identity, new RelationRow(id, type, from, to, props, List.copyOf(mentionIds),
				List.copyOf(sourceIds), List.copyOf(referenceIds)));
	}

	private static List<String> union(List<String> first, java.util.Collection<String> second) {
		Set<String> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return List.copyOf(all);
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

package org.conflictgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.graph.RelationshipType;
import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.ingest.Report.ClaimDescription;
import org.conflictgraph.ingest.Report.EntityDescription;
import org.conflictgraph.ingest.Report.EventDescription;
import org.conflictgraph.ingest.Report.Evidence;
import org.conflictgraph.ingest.Report.FigureDescription;
import org.conflictgraph.ingest.Report.FigurePart;
import org.conflictgraph.ingest.Report.Reference;
import org.conflictgraph.ingest.Report.RelationDescription;
import org.conflictgraph.ingest.Report.SourceDescription;

/**
 * The checks that need no database: ids, kinds, dates, taxonomy, and above all that every
 * quote occurs verbatim in the source text. Every problem is collected; nothing stops at
 * the first.
 */
final class ReportValidator {

	static final Pattern ID = Pattern.compile("[a-z][a-z-]*:[a-z0-9][a-z0-9._-]*");

	private static final Set<String> RESERVED_PROPERTIES = Set.of("id", "name", "aliases", "description", "aliasText",
			"nameKeys", "nameKeyText", "mentionIds", "sourceIds", "referenceIds", "title", "kind");

	private final Report report;

	private final List<Problem> problems = new ArrayList<>();

	/**
	 * The kind of every id the report defines ({@code null} for an entity of an unknown
	 * kind, already reported).
	 */
	private final Map<String, @Nullable NodeKind> localKinds = new LinkedHashMap<>();

	/** Every relationship the report states, to check its ends against its rule. */
	private final List<StatedRelation> relations = new ArrayList<>();

	/**
	 * Ids used but not defined by the report, with where and what label they must have.
	 */
	private final List<ExternalReference> external = new ArrayList<>();

	/** Where each evidence item lies in the text, by its JSON path. */
	private final Map<String, Span> spans = new HashMap<>();

	private @Nullable LocalDate published;

	private ReportValidator(Report report) {
		this.report = report;
	}

	static Result validate(Report report) {
		ReportValidator validator = new ReportValidator(report);
		validator.run();
		return new Result(validator.problems, validator.localKinds, validator.external, validator.spans,
				validator.relations);
	}

	private void run() {
		if (this.report.formatVersion() != 1) {
			problem("$.formatVersion", "Only report format version 1 is supported");
		}
		checkSource("$.source", this.report.source(), false);
		for (int i = 0; i < this.report.references().size(); i++) {
			checkSource("$.references[" + i + "]", this.report.references().get(i), true);
		}
		for (int i = 0; i < this.report.entities().size(); i++) {
			EntityDescription entity = this.report.entities().get(i);
			define("$.entities[" + i + "]", entity.id(), NodeKind.entityKind(entity.kind()));
		}
		for (int i = 0; i < this.report.events().size(); i++) {
			define("$.events[" + i + "]", this.report.events().get(i).id(), NodeKind.EVENT);
		}
		for (int i = 0; i < this.report.claims().size(); i++) {
			define("$.claims[" + i + "]", this.report.claims().get(i).id(), NodeKind.CLAIM);
		}
		String publisher = this.report.source().publisher();
		if (publisher != null) {
			state("$.source.publisher", RelationshipType.PUBLISHED_BY, this.report.source().id(), publisher);
		}
		for (int i = 0; i < this.report.entities().size(); i++) {
			checkEntity("$.entities[" + i + "]", this.report.entities().get(i));
		}
		for (int i = 0; i < this.report.events().size(); i++) {
			checkEvent("$.events[" + i + "]", this.report.events().get(i));
		}
		for (int i = 0; i < this.report.claims().size(); i++) {
			checkClaim("$.claims[" + i + "]", this.report.claims().get(i));
		}
		for (int i = 0; i < this.report.relations().size(); i++) {
			checkRelation("$.relations[" + i + "]", this.report.relations().get(i));
		}
		for (int i = 0; i < this.report.context().size(); i++) {
			var span = this.report.context().get(i);
			locate("$.context[" + i + "]", new Evidence(span.quote(), span.start()));
		}
	}

	private void checkSource(String path, SourceDescription source, boolean reference) {
		if (!source.id().startsWith("source:") || !ID.matcher(source.id()).matches()) {
			problem(path + ".id",
					"A source id looks like source:<slug> (lower case, digits and -), not '" + source.id() + "'");
		}
		if (!Vocabulary.SOURCE_KINDS.contains(source.kind())) {
			problem(path + ".kind", "Unknown source kind '" + source.kind() + "'; use one of "
					+ new java.util.TreeSet<>(Vocabulary.SOURCE_KINDS));
		}
		if (!reference && (source.text() == null || source.text().isBlank())) {
			problem(path + ".text", "The reported source needs its full text: every quote is checked against it");
		}
		LocalDate date = date(path + ".published", source.published());
		if (!reference) {
			this.published = date;
		}
		define(path, source.id(), NodeKind.SOURCE);
	}

	private void checkEntity(String path, EntityDescription entity) {
		NodeKind kind = NodeKind.entityKind(entity.kind());
		if (kind == null) {
			problem(path + ".kind", "Unknown kind '" + entity.kind() + "'; use one of " + NodeKind.entityKindLabels());
		}
		else {
			checkId(path, entity.id(), String.valueOf(kind.idPrefix()));
		}
		if (entity.name().isBlank()) {
			problem(path + ".name", "An entity needs a name");
		}
		for (Map.Entry<String, Object> property : entity.properties().entrySet()) {
			checkProperty(path + ".properties." + property.getKey(), property.getKey(), property.getValue());
		}
		checkSupport(path, entity.evidence(), entity.reference());
	}

	private void checkProperty(String path, String name, @Nullable Object value) {
		if (RESERVED_PROPERTIES.contains(name)) {
			problem(path, "'" + name + "' is set by the pipeline or by its own field; remove it from properties");
			return;
		}
		if (name.equals("location")) {
			if (!(value instanceof Map<?, ?> location) || !(location.get("latitude") instanceof Number latitude)
					|| !(location.get("longitude") instanceof Number longitude)) {
				problem(path, "A location is {\"latitude\": number, \"longitude\": number} in WGS-84 degrees");
				return;
			}
			if (Math.abs(latitude.doubleValue()) > 90 || Math.abs(longitude.doubleValue()) > 180) {
				problem(path, "Latitude must lie within -90..90 and longitude within -180..180");
			}
			return;
		}
		if (!isPlain(value)) {
			problem(path, "A property value must be a string, number, boolean or a list of those");
		}
	}

	private static boolean isPlain(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream()
				.allMatch((item) -> item instanceof String || item instanceof Number || item instanceof Boolean);
		}
		return value instanceof String || value instanceof Number || value instanceof Boolean;
	}

	private void checkEvent(String path, EventDescription event) {
		checkId(path, event.id(), String.valueOf(NodeKind.EVENT.idPrefix()));
		LocalDate date = date(path + ".date", event.date());
		if (date != null && this.published != null && date.isAfter(this.published)) {
			problem(path + ".date", "The event date " + date + " is after the source was published (" + this.published
					+ "); a report cannot describe it");
		}
		if (!Vocabulary.DATE_PRECISIONS.contains(event.datePrecision())) {
			problem(path + ".datePrecision", "Use " + Vocabulary.DAY_PRECISION + ", " + Vocabulary.MONTH_PRECISION
					+ " or " + Vocabulary.YEAR_PRECISION);
		}
		Set<String> subTypes = Vocabulary.EVENT_TYPES.get(event.type());
		if (subTypes == null) {
			problem(path + ".type", "Unknown event type '" + event.type() + "'; use one of "
					+ new java.util.TreeSet<>(Vocabulary.EVENT_TYPES.keySet()));
		}
		else if (event.subType() != null && !subTypes.contains(event.subType())) {
			problem(path + ".subType", "'" + event.subType() + "' is not a sub-type of " + event.type()
					+ "; use one of " + new java.util.TreeSet<>(subTypes));
		}
		if (!Vocabulary.EVENT_STATUSES.contains(event.status())) {
			problem(path + ".status", "Use REPORTED, CLAIMED, DISPUTED or CONFIRMED");
		}
		if (event.partOf() != null) {
			state(path + ".partOf", RelationshipType.PART_OF, event.id(), event.partOf());
		}
		checkSupport(path, event.evidence(), event.reference());
	}

	private void checkClaim(String path, ClaimDescription claim) {
		checkId(path, claim.id(), String.valueOf(NodeKind.CLAIM.idPrefix()));
		state(path + ".claimant", RelationshipType.CLAIMED_BY, claim.id(), claim.claimant());
		for (int i = 0; i < claim.reportedBy().size(); i++) {
			state(path + ".reportedBy[" + i + "]", RelationshipType.REPORTED_BY, claim.id(), claim.reportedBy().get(i));
		}
		for (int i = 0; i < claim.about().size(); i++) {
			state(path + ".about[" + i + "]", RelationshipType.ABOUT, claim.id(), claim.about().get(i));
		}
		for (int i = 0; i < claim.contradicts().size(); i++) {
			state(path + ".contradicts[" + i + "]", RelationshipType.CONTRADICTS, claim.id(),
					claim.contradicts().get(i));
		}
		if (!Vocabulary.STANCES.contains(claim.stance())) {
			problem(path + ".stance", "Use ASSERTS or DENIES");
		}
		LocalDate date = date(path + ".date", claim.date());
		if (date != null && this.published != null && date.isAfter(this.published)) {
			problem(path + ".date", "The claim date " + date + " is after the source was published");
		}
		claim.figures().forEach((name, figure) -> checkFigure(path + ".figures." + name, name, figure));
		if (claim.evidence().isEmpty()) {
			problem(path + ".evidence", "A claim needs at least one quote of the source that states it");
		}
		checkEvidence(path, claim.evidence());
	}

	/**
	 * A figure is a known measure with a whole number, a known qualifier, and parts that
	 * fit into it: no part can be larger than a total the text gives as exact or as an
	 * upper bound.
	 */
	private void checkFigure(String path, String measure, @Nullable FigureDescription figure) {
		if (!Vocabulary.FIGURES.contains(measure)) {
			problem(path, "Unknown figure '" + measure + "'; use one of " + Vocabulary.FIGURES);
			return;
		}
		if (figure == null || figure.value() == null || figure.value() < 0) {
			problem(path, "A figure is a whole number, zero or more, or an object with such a value");
			return;
		}
		checkQualifier(path + ".qualifier", figure.qualifier());
		if (figure.subject() != null && figure.subject().isBlank()) {
			problem(path + ".subject", "A subject names what is counted (people, civilians, ...); leave it out if the"
					+ " text does not say");
		}
		boolean bounded = "EXACT".equals(figure.qualifierOrExact()) || "UP_TO".equals(figure.qualifierOrExact());
		for (int i = 0; i < figure.breakdown().size(); i++) {
			FigurePart part = figure.breakdown().get(i);
			String partPath = path + ".breakdown[" + i + "]";
			if (part.subject() == null || part.subject().isBlank()) {
				problem(partPath + ".subject", "A part of a figure names what it counts (women, children, crew, ...)");
			}
			if (part.value() == null || part.value() < 0) {
				problem(partPath + ".value", "A part of a figure is a whole number, zero or more");
				continue;
			}
			checkQualifier(partPath + ".qualifier", part.qualifier());
			if (bounded && part.value() > figure.value()) {
				problem(partPath + ".value",
						"The part '" + part.subject() + "' (" + part.value()
								+ ") is larger than the figure it is part of (" + figure.qualifierOrExact() + " "
								+ figure.value() + ")");
			}
		}
	}

	private void checkQualifier(String path, @Nullable String qualifier) {
		if (qualifier != null && !Vocabulary.FIGURE_QUALIFIERS.contains(qualifier)) {
			problem(path, "Unknown qualifier '" + qualifier + "'; use one of " + Vocabulary.FIGURE_QUALIFIERS);
		}
	}

	private void checkRelation(String path, RelationDescription relation) {
		RelationshipType type = RelationshipType.ofName(relation.type());
		if (type == null || !type.stated()) {
			String hint = (type == RelationshipType.ATTACKED)
					? " (ATTACKED is derived from events; state PARTICIPATED_IN roles instead)" : (type != null)
							? " (" + type.name() + " is written by the pipeline from evidence and metadata)" : "";
			problem(path + ".type", "Unknown relationship type '" + relation.type() + "'" + hint + "; use one of "
					+ RelationshipType.names(RelationshipType.stateable()));
		}
		else {
			reference(path + ".from", relation.from(), type.starts());
			reference(path + ".to", relation.to(), type.ends());
			this.relations.add(new StatedRelation(path, type, relation.from(), relation.to()));
		}
		if (relation.key() != null && !relation.key().matches("[A-Za-z0-9._-]+")) {
			problem(path + ".key", "A key is made of letters, digits, '.', '_' and '-'");
		}
		if (relation.type().equals("PARTICIPATED_IN") && !(relation.properties().get("role") instanceof String)) {
			problem(path + ".properties.role", "PARTICIPATED_IN needs a role (attacker, target, defender, ...)");
		}
		relation.properties().forEach((name, value) -> {
			if (name.equals("id") || name.equals("mentionIds") || name.equals("sourceIds")
					|| name.equals("referenceIds")) {
				problem(path + ".properties." + name, "'" + name + "' is set by the pipeline");
			}
			else if (!isPlain(value)) {
				problem(path + ".properties." + name,
						"A property value must be a string, number, boolean or a list of those");
			}
		});
		if (relation.inference() != null) {
			double confidence = relation.inference().confidence();
			if (confidence < 0 || confidence > 1) {
				problem(path + ".inference.confidence", "A confidence lies between 0 and 1");
			}
			if (relation.evidence().isEmpty()) {
				problem(path + ".evidence", "An inference needs the quotes it was inferred from");
			}
		}
		checkSupport(path, relation.evidence(), relation.reference());
	}

	private void checkSupport(String path, List<Evidence> evidence, @Nullable Reference reference) {
		if (evidence.isEmpty() && reference == null) {
			problem(path, "Every fact needs evidence (quotes of the source) or a reference to a background source");
		}
		checkEvidence(path, evidence);
		if (reference != null) {
			reference(path + ".reference.source", reference.source(), Set.of(NodeKind.SOURCE));
		}
	}

	private void checkEvidence(String path, List<Evidence> evidence) {
		for (int i = 0; i < evidence.size(); i++) {
			locate(path + ".evidence[" + i + "]", evidence.get(i));
		}
	}

	private void locate(String path, Evidence evidence) {
		String text = this.report.source().text();
		if (text == null) {
			return;
		}
		String quote = evidence.quote();
		if (quote.isEmpty()) {
			problem(path + ".quote", "A quote cannot be empty");
			return;
		}
		Integer start = evidence.start();
		if (start != null) {
			if (start < 0 || start + quote.length() > text.length()
					|| !text.regionMatches(start, quote, 0, quote.length())) {
				int actual = text.indexOf(quote);
				problem(path + ".start", "The quote does not stand at offset " + start + ((actual >= 0)
						? "; it first occurs at " + actual : "; it does not occur in the text at all"));
				return;
			}
			this.spans.put(path, new Span(start, start + quote.length()));
			return;
		}
		int first = text.indexOf(quote);
		if (first < 0) {
			problem(path + ".quote",
					"The quote \"" + abbreviate(quote) + "\" does not occur verbatim in the source text");
			return;
		}
		int second = text.indexOf(quote, first + 1);
		if (second >= 0) {
			problem(path + ".quote", "The quote \"" + abbreviate(quote) + "\" occurs more than once (at " + first
					+ " and " + second + "); give its start offset");
			return;
		}
		this.spans.put(path, new Span(first, first + quote.length()));
	}

	private void checkId(String path, String id, String prefix) {
		if (!ID.matcher(id).matches() || !id.startsWith(prefix + ":")) {
			problem(path + ".id", "The id '" + id + "' should look like " + prefix
					+ ":<slug> (lower case letters, digits, '-', '.', '_')");
		}
	}

	private void define(String path, String id, @Nullable NodeKind kind) {
		if (this.localKinds.containsKey(id)) {
			problem(path + ".id", "The id '" + id + "' is used twice in this report");
			return;
		}
		this.localKinds.put(id, kind);
	}

	/**
	 * A relationship that a field of the report implies ({@code claimant},
	 * {@code partOf}, ...): its far end must be a node the rule allows there.
	 */
	private void state(String path, RelationshipType type, String from, String to) {
		reference(path, to, type.ends());
		this.relations.add(new StatedRelation(path, type, from, to));
	}

	private void reference(String path, String id, Set<NodeKind> allowed) {
		if (!this.localKinds.containsKey(id)) {
			this.external.add(new ExternalReference(path, id, allowed));
			return;
		}
		NodeKind kind = this.localKinds.get(id);
		if (kind != null && !matches(allowed, kind)) {
			problem(path, "'" + id + "' is a " + kind.label() + " but must be one of " + labels(allowed));
		}
	}

	static boolean matches(Set<NodeKind> allowed, NodeKind kind) {
		return allowed.contains(kind) || allowed.contains(kind.base());
	}

	static List<String> labels(Set<NodeKind> kinds) {
		return kinds.stream().map(NodeKind::label).toList();
	}

	private @Nullable LocalDate date(String path, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(path, "'" + value + "' is not a date: use YYYY-MM-DD (a real calendar day)");
			return null;
		}
	}

	private void problem(String path, String message) {
		this.problems.add(new Problem(path, message));
	}

	private static String abbreviate(String quote) {
		return (quote.length() <= 80) ? quote : quote.substring(0, 77) + "...";
	}

	/** A quote's place in the text: {@code text.substring(start, end)} equals it. */
	record Span(int start, int end) {
	}

	/** An id the report uses but does not define: it must name a node of the graph. */
	record ExternalReference(String path, String reference, Set<NodeKind> allowed) {

		boolean allows(NodeKind kind) {
			return matches(this.allowed, kind);
		}

	}

	/**
	 * A relationship the report states, by the references it uses for its ends; checked
	 * against its type's rule once every end is resolved.
	 */
	record StatedRelation(String path, RelationshipType type, String from, String to) {
	}

	record Result(List<Problem> problems, Map<String, @Nullable NodeKind> localKinds, List<ExternalReference> external,
			Map<String, Span> spans, List<StatedRelation> relations) {
	}

}

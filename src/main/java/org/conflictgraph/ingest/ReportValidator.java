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
import org.conflictgraph.ingest.Report.ClaimDescription;
import org.conflictgraph.ingest.Report.EntityDescription;
import org.conflictgraph.ingest.Report.EventDescription;
import org.conflictgraph.ingest.Report.Evidence;
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

	/** Base label of every id the report defines. */
	private final Map<String, String> localLabels = new LinkedHashMap<>();

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
		return new Result(validator.problems, validator.localLabels, validator.external, validator.spans);
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
			String base = GraphModel.KINDS.get(entity.kind());
			define("$.entities[" + i + "]", entity.id(), (base != null) ? base : "Unknown");
		}
		for (int i = 0; i < this.report.events().size(); i++) {
			define("$.events[" + i + "]", this.report.events().get(i).id(), "Event");
		}
		for (int i = 0; i < this.report.claims().size(); i++) {
			define("$.claims[" + i + "]", this.report.claims().get(i).id(), "Claim");
		}
		String publisher = this.report.source().publisher();
		if (publisher != null) {
			reference("$.source.publisher", publisher, Set.of("Actor"));
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
		if (!GraphModel.SOURCE_KINDS.contains(source.kind())) {
			problem(path + ".kind", "Unknown source kind '" + source.kind() + "'; use one of "
					+ new java.util.TreeSet<>(GraphModel.SOURCE_KINDS));
		}
		if (!reference && (source.text() == null || source.text().isBlank())) {
			problem(path + ".text", "The reported source needs its full text: every quote is checked against it");
		}
		LocalDate date = date(path + ".published", source.published());
		if (!reference) {
			this.published = date;
		}
		define(path, source.id(), "Source");
	}

	private void checkEntity(String path, EntityDescription entity) {
		String base = GraphModel.KINDS.get(entity.kind());
		if (base == null) {
			problem(path + ".kind", "Unknown kind '" + entity.kind() + "'; use one of "
					+ new java.util.TreeSet<>(GraphModel.KINDS.keySet()));
		}
		else {
			checkId(path, entity.id(), GraphModel.idPrefix(entity.kind()));
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
		checkId(path, event.id(), "event");
		LocalDate date = date(path + ".date", event.date());
		if (date != null && this.published != null && date.isAfter(this.published)) {
			problem(path + ".date", "The event date " + date + " is after the source was published (" + this.published
					+ "); a report cannot describe it");
		}
		if (!GraphModel.DATE_PRECISIONS.contains(event.datePrecision())) {
			problem(path + ".datePrecision", "Use DAY, MONTH or YEAR");
		}
		Set<String> subTypes = GraphModel.EVENT_TYPES.get(event.type());
		if (subTypes == null) {
			problem(path + ".type", "Unknown event type '" + event.type() + "'; use one of "
					+ new java.util.TreeSet<>(GraphModel.EVENT_TYPES.keySet()));
		}
		else if (event.subType() != null && !subTypes.contains(event.subType())) {
			problem(path + ".subType", "'" + event.subType() + "' is not a sub-type of " + event.type()
					+ "; use one of " + new java.util.TreeSet<>(subTypes));
		}
		if (!GraphModel.EVENT_STATUSES.contains(event.status())) {
			problem(path + ".status", "Use REPORTED, CLAIMED, DISPUTED or CONFIRMED");
		}
		if (event.partOf() != null) {
			reference(path + ".partOf", event.partOf(), Set.of("Event"));
		}
		checkSupport(path, event.evidence(), event.reference());
	}

	private void checkClaim(String path, ClaimDescription claim) {
		checkId(path, claim.id(), "claim");
		reference(path + ".claimant", claim.claimant(), Set.of("Actor"));
		for (int i = 0; i < claim.reportedBy().size(); i++) {
			reference(path + ".reportedBy[" + i + "]", claim.reportedBy().get(i), Set.of("Actor"));
		}
		for (int i = 0; i < claim.about().size(); i++) {
			reference(path + ".about[" + i + "]", claim.about().get(i), Set.of("Event", "Actor", "Place", "Asset"));
		}
		for (int i = 0; i < claim.contradicts().size(); i++) {
			reference(path + ".contradicts[" + i + "]", claim.contradicts().get(i), Set.of("Claim"));
		}
		if (!GraphModel.STANCES.contains(claim.stance())) {
			problem(path + ".stance", "Use ASSERTS or DENIES");
		}
		LocalDate date = date(path + ".date", claim.date());
		if (date != null && this.published != null && date.isAfter(this.published)) {
			problem(path + ".date", "The claim date " + date + " is after the source was published");
		}
		claim.figures().forEach((name, value) -> {
			if (!GraphModel.FIGURES.contains(name)) {
				problem(path + ".figures." + name,
						"Unknown figure; use one of " + new java.util.TreeSet<>(GraphModel.FIGURES));
			}
			else if (value == null || value < 0) {
				problem(path + ".figures." + name, "A figure is a whole number, zero or more");
			}
		});
		if (claim.evidence().isEmpty()) {
			problem(path + ".evidence", "A claim needs at least one quote of the source that states it");
		}
		checkEvidence(path, claim.evidence());
	}

	private void checkRelation(String path, RelationDescription relation) {
		GraphModel.Rule rule = GraphModel.RELATIONS.get(relation.type());
		if (rule == null) {
			String hint = relation.type().equals("ATTACKED")
					? " (ATTACKED is derived from events; state PARTICIPATED_IN roles instead)" : "";
			problem(path + ".type", "Unknown relationship type '" + relation.type() + "'" + hint + "; use one of "
					+ new java.util.TreeSet<>(GraphModel.RELATIONS.keySet()));
		}
		else {
			reference(path + ".from", relation.from(), rule.from());
			reference(path + ".to", relation.to(), rule.to());
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
			reference(path + ".reference.source", reference.source(), Set.of("Source"));
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

	private void define(String path, String id, String label) {
		if (this.localLabels.containsKey(id)) {
			problem(path + ".id", "The id '" + id + "' is used twice in this report");
			return;
		}
		this.localLabels.put(id, label);
	}

	private void reference(String path, String id, Set<String> allowed) {
		String label = this.localLabels.get(id);
		if (label == null) {
			this.external.add(new ExternalReference(path, id, allowed));
		}
		else if (!allowed.contains(label) && !label.equals("Unknown")) {
			problem(path, "'" + id + "' is a " + label + " but must be one of " + new java.util.TreeSet<>(allowed));
		}
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
	record ExternalReference(String path, String reference, Set<String> allowedLabels) {
	}

	record Result(List<Problem> problems, Map<String, String> localLabels, List<ExternalReference> external,
			Map<String, Span> spans) {
	}

}

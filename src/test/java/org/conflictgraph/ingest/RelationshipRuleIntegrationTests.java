package org.conflictgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.graph.RelationshipType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every relationship type a report may state accepts exactly the labels the model allows:
 * a report with one node of every kind states every type between every pair of them; each
 * pair the rule forbids is rejected with a problem naming the rule, and the allowed pairs
 * alone pass.
 */
@IntegrationTest
class RelationshipRuleIntegrationTests {

	private static final Pattern RELATION = Pattern.compile("\\$\\.relations\\[(\\d+)]");

	private static final Pattern CLAIM = Pattern.compile("\\$\\.claims\\[(\\d+)]");

	private static final String TEXT = "The ministry said the rule test happened.";

	@Autowired
	ReportIngester ingester;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyWrongLabelPairOfEveryTypeIsRejectedNamingTheRule() {
		List<Map<String, Object>> relations = new ArrayList<>();
		List<Expectation> expectations = new ArrayList<>();
		for (RelationshipType type : RelationshipType.stateable()) {
			for (NodeKind from : ends()) {
				for (NodeKind to : ends()) {
					if (!type.allows(from, to)) {
						expectations.add(new Expectation(relations.size(), type, from, to));
						relations.add(relation(type, from, to, relations.size()));
					}
				}
			}
		}
		// The types of claims come from a claim's fields, so only their far end can be
		// wrong.
		List<Map<String, Object>> claims = new ArrayList<>();
		List<Expectation> claimExpectations = new ArrayList<>();
		for (RelationshipType type : RelationshipType.values()) {
			if (!type.ofClaims()) {
				continue;
			}
			for (NodeKind to : ends()) {
				if (!type.allows(NodeKind.CLAIM, to)) {
					claimExpectations.add(new Expectation(claims.size() + 1, type, NodeKind.CLAIM, to));
					claims.add(claim("claim:rule-test-" + claims.size(), type, id(to)));
				}
			}
		}
		assertThat(expectations).hasSizeGreaterThan(1000);
		assertThat(claimExpectations).hasSizeGreaterThan(25);
		Map<String, Object> report = report(relations);
		List<Object> allClaims = new ArrayList<>((List<?>) report.get("claims"));
		allClaims.addAll(claims);
		report.put("claims", allClaims);
		ReportRejectedException rejection = catchRejection(report);
		Map<Integer, List<String>> claimMessages = new HashMap<>();
		for (Problem problem : rejection.getProblems()) {
			Matcher matcher = CLAIM.matcher(problem.path());
			if (matcher.lookingAt()) {
				claimMessages.computeIfAbsent(Integer.parseInt(matcher.group(1)), (k) -> new ArrayList<>())
					.add(problem.message());
			}
		}
		for (Expectation expected : claimExpectations) {
			assertThat(claimMessages.getOrDefault(expected.index(), List.of()))
				.as("%s to %s", expected.type(), expected.to().label())
				.anySatisfy((message) -> assertThat(message).contains(expected.type().describeRule()));
		}
		Map<Integer, List<String>> messages = new HashMap<>();
		for (Problem problem : rejection.getProblems()) {
			Matcher matcher = RELATION.matcher(problem.path());
			if (matcher.lookingAt()) {
				messages.computeIfAbsent(Integer.parseInt(matcher.group(1)), (k) -> new ArrayList<>())
					.add(problem.message());
			}
		}
		List<String> missed = new ArrayList<>();
		for (Expectation expected : expectations) {
			List<String> found = messages.getOrDefault(expected.index(), List.of());
			if (found.stream().noneMatch((message) -> message.contains(expected.type().describeRule()))) {
				missed.add(expected.type() + " from " + expected.from().label() + " to " + expected.to().label() + ": "
						+ found);
			}
		}
		assertThat(missed).isEmpty();
	}

	@Test
	void everyAllowedLabelPairOfEveryTypeIsAccepted() {
		List<Map<String, Object>> relations = new ArrayList<>();
		for (RelationshipType type : RelationshipType.stateable()) {
			for (NodeKind from : ends()) {
				for (NodeKind to : ends()) {
					if (type.allows(from, to) && !from.equals(to)) {
						relations.add(relation(type, from, to, relations.size()));
					}
				}
			}
		}
		assertThat(relations).isNotEmpty();
		IngestResult result = this.ingester.ingest(this.json.writeValueAsBytes(report(relations)), true);
		assertThat(result.dryRun()).isTrue();
		assertThat(result.facts()).isGreaterThan(relations.size());
	}

	private ReportRejectedException catchRejection(Map<String, Object> report) {
		ReportRejectedException[] caught = new ReportRejectedException[1];
		assertThatExceptionOfType(ReportRejectedException.class).isThrownBy(() -> {
			try {
				this.ingester.ingest(this.json.writeValueAsBytes(report), true);
			}
			catch (ReportRejectedException ex) {
				caught[0] = ex;
				throw ex;
			}
		});
		return caught[0];
	}

	/** Every kind a report can define: the entity kinds, Event, Claim and Source. */
	private static List<NodeKind> ends() {
		List<NodeKind> ends = new ArrayList<>();
		for (NodeKind kind : NodeKind.values()) {
			if (kind.isLeaf() && kind != NodeKind.MENTION) {
				ends.add(kind);
			}
		}
		return ends;
	}

	private static String id(NodeKind kind) {
		return kind.idPrefix() + ":rule-test";
	}

	private static Map<String, Object> relation(RelationshipType type, NodeKind from, NodeKind to, int index) {
		Map<String, Object> relation = new LinkedHashMap<>();
		relation.put("type", type.name());
		relation.put("from", id(from));
		relation.put("to", id(to));
		relation.put("key", "k" + index);
		relation.put("properties", Map.of("role", "attacker", "position", "Governor"));
		relation.put("reference", Map.of("source", "source:rule-test-reference"));
		if (type == RelationshipType.POSSIBLY_SAME_AS) {
			// An identity guess is always an inference with its evidence (the schema's
			// rule).
			relation.put("inference", Map.of("confidence", 0.5, "basis", "The rule test says so."));
			relation.put("evidence", List.of(Map.of("quote", "the rule test happened")));
		}
		return relation;
	}

	private static Map<String, Object> claim(String id, RelationshipType type, String to) {
		Map<String, Object> claim = new LinkedHashMap<>();
		claim.put("id", id);
		claim.put("claimant", (type == RelationshipType.CLAIMED_BY) ? to : id(NodeKind.GOVERNMENT_BODY));
		claim.put("kind", "statement");
		claim.put("stance", "ASSERTS");
		claim.put("statement", "The rule test happened.");
		claim.put("about", List.of(id(NodeKind.EVENT)));
		if (type == RelationshipType.REPORTED_BY) {
			claim.put("reportedBy", List.of(to));
		}
		if (type == RelationshipType.ABOUT) {
			claim.put("about", List.of(to));
		}
		if (type == RelationshipType.CONTRADICTS) {
			claim.put("contradicts", List.of(to));
		}
		claim.put("evidence", List.of(Map.of("quote", "the rule test happened")));
		return claim;
	}

	private static Map<String, Object> report(List<Map<String, Object>> relations) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("id", id(NodeKind.SOURCE));
		source.put("kind", "NewsArticle");
		source.put("title", "Rule test");
		source.put("published", "2024-03-13");
		source.put("language", "en");
		source.put("text", TEXT);
		List<Map<String, Object>> entities = new ArrayList<>();
		for (NodeKind kind : ends()) {
			if (kind.isEntity()) {
				entities.add(Map.of("id", id(kind), "kind", kind.label(), "name", "Rule test " + kind.label() + " zq",
						"reference", Map.of("source", "source:rule-test-reference")));
			}
		}
		Map<String, Object> event = Map.of("id", id(NodeKind.EVENT), "title", "Rule test", "date", "2024-03-12",
				"datePrecision", "DAY", "type", "Battles", "subType", "Armed clash", "status", "REPORTED", "reference",
				Map.of("source", "source:rule-test-reference"));
		Map<String, Object> claim = Map.of("id", id(NodeKind.CLAIM), "claimant", id(NodeKind.GOVERNMENT_BODY), "kind",
				"statement", "stance", "ASSERTS", "statement", "The rule test happened.", "about",
				List.of(id(NodeKind.EVENT)), "evidence", List.of(Map.of("quote", "the rule test happened")));
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("formatVersion", 1);
		report.put("source", source);
		report.put("references", List.of(Map.of("id", "source:rule-test-reference", "kind", "Reference", "title",
				"Background for the rule test")));
		report.put("entities", entities);
		report.put("events", List.of(event));
		report.put("claims", List.of(claim));
		report.put("relations", relations);
		return report;
	}

	private record Expectation(int index, RelationshipType type, NodeKind from, NodeKind to) {
	}

}

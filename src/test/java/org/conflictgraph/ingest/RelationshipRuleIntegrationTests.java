package org.conflictgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		assertThat(expectations).hasSizeGreaterThan(1000);
		ReportRejectedException rejection = catchRejection(report(relations));
		for (Expectation expected : expectations) {
			String path = "$.relations[" + expected.index() + "]";
			assertThat(rejection.getProblems())
				.as("%s from %s to %s", expected.type(), expected.from().label(), expected.to().label())
				.anySatisfy((problem) -> {
					assertThat(problem.path()).startsWith(path);
					assertThat(problem.message()).contains(expected.type().describeRule());
				});
		}
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
		relation.put("properties", Map.of("role", "attacker"));
		relation.put("reference", Map.of("source", "source:rule-test-reference"));
		return relation;
	}

	private static Map<String, Object> report(List<Map<String, Object>> relations) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("id", id(NodeKind.SOURCE));
		source.put("kind", "NewsArticle");
		source.put("title", "Rule test");
		source.put("published", "2024-03-13");
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
				"statement", "stance", "ASSERTS", "statement", "The rule test happened.", "evidence",
				List.of(Map.of("quote", "the rule test happened")));
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

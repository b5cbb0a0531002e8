package org.conflictgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.conflictgraph.event.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/model.md states the vocabulary for people; these tests keep its tables equal to
 * the vocabulary the code uses, so neither can drift.
 */
class VocabularyTests {

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	@Test
	void theNodeTableOfTheDocsListsEveryLabelKindAndIdPrefix() throws IOException {
		Map<String, List<String>> documentedKinds = new LinkedHashMap<>();
		Map<String, List<String>> documentedPrefixes = new LinkedHashMap<>();
		for (String[] row : table(section("## Nodes", "## Relationships"))) {
			String base = codes(row[0]).get(0);
			documentedKinds.put(base, codes(row[1]));
			documentedPrefixes.put(base, codes(row[2]));
		}
		Map<String, List<String>> kinds = new LinkedHashMap<>();
		Map<String, List<String>> prefixes = new LinkedHashMap<>();
		for (NodeKind base : NodeKind.bases()) {
			List<NodeKind> leaves = NodeKind.kindsOf(base).isEmpty() ? List.of(base) : NodeKind.kindsOf(base);
			kinds.put(base.label(), NodeKind.kindsOf(base).stream().map(NodeKind::label).toList());
			prefixes.put(base.label(), leaves.stream().map((kind) -> kind.idPrefix() + ":").toList());
		}
		assertThat(documentedKinds).isEqualTo(kinds);
		assertThat(documentedPrefixes).isEqualTo(prefixes);
	}

	@Test
	void theApisDatePrecisionsAreTheVocabularys() {
		assertThat(Arrays.stream(DatePrecision.values()).map(Enum::name))
			.containsExactlyInAnyOrderElementsOf(Vocabulary.DATE_PRECISIONS);
	}

	@Test
	void theRelationshipTableOfTheDocsStatesEveryRuleOfTheVocabulary() throws IOException {
		Map<String, String> documented = new LinkedHashMap<>();
		for (String[] row : table(section("## Relationships", "### Derived"))) {
			for (String type : codes(row[0])) {
				assertThat(documented.put(type, row[1].strip())).as("%s is documented once", type).isNull();
			}
		}
		Map<String, String> rules = new LinkedHashMap<>();
		for (RelationshipType type : RelationshipType.values()) {
			rules.put(type.name(), type.rule());
		}
		assertThat(documented).isEqualTo(rules);
	}

	@Test
	void theEntityKindsOfTheApiAreTheKindsOfTheModelAndEvent() {
		List<String> expected = new ArrayList<>();
		Arrays.stream(NodeKind.values())
			.filter((kind) -> kind.isEntity() && !kind.isBase())
			.forEach((kind) -> expected.add(kind.name()));
		expected.add(NodeKind.EVENT.name());
		assertThat(Arrays.stream(EntityKind.values()).map(Enum::name)).containsExactlyElementsOf(expected);
		for (EntityKind kind : EntityKind.values()) {
			assertThat(kind.nodeKind().name()).isEqualTo(kind.name());
			assertThat(kind.label()).isEqualTo(kind.nodeKind().label());
		}
	}

	@Test
	void aRuleMatchesAKindByItselfOrByItsBase() {
		assertThat(RelationshipType.HOLDS_POSITION.allows(NodeKind.PERSON, NodeKind.SETTLEMENT)).isTrue();
		assertThat(RelationshipType.HOLDS_POSITION.allows(NodeKind.ARMED_GROUP, NodeKind.SETTLEMENT)).isFalse();
		assertThat(RelationshipType.HOLDS_POSITION.allows(NodeKind.STATE, NodeKind.PERSON)).isFalse();
		assertThat(RelationshipType.PART_OF.allows(NodeKind.ARMED_GROUP, NodeKind.EVENT)).isFalse();
		assertThat(RelationshipType.PART_OF.allows(NodeKind.EVENT, NodeKind.EVENT)).isTrue();
		assertThat(RelationshipType.PUBLISHED_BY.allows(NodeKind.SOURCE, NodeKind.PERSON)).isFalse();
		assertThat(RelationshipType.HOLDS_POSITION.describeRule()).isEqualTo("HOLDS_POSITION: Person -> Actor, Place");
	}

	@Test
	void theAttacksAreEffectsAndInterceptionIsAnEffectButNoAttack() {
		assertThat(RelationshipType.effects()).contains(RelationshipType.INTERCEPTED)
			.containsAll(RelationshipType.attacks());
		assertThat(RelationshipType.attacks()).doesNotContain(RelationshipType.INTERCEPTED);
	}

	@Test
	void theReportSchemaNamesTheKindsTypesAndSourceKindsOfTheVocabulary() throws IOException {
		JsonNode defs = JsonMapper.builder()
			.build()
			.readTree(Files.readString(Path.of("src/main/resources/reports/report.schema.json")))
			.get("$defs");
		assertThat(strings(defs.at("/entity/properties/kind/enum"))).isEqualTo(NodeKind.entityKindLabels());
		assertThat(strings(defs.at("/relation/properties/type/enum")))
			.containsExactlyInAnyOrderElementsOf(RelationshipType.names(RelationshipType.stateable()));
		assertThat(strings(defs.at("/event/properties/type/enum")))
			.containsExactlyElementsOf(Vocabulary.EVENT_TYPES.keySet());
		assertThat(strings(defs.at("/sourceKind/enum"))).containsExactlyInAnyOrderElementsOf(Vocabulary.SOURCE_KINDS);
	}

	@Test
	void aKindIsNamedByItsLabelOrByItsEnumSpellingInEveryArgument() {
		assertThat(NodeKind.ofName("ArmedGroup")).isEqualTo(NodeKind.ARMED_GROUP);
		assertThat(NodeKind.ofName("ARMED_GROUP")).isEqualTo(NodeKind.ARMED_GROUP);
		assertThat(NodeKind.ofName("Actor")).isEqualTo(NodeKind.ACTOR);
		assertThat(NodeKind.ofName("armedgroup")).isNull();
		assertThat(NodeKind.parse(List.of("ARMED_GROUP", "ArmedGroup", "Place"), "kinds")).containsExactly("ArmedGroup",
				"Place");
	}

	@Test
	void theFigureTableOfTheDocsAndTheReportSchemaNameTheMeasuresAndQualifiersOfTheVocabulary() throws IOException {
		String[] row = table(section("### Figures", "### Entity resolution")).get(0);
		assertThat(codes(row[0])).isEqualTo(Vocabulary.FIGURES);
		assertThat(codes(row[1])).isEqualTo(Vocabulary.FIGURE_QUALIFIERS);
		JsonNode defs = JsonMapper.builder()
			.build()
			.readTree(Files.readString(Path.of("src/main/resources/reports/report.schema.json")))
			.get("$defs");
		List<String> measures = new ArrayList<>();
		defs.at("/claim/properties/figures/properties").properties().forEach((p) -> measures.add(p.getKey()));
		assertThat(measures).isEqualTo(Vocabulary.FIGURES);
		assertThat(strings(defs.at("/figureQualifier/enum"))).isEqualTo(Vocabulary.FIGURE_QUALIFIERS);
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach((item) -> strings.add(item.asText()));
		assertThat(strings).isNotEmpty();
		return strings;
	}

	private static String section(String from, String to) throws IOException {
		String model = Files.readString(Path.of("docs/model.md"));
		int start = model.indexOf(from);
		int end = model.indexOf(to, start);
		assertThat(start).as("docs/model.md has %s", from).isNotNegative();
		return model.substring(start, end);
	}

	/** The body rows of the first table of the text, as cells. */
	private static List<String[]> table(String text) {
		List<String[]> rows = new ArrayList<>();
		boolean header = true;
		for (String line : text.split("\n")) {
			if (!line.startsWith("|")) {
				if (!rows.isEmpty()) {
					break;
				}
				continue;
			}
			if (header || line.startsWith("|---")) {
				header = false;
				continue;
			}
			String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
			rows.add(cells);
		}
		assertThat(rows).isNotEmpty();
		return rows;
	}

	private static List<String> codes(String cell) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = CODE.matcher(cell);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

}

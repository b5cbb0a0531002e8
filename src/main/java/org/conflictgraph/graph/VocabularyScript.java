package org.conflictgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /js/vocabulary.js}: the vocabulary as an ES module for the explorer, so that
 * its legend, kind filter, kind colours and relationship type lists derive from the same
 * source as everything else ({@code kinds.js} imports it and adds only names and glyphs).
 */
@RestController
class VocabularyScript {

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private final String script;

	VocabularyScript() {
		JsonMapper json = JsonMapper.builder().build();
		List<Map<String, Object>> kinds = new ArrayList<>();
		for (NodeKind kind : NodeKind.values()) {
			if (kind.isLeaf()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("base", kind.base().label());
				entry.put("kind", kind.label());
				entry.put("provenance", kind == NodeKind.SOURCE || kind == NodeKind.MENTION);
				entry.put("colour", KindColours.of(kind));
				kinds.add(entry);
			}
		}
		Map<String, List<String>> subTypes = new LinkedHashMap<>();
		Vocabulary.EVENT_TYPES.forEach((type, values) -> subTypes.put(type, values.stream().sorted().toList()));
		List<String> facts = RelationshipType.facts().stream().map(Enum::name).toList();
		this.script = "// Generated from org.conflictgraph.graph (the graph's vocabulary).\n"
				+ "export const NODE_KINDS = " + json.writeValueAsString(kinds) + ";\n" + "export const BASES = "
				+ json.writeValueAsString(NodeKind.bases().stream().map(NodeKind::label).toList()) + ";\n"
				+ "export const FACT_RELATIONSHIP_TYPES = " + json.writeValueAsString(facts) + ";\n"
				+ "export const EVENT_TYPES = " + json.writeValueAsString(List.copyOf(Vocabulary.EVENT_TYPES.keySet()))
				+ ";\n" + "export const EVENT_SUB_TYPES = " + json.writeValueAsString(subTypes) + ";\n"
				+ "export const FIGURE_MEASURES = " + json.writeValueAsString(Vocabulary.FIGURES) + ";\n"
				+ "export const FIGURE_QUALIFIERS = " + json.writeValueAsString(Vocabulary.FIGURE_QUALIFIERS) + ";\n"
				+ "export const EVENT_STATUSES = " + json.writeValueAsString(Vocabulary.EVENT_STATUSES) + ";\n";
	}

	@GetMapping(path = "/js/vocabulary.js")
	ResponseEntity<String> script() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(this.script);
	}

}

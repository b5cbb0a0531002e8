package org.conflictgraph.curation;

/**
 * Cypher that keeps the search helpers of a node ({@code aliasText}, {@code nameKeyText})
 * in step with its {@code aliases} and {@code nameKeys}, exactly as the ingest pipeline
 * writes them. Expects the node as {@code n}.
 */
final class NameText {

	static final String REFRESH = """
			SET n.aliasText = CASE WHEN n.aliases IS NULL THEN null
			      ELSE reduce(s = '', x IN n.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x) END,
			    n.nameKeyText = CASE WHEN n.nameKeys IS NULL THEN null
			      ELSE reduce(s = '', x IN n.nameKeys | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x) END""";

	/**
	 * Nodes other than {@code $id} with the base label {@code $base} known by
	 * {@code $key}.
	 */
	static final String OTHERS_WITH_KEY = """
			CALL db.index.fulltext.queryNodes('entity_name_keys', $key) YIELD node
			WHERE $key IN node.nameKeys AND node.id <> $id AND $base IN labels(node)
			RETURN node.id AS id, node.name AS name""";

	private NameText() {
	}

}

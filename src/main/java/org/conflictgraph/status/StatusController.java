package org.conflictgraph.status;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.database.DatabaseLocation;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code graphStatus}: what database the service talks to and how much it holds.
 */
@Controller
class StatusController {

	private final Neo4jClient neo4j;

	private final DatabaseLocation location;

	StatusController(Neo4jClient neo4j, DatabaseLocation location) {
		this.neo4j = neo4j;
		this.location = location;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	// Counts come from Neo4j's count store, so they cost the same on any graph size.
	GraphStatus graphStatus() {
		var component = this.neo4j
			.query("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition")
			.fetch()
			.one()
			.orElseThrow();
		List<LabelCount> nodes = this.neo4j.query("""
				CALL db.labels() YIELD label
				CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
				RETURN label AS name, count ORDER BY count DESC, name""")
			.fetchAs(LabelCount.class)
			.mappedBy((types, record) -> new LabelCount(record.get("name").asString(), record.get("count").asLong()))
			.all()
			.stream()
			.toList();
		List<LabelCount> relationships = this.neo4j.query("""
				CALL db.relationshipTypes() YIELD relationshipType AS type
				CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS count }
				RETURN type AS name, count ORDER BY count DESC, name""")
			.fetchAs(LabelCount.class)
			.mappedBy((types, record) -> new LabelCount(record.get("name").asString(), record.get("count").asLong()))
			.all()
			.stream()
			.toList();
		@Nullable String schemaVersion = this.neo4j.query(
				"MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version AS version ORDER BY m.version DESC LIMIT 1")
			.fetchAs(String.class)
			.one()
			.orElse(null);
		return new GraphStatus(String.valueOf(component.get("version")), String.valueOf(component.get("edition")),
				this.location.embedded(), nodes, relationships, schemaVersion);
	}

	record GraphStatus(String neo4jVersion, String edition, boolean embedded, List<LabelCount> nodeCounts,
			List<LabelCount> relationshipCounts, @Nullable String schemaVersion) {
	}

	record LabelCount(String name, long count) {
	}

}

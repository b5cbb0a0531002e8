package org.conflictgraph.status;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.conflictgraph.database.DatabaseLocation;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code graphStatus}: what database the service talks to and how much it holds.
 * The counts are read only when asked for, and from Neo4j's count store (one
 * {@code MATCH (n:Label) RETURN count(n)} per label, which the planner answers without
 * touching a node), so they cost the same on any graph size.
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
	GraphStatus graphStatus() {
		var component = this.neo4j
			.query("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition")
			.fetch()
			.one()
			.orElseThrow();
		@Nullable String schemaVersion = this.neo4j.query(
				"MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version AS version ORDER BY m.version DESC LIMIT 1")
			.fetchAs(String.class)
			.one()
			.orElse(null);
		return new GraphStatus(String.valueOf(component.get("version")), String.valueOf(component.get("edition")),
				this.location.embedded(), schemaVersion);
	}

	@SchemaMapping
	@Transactional(readOnly = true)
	List<LabelCount> nodeCounts(GraphStatus status) {
		List<String> labels = this.neo4j.query("CALL db.labels() YIELD label RETURN label")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		return counts(nodeCountStatement(labels));
	}

	@SchemaMapping
	@Transactional(readOnly = true)
	List<LabelCount> relationshipCounts(GraphStatus status) {
		List<String> types = this.neo4j
			.query("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		return counts(relationshipCountStatement(types));
	}

	/**
	 * One statement counting the nodes of each label: a UNION ALL of one count-store read
	 * per label. The labels are the database's own, escaped by Cypher-DSL; null when
	 * there are none.
	 */
	static @Nullable Statement nodeCountStatement(List<String> labels) {
		return unionAll(labels, (label) -> {
			Node n = Cypher.node(label).named("n");
			// The count alone, then the name: a constant beside count() would be a
			// grouping key, and the planner would then count node by node.
			return Cypher.match(n)
				.with(Cypher.count(n.getRequiredSymbolicName()).as("count"))
				.returning(Cypher.literalOf(label).as("name"), Cypher.name("count"))
				.build();
		});
	}

	/** Like {@link #nodeCountStatement(List)}, for relationship types. */
	static @Nullable Statement relationshipCountStatement(List<String> types) {
		return unionAll(types, (type) -> {
			Relationship r = Cypher.anyNode().relationshipTo(Cypher.anyNode(), type).named("r");
			return Cypher.match(r)
				.with(Cypher.count(r.getRequiredSymbolicName()).as("count"))
				.returning(Cypher.literalOf(type).as("name"), Cypher.name("count"))
				.build();
		});
	}

	private static @Nullable Statement unionAll(List<String> names, Function<String, Statement> count) {
		if (names.isEmpty()) {
			return null;
		}
		return (names.size() == 1) ? count.apply(names.get(0))
				: Cypher.unionAll(names.stream().map(count).toArray(Statement[]::new));
	}

	/** The counts, largest first. */
	private List<LabelCount> counts(@Nullable Statement statement) {
		if (statement == null) {
			return List.of();
		}
		return this.neo4j.query(statement.getCypher())
			.fetchAs(LabelCount.class)
			.mappedBy((types, record) -> new LabelCount(record.get("name").asString(), record.get("count").asLong()))
			.all()
			.stream()
			.sorted(Comparator.comparingLong(LabelCount::count).reversed().thenComparing(LabelCount::name))
			.toList();
	}

	record GraphStatus(String neo4jVersion, String edition, boolean embedded, @Nullable String schemaVersion) {
	}

	record LabelCount(String name, long count) {
	}

}

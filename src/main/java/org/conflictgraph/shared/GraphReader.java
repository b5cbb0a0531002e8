package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs parameterised read queries, each in a read transaction, and maps the records. The
 * API's features read the graph through this class only.
 */
@Component
@Transactional(readOnly = true)
public class GraphReader {

	private final Neo4jClient neo4j;

	GraphReader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** All records, mapped in order. */
	public <T> List<T> list(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		List<T> rows = new ArrayList<>();
		this.neo4j.query(cypher).bindAll(copy(parameters)).fetchAs(Object.class).mappedBy((types, record) -> {
			rows.add(mapper.apply(record));
			return Boolean.TRUE;
		}).all();
		return rows;
	}

	/** The single record, if any. */
	public <T> Optional<T> one(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		List<T> rows = list(cypher, parameters, mapper);
		if (rows.size() > 1) {
			throw new IllegalStateException("Expected at most one row, got " + rows.size());
		}
		return rows.stream().findFirst();
	}

	/**
	 * Records grouped by their {@code id} column (the parent a nested list belongs to),
	 * in the order the query returns them.
	 */
	public <T> Map<String, List<T>> grouped(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		this.neo4j.query(cypher).bindAll(copy(parameters)).fetchAs(Object.class).mappedBy((types, record) -> {
			grouped.computeIfAbsent(record.get("id").asString(), (k) -> new ArrayList<>()).add(mapper.apply(record));
			return Boolean.TRUE;
		}).all();
		return grouped;
	}

	/** One value per {@code id} column, for lookups by id. */
	public <T> Map<String, T> byId(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		Map<String, T> found = new LinkedHashMap<>();
		this.neo4j.query(cypher).bindAll(copy(parameters)).fetchAs(Object.class).mappedBy((types, record) -> {
			found.put(record.get("id").asString(), mapper.apply(record));
			return Boolean.TRUE;
		}).all();
		return found;
	}

	private static Map<String, Object> copy(Map<String, ?> parameters) {
		return new LinkedHashMap<>(parameters);
	}

}

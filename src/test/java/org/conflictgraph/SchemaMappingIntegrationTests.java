package org.conflictgraph;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of the schema resolves: Spring GraphQL's schema inspection, run on the
 * service's schema and the data fetchers its controllers registered, finds no field
 * without a controller method or a property of the returned record, no controller method
 * without a field and no argument that the schema does not declare.
 */
@IntegrationTest
class SchemaMappingIntegrationTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everySchemaFieldHasADataFetcherOrAPropertyToReadFrom() {
		SchemaReport report = report();
		assertThat(report.unmappedFields()).as(report.toString()).isEmpty();
	}

	@Test
	void everyControllerMappingAndArgumentMatchesTheSchema() {
		SchemaReport report = report();
		assertThat(report.unmappedRegistrations()).as(report.toString()).isEmpty();
		assertThat(report.unmappedArguments()).as(report.toString()).isEmpty();
	}

	private SchemaReport report() {
		GraphQLSchema schema = this.graphQlSource.schema();
		GraphQLCodeRegistry registry = schema.getCodeRegistry();
		Map<String, Map<String, DataFetcher>> fetchers = new LinkedHashMap<>();
		for (GraphQLObjectType type : schema.getAllTypesAsList()
			.stream()
			.filter(GraphQLObjectType.class::isInstance)
			.map(GraphQLObjectType.class::cast)
			.filter((type) -> !type.getName().startsWith("__"))
			.toList()) {
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
				if (registry.hasDataFetcher(coordinates)) {
					fetchers.computeIfAbsent(type.getName(), (name) -> new LinkedHashMap<>())
						.put(field.getName(), registry.getDataFetcher(coordinates, field));
				}
			}
		}
		return SchemaMappingInspector.inspect(schema, fetchers);
	}

}

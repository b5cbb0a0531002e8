package org.conflictgraph.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DataLoaderRegistrar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data loaders are made for a request only when one of its fields asks for one, and a
 * loader made in the middle of the execution is still dispatched, one batch per level.
 */
class LazyDataLoadersTests {

	private final AtomicInteger batches = new AtomicInteger();

	private final BatchLoaderRegistry loaders = new LazyDataLoaders().batchLoaderRegistry();

	private final GraphQL graphQl;

	LazyDataLoadersTests() {
		this.loaders.<String, String>forName("names").registerMappedBatchLoader((ids, environment) -> {
			this.batches.incrementAndGet();
			return Mono.just(ids.stream().collect(Collectors.toMap(Function.identity(), (id) -> "name " + id)));
		});
		this.loaders.<String, String>forName("unused").registerMappedBatchLoader((ids, environment) -> Mono.empty());
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { items: [Item] } type Item { id: ID name: String }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", (type) -> type.dataFetcher("items", (environment) -> List.of("a", "b", "c")))
					.type("Item", (type) -> type
						.dataFetcher("id", (DataFetcher<Object>) (environment) -> environment.getSource())
						.dataFetcher("name",
								(environment) -> environment.getDataLoader("names").load(environment.getSource())))
					.build());
		this.graphQl = GraphQL.newGraphQL(schema).build();
	}

	@Test
	void aRequestWhoseFieldsNeedNoLoaderMakesNone() {
		LazyDataLoaders.Registry registry = execute("{ items { id } }",
				Map.of("items", List.of(Map.of("id", "a"), Map.of("id", "b"), Map.of("id", "c"))));
		assertThat(registry.made()).isFalse();
		assertThat(registry.getDataLoaders()).isEmpty();
	}

	@Test
	void aLoaderAskedForDuringTheExecutionIsMadeAndDispatchedOncePerLevel() {
		LazyDataLoaders.Registry registry = execute("{ items { id name } }",
				Map.of("items", List.of(Map.of("id", "a", "name", "name a"), Map.of("id", "b", "name", "name b"),
						Map.of("id", "c", "name", "name c"))));
		assertThat(registry.made()).isTrue();
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("names", "unused");
		assertThat(this.batches).hasValue(1);
	}

	private LazyDataLoaders.Registry execute(String query, Map<String, Object> expected) {
		LazyDataLoaders.Registry registry = new LazyDataLoaders.Registry();
		ExecutionInput input = ExecutionInput.newExecutionInput(query).dataLoaderRegistry(registry).build();
		((DataLoaderRegistrar) this.loaders).registerDataLoaders(registry, input.getGraphQLContext());
		ExecutionResult result = this.graphQl.execute(input);
		assertThat(result.getErrors()).isEmpty();
		assertThat((Object) result.getData()).isEqualTo(expected);
		return registry;
	}

}

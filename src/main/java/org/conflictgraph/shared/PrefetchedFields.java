package org.conflictgraph.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * Gives every compiled field a data fetcher that answers from the prefetched value when
 * there is one and asks the field's own fetcher (its batch loader) otherwise.
 */
@Configuration(proxyBeanMethods = false)
class PrefetchedFields {

	@Bean
	GraphQlSourceBuilderCustomizer prefetchedFieldFetchers(SelectionCompiler compiler) {
		Map<String, Set<String>> compiled = compiler.compiledFields();
		return (builder) -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {

			@Override
			public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
					TraverserContext<GraphQLSchemaElement> context) {
				if (context.getParentNode() instanceof GraphQLFieldsContainer parent
						&& compiled.getOrDefault(parent.getName(), Set.of()).contains(field.getName())) {
					GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
					FieldCoordinates coordinates = FieldCoordinates.coordinates(parent.getName(), field.getName());
					registry.dataFetcher(coordinates, wrap(registry.getDataFetcher(coordinates, field)));
				}
				return TraversalControl.CONTINUE;
			}

		}));
	}

	private static DataFetcher<?> wrap(DataFetcher<?> fetcher) {
		if (fetcher instanceof SelfDescribingDataFetcher<?> described) {
			return new DescribedFetcher(described);
		}
		return (environment) -> {
			Object value = prefetched(environment);
			return (value != null) ? unwrap(value) : fetcher.get(environment);
		};
	}

	private static @Nullable Object prefetched(DataFetchingEnvironment environment) {
		Prefetched prefetched = environment.getGraphQlContext().get(Prefetched.class);
		Object source = environment.getSource();
		if (prefetched == null || source == null) {
			return null;
		}
		return prefetched.get(source, environment.getField().getResultKey());
	}

	private static @Nullable Object unwrap(Object value) {
		return (value == Prefetched.NULL) ? null : value;
	}

	/** The wrapper of a controller method, which the schema inspection still sees. */
	private record DescribedFetcher(SelfDescribingDataFetcher<?> fetcher) implements SelfDescribingDataFetcher<Object> {

		@Override
		public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
			Object value = prefetched(environment);
			return (value != null) ? unwrap(value) : this.fetcher.get(environment);
		}

		@Override
		public String getDescription() {
			return this.fetcher.getDescription();
		}

		@Override
		public ResolvableType getReturnType() {
			return this.fetcher.getReturnType();
		}

		@Override
		public Map<String, ResolvableType> getArguments() {
			return this.fetcher.getArguments();
		}

		@Override
		public java.lang.reflect.@Nullable Method asMethod() {
			return this.fetcher.asMethod();
		}

		@Override
		public boolean usesDataLoader() {
			return this.fetcher.usesDataLoader();
		}

	}

}

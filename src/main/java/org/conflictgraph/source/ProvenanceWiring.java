package org.conflictgraph.source;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import org.dataloader.DataLoader;

import org.conflictgraph.shared.GraphQlLimits;
import org.conflictgraph.shared.ListKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Gives every GraphQL type that implements {@code Sourced} its {@code evidence} and
 * {@code references}, so that no feature has to wire provenance by hand and none can
 * forget it. Nodes ({@link SourcedNode}) read theirs from their edges, relationships
 * ({@link SourcedRelation}) from the ids they carry; both go through request-wide data
 * loaders, so all evidence on one level of a response is one query, whatever the types.
 */
@Configuration(proxyBeanMethods = false)
class ProvenanceWiring {

	static final String SOURCED = "Sourced";

	@Bean
	RuntimeWiringConfigurer sourcedFields(GraphQlLimits limits) {
		DataFetcher<CompletableFuture<List<Mention>>> evidence = (environment) -> {
			Object fact = environment.getSource();
			if (fact instanceof SourcedNode node) {
				int first = limits.pageSize(environment.getArgument("first"));
				DataLoader<ListKey, List<Mention>> loader = environment.getDataLoader(SourceController.NODE_EVIDENCE);
				return Objects.requireNonNull(loader).load(new ListKey(node.id(), first, null));
			}
			if (fact instanceof SourcedRelation relation) {
				DataLoader<String, Mention> loader = environment.getDataLoader(SourceController.MENTIONS);
				return Objects.requireNonNull(loader)
					.loadMany(relation.provenance().mentionIds())
					.thenApply((mentions) -> mentions.stream().filter(Objects::nonNull).toList());
			}
			throw new IllegalStateException("No provenance for " + fact);
		};
		DataFetcher<?> references = (environment) -> {
			Object fact = environment.getSource();
			if (fact instanceof SourcedNode node) {
				DataLoader<String, List<Reference>> loader = environment
					.getDataLoader(SourceController.NODE_REFERENCES);
				// A node without references is absent from the loader's map: an empty
				// list.
				return Objects.requireNonNull(loader)
					.load(node.id())
					.thenApply((found) -> (found != null) ? found : List.<Reference>of());
			}
			if (fact instanceof SourcedRelation relation) {
				return relation.provenance().references();
			}
			throw new IllegalStateException("No provenance for " + fact);
		};
		return new RuntimeWiringConfigurer() {
			@Override
			public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
			}

			@Override
			public void configure(graphql.schema.idl.RuntimeWiring.Builder builder, List<WiringFactory> container) {
				container.add(new SourcedWiringFactory(evidence, references));
			}
		};
	}

	/** Supplies the two provenance fields of every type that implements Sourced. */
	private static final class SourcedWiringFactory implements WiringFactory {

		private final DataFetcher<?> evidence;

		private final DataFetcher<?> references;

		SourcedWiringFactory(DataFetcher<?> evidence, DataFetcher<?> references) {
			this.evidence = evidence;
			this.references = references;
		}

		@Override
		public boolean providesDataFetcher(FieldWiringEnvironment environment) {
			String field = environment.getFieldDefinition().getName();
			return (field.equals("evidence") || field.equals("references")) && environment
				.getParentType() instanceof ObjectTypeDefinition type && type.getImplements()
					.stream()
					.anyMatch((implemented) -> implemented instanceof TypeName name && name.getName().equals(SOURCED));
		}

		@Override
		public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
			return environment.getFieldDefinition().getName().equals("evidence") ? this.evidence : this.references;
		}

	}

}

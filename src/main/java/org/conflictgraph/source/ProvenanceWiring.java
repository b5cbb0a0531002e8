package org.conflictgraph.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.dataloader.DataLoader;

import org.conflictgraph.shared.GraphQlLimits;
import org.conflictgraph.shared.ListKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Gives every GraphQL type that implements {@code Sourced} its {@code evidence} and
 * {@code references}, so that no feature has to wire provenance by hand and none can
 * forget it: the types are read from the schema files. Nodes ({@link SourcedNode}) read
 * theirs from their edges, relationships ({@link SourcedRelation}) from the ids they
 * carry; both go through request-wide data loaders, so all evidence on one level of a
 * response is one query, whatever the types.
 */
@Configuration(proxyBeanMethods = false)
class ProvenanceWiring {

	static final String SOURCED = "Sourced";

	/** The schema files, as {@code spring.graphql.schema.locations} configures them. */
	static final String SCHEMA_FILES = "classpath*:graphql/**/*.graphqls";

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
		List<String> types = sourcedTypes();
		return (builder) -> types.forEach((type) -> builder.type(type,
				(wiring) -> wiring.dataFetcher("evidence", evidence).dataFetcher("references", references)));
	}

	/**
	 * The object types of the schema files that implement {@code Sourced}, directly or in
	 * an extension.
	 */
	static List<String> sourcedTypes() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(SCHEMA_FILES)) {
				try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
					registry.merge(new SchemaParser().parse(reader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the GraphQL schema files " + SCHEMA_FILES, ex);
		}
		Set<String> types = new TreeSet<>();
		registry.getTypes(ObjectTypeDefinition.class).forEach((type) -> {
			if (implementsSourced(type)) {
				types.add(type.getName());
			}
		});
		registry.objectTypeExtensions().forEach((name, extensions) -> {
			if (extensions.stream().anyMatch(ProvenanceWiring::implementsSourced)) {
				types.add(name);
			}
		});
		return List.copyOf(types);
	}

	private static boolean implementsSourced(ObjectTypeDefinition type) {
		return type.getImplements()
			.stream()
			.anyMatch((implemented) -> implemented instanceof TypeName name && name.getName().equals(SOURCED));
	}

}

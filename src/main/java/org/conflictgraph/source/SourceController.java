package org.conflictgraph.source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.conflictgraph.shared.Connection;
import org.conflictgraph.shared.FilterChecks;
import org.conflictgraph.shared.GraphQlLimits;
import org.conflictgraph.shared.ListKey;
import org.conflictgraph.shared.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Sources, mentions and references, and the request-wide data loaders that fetch the
 * evidence of every fact in batches.
 */
@Controller
class SourceController {

	static final String NODE_EVIDENCE = "nodeEvidence";

	static final String NODE_REFERENCES = "nodeReferences";

	static final String MENTIONS = "mentionsById";

	static final String SOURCES = "sourcesById";

	static final String SOURCE_MENTIONS = "sourceMentions";

	private final ProvenanceQueries queries;

	private final SourceQueries sources;

	private final FilterChecks checks;

	private final GraphQlLimits limits;

	SourceController(ProvenanceQueries queries, SourceQueries sources, FilterChecks checks, GraphQlLimits limits,
			BatchLoaderRegistry registry) {
		this.queries = queries;
		this.sources = sources;
		this.checks = checks;
		this.limits = limits;
		registry.<ListKey, List<Mention>>forName(NODE_EVIDENCE)
			.registerMappedBatchLoader((keys, environment) -> Mono
				.fromSupplier(() -> ListKey.load(keys, (ids, first, option) -> queries.nodeEvidence(ids, first))));
		registry.<String, List<Reference>>forName(NODE_REFERENCES)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> {
				Map<String, List<Reference>> found = new java.util.HashMap<>(queries.nodeReferences(ids));
				ids.forEach((id) -> found.putIfAbsent(id, List.of()));
				return found;
			}));
		registry.<String, Mention>forName(MENTIONS)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> queries.mentions(ids)));
		registry.<String, Source>forName(SOURCES)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> queries.sources(ids)));
		registry.<ListKey, List<Mention>>forName(SOURCE_MENTIONS)
			.registerMappedBatchLoader((keys, environment) -> Mono
				.fromSupplier(() -> ListKey.load(keys, (ids, first, option) -> queries.sourceMentions(ids, first))));
	}

	@QueryMapping
	Source source(@Argument String id) {
		return this.queries.source(id).orElseThrow(() -> new NotFoundException("No source with id '" + id + "'"));
	}

	@QueryMapping
	Connection<Source> sources(@Argument @Nullable SourceFilter filter, @Argument SourceSort sort,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		SourceFilter checked = (filter != null) ? filter : SourceFilter.NONE;
		checked.validate(this.checks);
		return this.sources.sources(checked, sort, this.limits.pageSize(first), after);
	}

	@BatchMapping(typeName = "Source")
	Map<Source, SupportCounts> supports(List<Source> sources) {
		Map<String, SupportCounts> counts = this.sources.counts(sources.stream().map(Source::id).toList());
		Map<Source, SupportCounts> result = new java.util.HashMap<>();
		sources
			.forEach((source) -> result.put(source, counts.getOrDefault(source.id(), new SupportCounts(0, 0, 0, 0))));
		return result;
	}

	@BatchMapping(typeName = "Source")
	Map<Source, @Nullable String> text(List<Source> sources) {
		Map<String, String> texts = this.queries.texts(sources.stream().map(Source::id).toList());
		Map<Source, @Nullable String> result = new java.util.HashMap<>();
		sources.forEach((source) -> result.put(source, texts.get(source.id())));
		return result;
	}

	@SchemaMapping(typeName = "Source")
	CompletableFuture<List<Mention>> mentions(Source source, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		DataLoader<ListKey, List<Mention>> loader = environment.getDataLoader(SOURCE_MENTIONS);
		return java.util.Objects.requireNonNull(loader)
			.load(new ListKey(source.id(), this.limits.pageSize(first), null));
	}

	@SchemaMapping(typeName = "Reference")
	CompletableFuture<Source> source(Reference reference, DataFetchingEnvironment environment) {
		DataLoader<String, Source> loader = environment.getDataLoader(SOURCES);
		return java.util.Objects.requireNonNull(loader).load(reference.sourceId());
	}

}

package org.conflictgraph.curation;

import org.conflictgraph.curation.Aliases.AliasPayload;
import org.conflictgraph.curation.EntityMerger.MergePayload;
import org.conflictgraph.curation.SourceRetraction.RetractionPayload;
import org.conflictgraph.security.CurrentActor;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The curation mutations: {@code addAlias}, {@code mergeEntities}, {@code retractSource}.
 * Each writes its audit record in its own transaction.
 */
@Controller
class CurationController {

	private final Aliases aliases;

	private final EntityMerger merger;

	private final SourceRetraction retraction;

	CurationController(Aliases aliases, EntityMerger merger, SourceRetraction retraction) {
		this.aliases = aliases;
		this.merger = merger;
		this.retraction = retraction;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	AliasPayload addAlias(@Argument String id, @Argument String alias) {
		return this.aliases.add(id, alias, CurrentActor.name());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	MergePayload mergeEntities(@Argument String into, @Argument String from, @Argument boolean preview) {
		return this.merger.merge(into, from, preview, CurrentActor.name());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	RetractionPayload retractSource(@Argument String sourceId, @Argument boolean preview) {
		return this.retraction.retract(sourceId, preview, CurrentActor.name());
	}

}

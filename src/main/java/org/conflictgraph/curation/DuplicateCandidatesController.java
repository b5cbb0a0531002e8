package org.conflictgraph.curation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.curation.DuplicateFinder.DuplicateCandidate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code duplicateCandidates}.
 */
@Controller
class DuplicateCandidatesController {

	private final DuplicateFinder finder;

	DuplicateCandidatesController(DuplicateFinder finder) {
		this.finder = finder;
	}

	@QueryMapping
	List<DuplicateCandidate> duplicateCandidates(@Argument @Nullable List<String> kinds, @Argument double minScore,
			@Argument int first) {
		return this.finder.find(kinds, minScore, first);
	}

}

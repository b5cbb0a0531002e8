package org.conflictgraph.draft;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code draftReport} mutation: the same draft as {@code POST /api/drafts}. */
@Controller
class DraftController {

	private final DraftService drafts;

	DraftController(DraftService drafts) {
		this.drafts = drafts;
	}

	record DraftInput(@Nullable String text, @Nullable DraftSource source) {
	}

	record DraftProblem(String path, String message) {
	}

	record DraftPayload(Object report, List<String> warnings, List<DraftProblem> problems,
			List<DraftService.Resemblance> nearMatches, Map<String, Object> stats) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DraftPayload draftReport(@Argument DraftInput input) {
		DraftService.DraftAnswer answer = this.drafts.draft(input.text(), input.source());
		return new DraftPayload(answer.report(), answer.warnings(),
				answer.problems().stream().map((p) -> new DraftProblem(p.path(), p.message())).toList(),
				answer.nearMatches(), answer.stats());
	}

}

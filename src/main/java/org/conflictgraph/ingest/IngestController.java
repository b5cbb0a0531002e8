package org.conflictgraph.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.security.CurrentActor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The {@code ingestReport} mutation: one report through the pipeline, recorded in the
 * audit trail in the same transaction.
 */
@Controller
class IngestController {

	private final ReportIngester ingester;

	private final IngestAudit audit;

	private final JsonMapper json = JsonMapper.builder().build();

	IngestController(ReportIngester ingester, IngestAudit audit) {
		this.ingester = ingester;
		this.audit = audit;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	IngestReportPayload ingestReport(@Argument("report") Object report, @Argument boolean dryRun,
			@Argument boolean strict, @Argument @Nullable List<String> confirmNew) {
		// Back to bytes, so that the size limit and the JSON checks are those of every
		// other way in.
		byte[] bytes = this.json.writeValueAsBytes(report);
		IngestAudit.Recorder recorder = this.audit.recorder(CurrentActor.name(), "graphql");
		IngestResult result = this.ingester.ingest(bytes, new ReportIngester.WriteOptions(dryRun, strict,
				(confirmNew != null) ? java.util.Set.copyOf(confirmNew) : java.util.Set.of()), recorder);
		return IngestReportPayload.of(result, recorder.auditId(result.sourceId()));
	}

	record IngestReportPayload(String sourceId, boolean dryRun, List<String> createdNodeIds,
			List<String> matchedNodeIds, List<ResolvedReference> resolved, int nodesCreated, int relationshipsCreated,
			int propertiesSet, int facts, boolean unchanged, List<NearMatch> nearMatches, List<EventMatch> eventMatches,
			@Nullable String auditId) {

		static IngestReportPayload of(IngestResult result, @Nullable String auditId) {
			List<ResolvedReference> resolved = result.resolved()
				.entrySet()
				.stream()
				.map((entry) -> new ResolvedReference(entry.getKey(), entry.getValue()))
				.toList();
			return new IngestReportPayload(result.sourceId(), result.dryRun(), result.createdNodeIds(),
					result.matchedNodeIds(), resolved, result.nodesCreated(), result.relationshipsCreated(),
					result.propertiesSet(), result.facts(), result.unchanged(), result.nearMatches(),
					result.eventMatches(), auditId);
		}

	}

	record ResolvedReference(String reference, String id) {
	}

}

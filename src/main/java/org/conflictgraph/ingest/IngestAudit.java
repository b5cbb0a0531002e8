package org.conflictgraph.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.audit.AuditAction;
import org.conflictgraph.audit.AuditEntry;
import org.conflictgraph.audit.AuditTrail;

import org.springframework.stereotype.Component;

/**
 * The audit record of an ingest, written in the ingest's transaction.
 */
@Component
class IngestAudit {

	private final AuditTrail trail;

	IngestAudit(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * A callback for {@link ReportIngester} that records each report it writes and keeps
	 * the record ids, in order.
	 */
	Recorder recorder(String actor, String channel) {
		return new Recorder(actor, channel);
	}

	final class Recorder implements Consumer<IngestResult> {

		private final String actor;

		private final String channel;

		private final Map<String, String> bySource = new HashMap<>();

		private Recorder(String actor, String channel) {
			this.actor = actor;
			this.channel = channel;
		}

		@Override
		public void accept(IngestResult result) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("nodesCreated", result.nodesCreated());
			details.put("relationshipsCreated", result.relationshipsCreated());
			details.put("facts", result.facts());
			details.put("createdNodeIds", result.createdNodeIds());
			details.put("resolved", result.resolved());
			String summary = "Ingested " + result.sourceId() + ": " + result.facts() + " facts, "
					+ result.nodesCreated() + " nodes and " + result.relationshipsCreated() + " relationships created";
			// A retried transaction records again: the last record of a source counts.
			this.bySource.put(result.sourceId(), IngestAudit.this.trail.record(new AuditEntry(this.actor, this.channel,
					AuditAction.INGEST_REPORT, List.of(result.sourceId()), summary, details)));
		}

		/** The id of the audit record of the source's report, once written. */
		@Nullable String auditId(String sourceId) {
			return this.bySource.get(sourceId);
		}

	}

}

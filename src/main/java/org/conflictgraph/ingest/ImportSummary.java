package org.conflictgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a bulk import did: per report, and in total.
 *
 * @param dryRun whether every write was rolled back
 * @param reports one outcome per report, in input order
 * @param seconds how long the import took
 */
public record ImportSummary(boolean dryRun, List<Outcome> reports, double seconds) {

	public int total() {
		return this.reports.size();
	}

	public int ingested() {
		return (int) this.reports.stream().filter(Outcome::ingested).count();
	}

	public int failed() {
		return total() - ingested();
	}

	public long nodesCreated() {
		return this.reports.stream().mapToLong(Outcome::nodesCreated).sum();
	}

	public long relationshipsCreated() {
		return this.reports.stream().mapToLong(Outcome::relationshipsCreated).sum();
	}

	/** Entities, events, claims and relations of the reports written. */
	public long facts() {
		return this.reports.stream().mapToLong(Outcome::facts).sum();
	}

	public double factsPerSecond() {
		return (this.seconds > 0) ? facts() / this.seconds : 0;
	}

	public double reportsPerSecond() {
		return (this.seconds > 0) ? ingested() / this.seconds : 0;
	}

	/** The outcomes of the reports that failed. */
	public List<Outcome> failures() {
		return this.reports.stream().filter((outcome) -> !outcome.ingested()).toList();
	}

	/**
	 * The summary of several imports, one after another.
	 */
	public static ImportSummary of(boolean dryRun, List<ImportSummary> parts, double seconds) {
		List<Outcome> all = new ArrayList<>();
		parts.forEach((part) -> all.addAll(part.reports()));
		return new ImportSummary(dryRun, all, seconds);
	}

	/**
	 * What happened to one report.
	 *
	 * @param origin where the report stands in the input ({@code file.ndjson:12})
	 * @param sourceId the report's source, when it could be read
	 * @param ingested whether it was written (or, in a dry run, would have been)
	 * @param nodesCreated nodes it created
	 * @param relationshipsCreated relationships it created
	 * @param facts entities, events, claims and relations it states
	 * @param auditId its audit record, when written
	 * @param problems why it was rejected
	 * @param nearMatches new entities that resemble existing nodes
	 * @param resolved the report's ids and names that resolved onto other nodes, and onto
	 * which
	 * @param eventMatches how the report's new events resolved against existing ones
	 */
	public record Outcome(String origin, @Nullable String sourceId, boolean ingested, int nodesCreated,
			int relationshipsCreated, int facts, @Nullable String auditId, List<Problem> problems,
			List<NearMatch> nearMatches, Map<String, String> resolved, List<EventMatch> eventMatches) {

		static Outcome ingested(String origin, IngestResult result, @Nullable String auditId) {
			return new Outcome(origin, result.sourceId(), true, result.nodesCreated(), result.relationshipsCreated(),
					result.facts(), auditId, List.of(), result.nearMatches(), result.resolved(), result.eventMatches());
		}

		static Outcome failed(String origin, @Nullable String sourceId, List<Problem> problems) {
			return new Outcome(origin, sourceId, false, 0, 0, 0, null, List.copyOf(problems), List.of(), Map.of(),
					List.of());
		}

	}

}

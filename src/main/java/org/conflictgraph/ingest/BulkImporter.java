package org.conflictgraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.ingest.ImportSummary.Outcome;
import org.conflictgraph.ingest.ReportIngester.PlannedBatch;
import org.conflictgraph.ingest.ReportIngester.Prepared;
import org.conflictgraph.ingest.ReportIngester.Written;

import org.springframework.stereotype.Component;

/**
 * Writes many reports, continuing past bad ones. Reports that pass every check that needs
 * no database are written in batches, several per transaction (fewer commits). When a
 * batch fails (a reference the graph cannot resolve, a database refusal), it rolls back
 * as a whole and its reports are written again one per transaction, so only the bad
 * report fails and the graph never holds part of a report. Reports are written in input
 * order, so a report may refer to what an earlier one created; the next batch is read,
 * checked, resolved and planned while one is being written, resolving as if both were one
 * batch. In a dry run each batch is rolled back, so a report cannot see what an earlier
 * batch would have created.
 */
@Component
public class BulkImporter {

	private static final Log logger = LogFactory.getLog(BulkImporter.class);

	private final ReportIngester ingester;

	private final IngestAudit audit;

	private final IngestProperties properties;

	BulkImporter(ReportIngester ingester, IngestAudit audit, IngestProperties properties) {
		this.ingester = ingester;
		this.audit = audit;
		this.properties = properties;
	}

	/** The size limit of one report, in bytes. */
	long maxReportBytes() {
		return this.properties.maxReportBytes().toBytes();
	}

	/**
	 * Imports every report of the input.
	 * @param items the reports, as cut from the input
	 * @param options dry run, batch size and who imports
	 * @param listener told of each report's outcome as soon as it is known
	 */
	ImportSummary run(Iterator<ReportStream.Item> items, Options options, Consumer<Outcome> listener) {
		long started = System.nanoTime();
		ExecutorService writer = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "bulk-import-writer");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Run run = new Run(options, listener, writer);
			while (items.hasNext()) {
				run.add(items.next());
			}
			run.flush();
			run.drain();
			return new ImportSummary(options.dryRun(), List.copyOf(run.outcomes), (System.nanoTime() - started) / 1e9);
		}
		finally {
			writer.shutdownNow();
		}
	}

	/**
	 * How to import.
	 *
	 * @param dryRun roll every batch back
	 * @param batchSize reports per transaction, at least 1; 0 for the configured size
	 * @param actor who imports, for the audit trail
	 * @param channel how ({@code http}, {@code cli})
	 */
	record Options(boolean dryRun, int batchSize, String actor, String channel) {
	}

	/**
	 * One import. Reports are read and checked on the caller's thread and written on one
	 * writer thread; while the writer writes a batch, the caller reads, checks, resolves
	 * and plans the next one (resolution then sees what the batch being written will
	 * create, see {@link ReportIngester#planAhead}), so the two cores work at once.
	 * Outcomes are told in input order: before an outcome of its own, the caller waits
	 * for the writer to finish.
	 */
	private final class Run {

		private final Options options;

		private final Consumer<Outcome> listener;

		private final int batchSize;

		private final ExecutorService writer;

		private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

		private final List<String> pendingOrigins = new ArrayList<>();

		private final List<Prepared> pending = new ArrayList<>();

		/** The batch being written (planned ahead), and its outcome once written. */
		private @Nullable InFlight inFlight;

		Run(Options options, Consumer<Outcome> listener, ExecutorService writer) {
			this.options = options;
			this.listener = listener;
			this.writer = writer;
			this.batchSize = Math.max(1,
					(options.batchSize() > 0) ? options.batchSize() : BulkImporter.this.properties.batchSize());
		}

		void add(ReportStream.Item item) {
			if (item.problem() != null || item.json() == null) {
				drain();
				done(Outcome.failed(item.origin(), null,
						(item.problem() != null) ? List.of(item.problem()) : List.of()));
				return;
			}
			Prepared prepared;
			try {
				prepared = BulkImporter.this.ingester.prepare(item.json());
			}
			catch (ReportRejectedException ex) {
				drain();
				done(Outcome.failed(item.origin(), null, ex.getProblems()));
				return;
			}
			if (!prepared.problems().isEmpty()) {
				// Written alone, to report its problems together with those only the
				// graph can find.
				flush();
				drain();
				writeAlone(item.origin(), prepared);
				return;
			}
			this.pending.add(prepared);
			this.pendingOrigins.add(item.origin());
			if (this.pending.size() >= this.batchSize) {
				flush();
			}
		}

		void flush() {
			if (this.pending.isEmpty()) {
				return;
			}
			List<Prepared> batch = List.copyOf(this.pending);
			List<String> origins = List.copyOf(this.pendingOrigins);
			this.pending.clear();
			this.pendingOrigins.clear();
			if (batch.size() == 1 || this.options.dryRun()) {
				// A dry run rolls each batch back: the next batch must not count on it.
				drain();
				writeBatch(batch, origins);
				return;
			}
			PlannedBatch planned;
			try {
				planned = BulkImporter.this.ingester.planAhead(batch,
						(this.inFlight != null) ? this.inFlight.batch() : null);
			}
			catch (RuntimeException ex) {
				// A report the graph refuses: written one by one once the batch before
				// is in, so only that report fails.
				logger.debug("A batch of " + batch.size() + " reports failed, writing them one by one", ex);
				drain();
				for (int i = 0; i < batch.size(); i++) {
					writeAlone(origins.get(i), batch.get(i));
				}
				return;
			}
			InFlight previous = this.inFlight;
			long previousVersion = -1;
			if (previous != null) {
				Written written = previous.written();
				if (written == null || !written.asPlanned()) {
					// The batch before was not written as this one was planned after:
					// plan this one again from the graph.
					this.inFlight = null;
					writeBatch(batch, origins);
					return;
				}
				previousVersion = written.version();
			}
			long after = previousVersion;
			IngestAudit.Recorder recorder = BulkImporter.this.audit.recorder(this.options.actor(),
					this.options.channel());
			InFlight next = new InFlight(planned, new CompletableFuture<>());
			this.writer.execute(() -> {
				try {
					Written written = BulkImporter.this.ingester.writePlanned(planned, after, recorder);
					for (int i = 0; i < written.results().size(); i++) {
						done(Outcome.ingested(origins.get(i), written.results().get(i),
								recorder.auditId(written.results().get(i).sourceId())));
					}
					next.outcome().complete(written);
				}
				catch (RuntimeException ex) {
					logger.debug("A batch of " + batch.size() + " reports failed, writing them one by one", ex);
					for (int i = 0; i < batch.size(); i++) {
						writeAlone(origins.get(i), batch.get(i));
					}
					next.outcome().complete(null);
				}
				catch (Error ex) {
					next.outcome().completeExceptionally(ex);
					throw ex;
				}
			});
			this.inFlight = next;
		}

		/** Waits until the writer has written what it was given. */
		void drain() {
			if (this.inFlight != null) {
				this.inFlight.written();
				this.inFlight = null;
			}
		}

		/** Writes a batch now, planning it from the graph, one by one if it fails. */
		private void writeBatch(List<Prepared> batch, List<String> origins) {
			if (batch.size() > 1) {
				IngestAudit.Recorder recorder = BulkImporter.this.audit.recorder(this.options.actor(),
						this.options.channel());
				try {
					List<IngestResult> results = BulkImporter.this.ingester.write(batch, this.options.dryRun(),
							recorder);
					for (int i = 0; i < results.size(); i++) {
						done(Outcome.ingested(origins.get(i), results.get(i),
								recorder.auditId(results.get(i).sourceId())));
					}
					return;
				}
				catch (RuntimeException ex) {
					logger.debug("A batch of " + batch.size() + " reports failed, writing them one by one", ex);
				}
			}
			for (int i = 0; i < batch.size(); i++) {
				writeAlone(origins.get(i), batch.get(i));
			}
		}

		private void writeAlone(String origin, Prepared prepared) {
			String sourceId = prepared.report().source().id();
			IngestAudit.Recorder recorder = BulkImporter.this.audit.recorder(this.options.actor(),
					this.options.channel());
			try {
				// A request of one report is written together with those of other
				// clients at the same time.
				IngestResult result = this.options.dryRun()
						? BulkImporter.this.ingester.write(List.of(prepared), true, recorder).get(0)
						: BulkImporter.this.ingester.writeOne(prepared, recorder);
				done(Outcome.ingested(origin, result, recorder.auditId(sourceId)));
			}
			catch (ReportRejectedException ex) {
				done(Outcome.failed(origin, sourceId, ex.getProblems()));
			}
			catch (RuntimeException ex) {
				logger.warn("The database refused " + origin + " (" + sourceId + ")", ex);
				done(Outcome.failed(origin, sourceId,
						List.of(new Problem("$", "The database refused the report: " + message(ex)))));
			}
		}

		private void done(Outcome outcome) {
			this.outcomes.add(outcome);
			this.listener.accept(outcome);
		}

	}

	/**
	 * A batch handed to the writer.
	 *
	 * @param batch the batch as planned
	 * @param outcome how it was written: null when it failed as a batch (its reports were
	 * then written one by one)
	 */
	private record InFlight(PlannedBatch batch, CompletableFuture<@Nullable Written> outcome) {

		/** Waits for the write; null when the batch failed as a whole. */
		@Nullable Written written() {
			try {
				return this.outcome.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while a batch was written", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

	}

	private static String message(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		@Nullable String message = cause.getMessage();
		return (message != null) ? message : cause.getClass().getSimpleName();
	}

}

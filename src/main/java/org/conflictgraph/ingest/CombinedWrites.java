package org.conflictgraph.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.conflictgraph.ingest.ReportIngester.Prepared;

/**
 * Group commit for single reports written at the same time (many clients, one report
 * each): the writes are serialised by the graph's write lock anyway, so instead of one
 * transaction each, whoever finds no write under way writes every report waiting at that
 * moment in one transaction, as a bulk import writes a batch. A report that fails in such
 * a batch makes it roll back, and its reports are written again one per transaction, so
 * each gets its own answer and is wholly in or out. Two reports of one source never share
 * a batch.
 */
final class CombinedWrites {

	/** At most this many reports per combined transaction. */
	static final int MAX_BATCH = 64;

	private final ReportIngester ingester;

	private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

	private boolean writing;

	CombinedWrites(ReportIngester ingester) {
		this.ingester = ingester;
	}

	/**
	 * Writes the report, with others waiting at the same time if there are any.
	 * @throws ReportRejectedException as a write of the report alone would
	 */
	IngestResult write(Prepared prepared, @Nullable Consumer<IngestResult> withinTransaction) {
		Waiting own = new Waiting(prepared, withinTransaction, new CompletableFuture<>());
		synchronized (this.waiting) {
			this.waiting.add(own);
			while (this.writing && !own.result().isDone()) {
				try {
					this.waiting.wait();
				}
				catch (InterruptedException ex) {
					this.waiting.remove(own);
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting to write the report", ex);
				}
			}
			if (!own.result().isDone()) {
				this.writing = true;
			}
		}
		if (own.result().isDone()) {
			return join(own);
		}
		// This thread writes now: every report waiting, its own among them.
		try {
			while (!own.result().isDone()) {
				List<Waiting> batch = next();
				if (batch.isEmpty()) {
					throw new IllegalStateException("The report is neither written nor waiting");
				}
				try {
					writeBatch(batch);
				}
				catch (Error ex) {
					batch.forEach((report) -> report.result().completeExceptionally(ex));
					throw ex;
				}
				synchronized (this.waiting) {
					this.waiting.notifyAll();
				}
			}
		}
		finally {
			synchronized (this.waiting) {
				this.writing = false;
				this.waiting.notifyAll();
			}
		}
		return join(own);
	}

	private List<Waiting> next() {
		synchronized (this.waiting) {
			List<Waiting> batch = new ArrayList<>();
			Set<String> sources = new HashSet<>();
			Iterator<Waiting> reports = this.waiting.iterator();
			while (reports.hasNext() && batch.size() < MAX_BATCH) {
				Waiting report = reports.next();
				if (sources.add(report.prepared().report().source().id())) {
					batch.add(report);
					reports.remove();
				}
			}
			return batch;
		}
	}

	private void writeBatch(List<Waiting> batch) {
		if (batch.size() > 1) {
			Map<String, Waiting> bySource = new HashMap<>();
			batch.forEach((report) -> bySource.put(report.prepared().report().source().id(), report));
			try {
				List<IngestResult> results = this.ingester.write(batch.stream().map(Waiting::prepared).toList(), false,
						(result) -> {
							Waiting report = bySource.get(result.sourceId());
							if (report != null && report.withinTransaction() != null) {
								report.withinTransaction().accept(result);
							}
						});
				for (int i = 0; i < batch.size(); i++) {
					batch.get(i).result().complete(results.get(i));
				}
				return;
			}
			catch (RuntimeException ex) {
				// Written again one by one below, so that only the bad report fails.
			}
		}
		for (Waiting report : batch) {
			try {
				report.result()
					.complete(
							this.ingester.write(List.of(report.prepared()), false, report.withinTransaction()).get(0));
			}
			catch (RuntimeException ex) {
				report.result().completeExceptionally(ex);
			}
		}
	}

	private static IngestResult join(Waiting report) {
		try {
			return report.result().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private record Waiting(Prepared prepared, @Nullable Consumer<IngestResult> withinTransaction,
			CompletableFuture<IngestResult> result) {
	}

}

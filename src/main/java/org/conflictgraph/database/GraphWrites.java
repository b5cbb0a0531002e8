package org.conflictgraph.database;

import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way the graph is changed: ingests, merges, retractions and alias changes each
 * run in a write transaction that first takes the {@link GraphWriteLock}, is retried on
 * transient failures (deadlocks, a leader switch; the work must be repeatable), and for a
 * dry run or preview is rolled back at the end, so it shows exactly what the change would
 * do. Audit records written by the work commit or roll back with it.
 */
@Component
public class GraphWrites {

	private static final Log logger = LogFactory.getLog(GraphWrites.class);

	private static final int ATTEMPTS = 3;

	private final TransactionTemplate transactions;

	private final GraphWriteLock lock;

	GraphWrites(PlatformTransactionManager transactionManager, GraphWriteLock lock) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.lock = lock;
	}

	/**
	 * Runs the work in one locked write transaction.
	 * @param rollback roll back at the end (dry run, preview)
	 * @param work what to do; may run more than once
	 */
	public <T> T write(boolean rollback, Supplier<T> work) {
		return writeAt(rollback, (version) -> work.get());
	}

	/**
	 * The version of the graph to compare, under the lock, with the one
	 * {@link #writeAt(boolean, Versioned)} gives, after reads made outside the lock: read
	 * it before those reads. Equal versions mean no writer changed the graph in between.
	 */
	public long version() {
		return this.lock.version();
	}

	/**
	 * Runs the work in one locked write transaction, telling it the version of the graph
	 * under the lock (the number of write transactions that committed before it), for
	 * work that decides itself which commits it already accounts for.
	 * @param rollback roll back at the end (dry run, preview)
	 * @param work what to do; may run more than once
	 */
	public <T> T writeAt(boolean rollback, Versioned<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> {
					long version = this.lock.acquire();
					T result = work.run(version);
					if (rollback) {
						status.setRollbackOnly();
					}
					return result;
				});
			}
			catch (TransientException | TransientDataAccessException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				logger.info("Retrying a write after a transient failure: " + ex.getMessage());
			}
		}
	}

	/** Work done under the write lock, told the version of the graph. */
	@FunctionalInterface
	public interface Versioned<T> {

		/**
		 * @param version the number of write transactions that committed before this one
		 */
		T run(long version);

	}

}

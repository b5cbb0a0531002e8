package org.conflictgraph.curation;

import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.exceptions.TransientException;
import org.conflictgraph.database.GraphWriteLock;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Write transactions of curation: each holds the graph's write lock (so it never
 * interleaves with an ingest that resolves names), is retried on transient failures, and
 * for a preview is rolled back at the end, so a preview shows exactly what the change
 * would do.
 */
@Component
class CurationTransactions {

	private static final Log logger = LogFactory.getLog(CurationTransactions.class);

	private static final int ATTEMPTS = 3;

	private final TransactionTemplate transactions;

	private final GraphWriteLock lock;

	CurationTransactions(PlatformTransactionManager transactionManager, GraphWriteLock lock) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.lock = lock;
	}

	<T> T write(boolean preview, Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> {
					this.lock.acquire();
					T result = work.get();
					if (preview) {
						status.setRollbackOnly();
					}
					return result;
				});
			}
			catch (TransientException | TransientDataAccessException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				logger.info("Retrying after a transient failure: " + ex.getMessage());
			}
		}
	}

}

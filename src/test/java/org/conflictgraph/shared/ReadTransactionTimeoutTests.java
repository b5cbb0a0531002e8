package org.conflictgraph.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-only transactions without a timeout of their own get the request's time budget;
 * writes and explicit timeouts are left alone.
 */
class ReadTransactionTimeoutTests {

	private final List<TransactionDefinition> begun = new ArrayList<>();

	private final PlatformTransactionManager recording = new PlatformTransactionManager() {
		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			ReadTransactionTimeoutTests.this.begun.add(definition);
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}
	};

	private final PlatformTransactionManager bounded = new ReadTransactionTimeout.Bounded(this.recording, 30);

	@Test
	void aReadWithoutATimeoutGetsTheBudget() {
		DefaultTransactionDefinition read = new DefaultTransactionDefinition();
		read.setReadOnly(true);
		this.bounded.getTransaction(read);
		assertThat(this.begun.get(0).getTimeout()).isEqualTo(30);
		assertThat(this.begun.get(0).isReadOnly()).isTrue();
	}

	@Test
	void writesAndExplicitTimeoutsAreLeftAlone() {
		this.bounded.getTransaction(new DefaultTransactionDefinition());
		DefaultTransactionDefinition explicit = new DefaultTransactionDefinition();
		explicit.setReadOnly(true);
		explicit.setTimeout(2);
		this.bounded.getTransaction(explicit);
		assertThat(this.begun.get(0).getTimeout()).isEqualTo(TransactionDefinition.TIMEOUT_DEFAULT);
		assertThat(this.begun.get(1).getTimeout()).isEqualTo(2);
	}

}

package org.conflictgraph.shared;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DelegatingTransactionDefinition;

/**
 * Gives every read-only transaction that names no timeout of its own the request's time
 * budget ({@code conflictgraph.graphql.timeout}) as its Neo4j transaction timeout, so the
 * database itself ends a read that runs too long, whoever started it. Writes keep no
 * timeout: a large report must not be cut off half-way (it would roll back whole, but
 * never get in).
 */
@Component
class ReadTransactionTimeout implements BeanPostProcessor, EnvironmentAware {

	private int seconds = 30;

	@Override
	public void setEnvironment(Environment environment) {
		Duration timeout = Binder.get(environment)
			.bind("conflictgraph.graphql.timeout", Duration.class)
			.orElse(Duration.ofSeconds(30));
		this.seconds = (int) Math.max(1, timeout.toSeconds());
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof PlatformTransactionManager manager && !(bean instanceof Bounded)) {
			return new Bounded(manager, this.seconds);
		}
		return bean;
	}

	/** A transaction manager whose read-only transactions end after a bound. */
	static final class Bounded implements PlatformTransactionManager {

		private final PlatformTransactionManager delegate;

		private final int seconds;

		Bounded(PlatformTransactionManager delegate, int seconds) {
			this.delegate = delegate;
			this.seconds = seconds;
		}

		@Override
		public TransactionStatus getTransaction(@Nullable TransactionDefinition definition)
				throws TransactionException {
			if (definition != null && definition.isReadOnly()
					&& definition.getTimeout() == TransactionDefinition.TIMEOUT_DEFAULT) {
				return this.delegate.getTransaction(new DelegatingTransactionDefinition(definition) {
					@Override
					public int getTimeout() {
						return Bounded.this.seconds;
					}
				});
			}
			return this.delegate.getTransaction(definition);
		}

		@Override
		public void commit(TransactionStatus status) throws TransactionException {
			this.delegate.commit(status);
		}

		@Override
		public void rollback(TransactionStatus status) throws TransactionException {
			this.delegate.rollback(status);
		}

	}

}

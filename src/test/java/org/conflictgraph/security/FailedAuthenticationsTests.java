package org.conflictgraph.security;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong keys are counted per address and minute: past the limit that address is blocked
 * until its minute ends; other addresses are not affected.
 */
class FailedAuthenticationsTests {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final FailedAuthentications failures = new FailedAuthentications(3, this.now::get);

	@Test
	void anAddressIsBlockedAfterTooManyWrongKeysUntilItsMinuteEnds() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.failures.blocked("10.0.0.1")).isFalse();
			this.failures.failed("10.0.0.1");
		}
		assertThat(this.failures.blocked("10.0.0.1")).isTrue();
		assertThat(this.failures.blocked("10.0.0.2")).isFalse();
		this.now.addAndGet(30_000_000_000L);
		assertThat(this.failures.blocked("10.0.0.1")).isTrue();
		assertThat(this.failures.retryAfterSeconds("10.0.0.1")).isEqualTo(30);
		this.now.addAndGet(30_000_000_000L);
		assertThat(this.failures.blocked("10.0.0.1")).isFalse();
		this.failures.failed("10.0.0.1");
		assertThat(this.failures.blocked("10.0.0.1")).isFalse();
	}

}

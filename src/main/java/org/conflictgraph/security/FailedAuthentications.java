package org.conflictgraph.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts requests with a wrong key per client address in one-minute windows, so that an
 * anonymous caller cannot make the service check (and, with bcrypt hashes, hash) keys
 * without end. Memory is bounded: when too many addresses are tracked, windows that ended
 * are dropped.
 */
final class FailedAuthentications {

	private static final long MINUTE = 60_000_000_000L;

	private static final int TRACKED = 10_000;

	private final int maxPerMinute;

	private final LongSupplier clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	FailedAuthentications(int maxPerMinute) {
		this(maxPerMinute, System::nanoTime);
	}

	FailedAuthentications(int maxPerMinute, LongSupplier clock) {
		this.maxPerMinute = maxPerMinute;
		this.clock = clock;
	}

	/** Whether the address has used up its failures for the current minute. */
	boolean blocked(String address) {
		Window window = this.windows.get(address);
		return window != null && !window.ended(this.clock.getAsLong()) && window.count >= this.maxPerMinute;
	}

	/** Seconds until the address may try again. */
	long retryAfterSeconds(String address) {
		Window window = this.windows.get(address);
		if (window == null) {
			return 0;
		}
		return Math.max(1, (window.start + MINUTE - this.clock.getAsLong()) / 1_000_000_000L);
	}

	void failed(String address) {
		long now = this.clock.getAsLong();
		if (this.windows.size() >= TRACKED) {
			this.windows.values().removeIf((window) -> window.ended(now));
		}
		this.windows.compute(address, (key, window) -> (window == null || window.ended(now)) ? new Window(now, 1)
				: new Window(window.start, window.count + 1));
	}

	private record Window(long start, int count) {

		boolean ended(long now) {
			return now - this.start >= MINUTE;
		}

	}

}

package org.conflictgraph.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Runs a start-up task on a daemon thread of its own, so that it overlaps with the
 * creation of the rest of the application context.
 */
public final class BackgroundThread {

	private BackgroundThread() {
	}

	public static Executor named(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			thread.start();
		};
	}

	/**
	 * Waits for a start-up task and rethrows why it failed as the exception the task
	 * threw, not wrapped, so that start-up failure messages name the real cause.
	 */
	public static <T> T join(CompletableFuture<T> task) {
		try {
			return task.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}

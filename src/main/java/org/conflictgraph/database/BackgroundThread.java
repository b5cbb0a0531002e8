package org.conflictgraph.database;

import java.util.concurrent.Executor;

/**
 * Runs a start-up task on a daemon thread of its own, so that it overlaps with the
 * creation of the rest of the application context.
 */
final class BackgroundThread {

	private BackgroundThread() {
	}

	static Executor named(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			thread.start();
		};
	}

}

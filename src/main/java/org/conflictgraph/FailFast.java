package org.conflictgraph;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A JVM that ran out of memory is in an unknown state (a thread may have died half-way
 * through anything), so the service should end and be restarted rather than linger. The
 * reliable way is the JVM option {@code -XX:+ExitOnOutOfMemoryError}, which the Docker
 * image and the documented commands set; without it the service warns at start and at
 * least ends when an out-of-memory error reaches a thread's top.
 */
final class FailFast {

	private static final Log logger = LogFactory.getLog(FailFast.class);

	private FailFast() {
	}

	static void install() {
		Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
		Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
			if (failure instanceof OutOfMemoryError) {
				// No logging framework: it may need memory.
				System.err.println("Out of memory in thread " + thread.getName() + "; ending the service");
				Runtime.getRuntime().halt(3);
			}
			if (previous != null) {
				previous.uncaughtException(thread, failure);
			}
			else {
				System.err.print("Exception in thread \"" + thread.getName() + "\" ");
				failure.printStackTrace();
			}
		});
		if (!exitsOnOutOfMemory()) {
			logger.warn("The JVM runs without -XX:+ExitOnOutOfMemoryError: after an OutOfMemoryError it may stay up "
					+ "without answering. Start it with java -XX:+ExitOnOutOfMemoryError -jar ... (see README)");
		}
	}

	static boolean exitsOnOutOfMemory() {
		try {
			HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			return hotSpot != null && (Boolean.parseBoolean(hotSpot.getVMOption("ExitOnOutOfMemoryError").getValue())
					|| Boolean.parseBoolean(hotSpot.getVMOption("CrashOnOutOfMemoryError").getValue()));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}

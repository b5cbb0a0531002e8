package org.conflictgraph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report that cannot be written, with every problem found in it. Nothing of the report
 * was written.
 */
public class ReportRejectedException extends RuntimeException {

	private final List<Problem> problems;

	public ReportRejectedException(List<Problem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

	private static String summary(List<Problem> problems) {
		String first = problems.stream().limit(5).map(Problem::toString).collect(Collectors.joining("; "));
		String more = (problems.size() > 5) ? "; and " + (problems.size() - 5) + " more" : "";
		return "The report was rejected, nothing was written (" + problems.size()
				+ ((problems.size() == 1) ? " problem): " : " problems): ") + first + more;
	}

}

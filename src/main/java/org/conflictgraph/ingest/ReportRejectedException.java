package org.conflictgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.conflictgraph.shared.InvalidInputException;

/**
 * A report that cannot be written, with every problem found in it. Nothing of the report
 * was written. Through GraphQL it becomes a {@code BAD_REQUEST} error whose
 * {@code extensions.problems} lists every {@code {path, message}}.
 */
public class ReportRejectedException extends InvalidInputException {

	private final List<Problem> problems;

	public ReportRejectedException(List<Problem> problems) {
		super(summary(problems), Map.of("problems", problems.stream().map(ReportRejectedException::toMap).toList()));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

	private static Map<String, Object> toMap(Problem problem) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("path", problem.path());
		map.put("message", problem.message());
		return map;
	}

	private static String summary(List<Problem> problems) {
		String first = problems.stream().limit(5).map(Problem::toString).collect(Collectors.joining("; "));
		String more = (problems.size() > 5) ? "; and " + (problems.size() - 5) + " more" : "";
		return "The report was rejected, nothing was written (" + problems.size()
				+ ((problems.size() == 1) ? " problem): " : " problems): ") + first + more;
	}

}

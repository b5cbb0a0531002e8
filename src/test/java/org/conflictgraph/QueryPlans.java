package org.conflictgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * Reads the plan Neo4j makes for a statement, without running it.
 */
public final class QueryPlans {

	private QueryPlans() {
	}

	/**
	 * The operators of the plan, depth first, e.g. {@code NodeIndexSeekByRange@neo4j}.
	 */
	public static List<String> operators(Driver driver, String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
			List<String> operators = new ArrayList<>();
			collect(plan, operators, false);
			return operators;
		}
	}

	/** The plan as one line per operator with its details, for diagnosis. */
	public static String describe(Driver driver, String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
			StringBuilder text = new StringBuilder();
			describe(plan, 0, text);
			return text.toString();
		}
	}

	private static void describe(Plan plan, int depth, StringBuilder text) {
		text.append("  ".repeat(depth)).append(plan.operatorType().replace("@neo4j", ""));
		if (plan.arguments().containsKey("Details")) {
			text.append(" ").append(plan.arguments().get("Details").asString());
		}
		text.append('\n');
		for (Plan child : plan.children()) {
			describe(child, depth + 1, text);
		}
	}

	/** The operators that read nodes first: the leaves of the plan. */
	public static List<String> leaves(Driver driver, String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
			List<String> leaves = new ArrayList<>();
			collect(plan, leaves, true);
			return leaves;
		}
	}

	private static void collect(Plan plan, List<String> operators, boolean leavesOnly) {
		String name = plan.operatorType().replace("@neo4j", "");
		if (!leavesOnly || plan.children().isEmpty()) {
			operators.add(name);
		}
		for (Plan child : plan.children()) {
			collect(child, operators, leavesOnly);
		}
	}

}

package org.conflictgraph.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external Neo4j is configured: {@code spring.neo4j.uri} absent, blank
 * (as {@code NEO4J_URI=} in an env file leaves it) or {@code embedded}.
 */
class EmbeddedDatabaseCondition extends SpringBootCondition {

	static final String URI_PROPERTY = "spring.neo4j.uri";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String uri = context.getEnvironment().getProperty(URI_PROPERTY);
		if (embedded(context.getEnvironment())) {
			return ConditionOutcome.match(URI_PROPERTY + " is '" + uri + "': embedded Neo4j");
		}
		return ConditionOutcome.noMatch(URI_PROPERTY + " is " + uri + ": external Neo4j");
	}

	static boolean embedded(Environment environment) {
		String uri = environment.getProperty(URI_PROPERTY);
		return !StringUtils.hasText(uri) || "embedded".equalsIgnoreCase(uri.trim());
	}

}

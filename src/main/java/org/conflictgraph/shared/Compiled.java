package org.conflictgraph.shared;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.driver.Value;

/**
 * A compiled piece of a selection: the Cypher expression that returns it and how to turn
 * the returned value into the objects the fields resolve on.
 *
 * @param expression the Cypher-DSL expression
 * @param decoder reads the expression's value
 */
public record Compiled(Expression expression, Decoder decoder) {

	/** Reads the value of a compiled expression. */
	@FunctionalInterface
	public interface Decoder {

		/**
		 * @param value the expression's value
		 * @param parent the object the field belongs to, for records that point back to
		 * it
		 * @return the field's value
		 */
		@Nullable Object decode(Value value, Object parent);

	}

}

package org.conflictgraph.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one request from tying up the database.
 *
 * @param maxDepth deepest nesting of fields a query may have
 * @param maxComplexity highest cost a query may have: every field costs one, and the cost
 * of what is selected under a list field that takes {@code first} is multiplied by that
 * page size
 * @param maxPageSize largest {@code first} any list or connection accepts
 * @param defaultPageSize page size of connections when {@code first} is not given, and so
 * the cost factor of a field that takes {@code first} but was given none
 * @param listCostFactor the cost factor of a list that takes no {@code first} (evidence,
 * participants, places): such lists follow the graph's own relationships, which are few
 * per node, so counting each as a full page would refuse the ordinary nested queries
 * @param maxRootFields most root fields (each alias counts) one operation may select
 * @param maxAliases most aliased fields one operation may have, anywhere
 * @param maxTextLength longest text (string or id) a query argument may be
 * @param timeout time budget of one request; read transactions end at the same bound (see
 * {@link ReadTransactionTimeout})
 */
@ConfigurationProperties("conflictgraph.graphql")
public record GraphQlLimits(@DefaultValue("15") int maxDepth, @DefaultValue("50000") int maxComplexity,
		@DefaultValue("100") int maxPageSize, @DefaultValue("20") int defaultPageSize,
		@DefaultValue("50") int maxRootFields, @DefaultValue("50") int maxAliases,
		@DefaultValue("1000") int maxTextLength, @DefaultValue("30s") Duration timeout,
		@DefaultValue("5") int listCostFactor) {

	/**
	 * The page size to use for a {@code first} argument.
	 * @throws InvalidInputException when it is negative or above {@link #maxPageSize()}
	 */
	public int pageSize(@org.jspecify.annotations.Nullable Integer first) {
		if (first == null) {
			return this.defaultPageSize;
		}
		if (first < 0) {
			throw new InvalidInputException("first must not be negative, was " + first);
		}
		if (first > this.maxPageSize) {
			throw new InvalidInputException("first must be at most " + this.maxPageSize
					+ " (the maximum page size), was " + first + "; page through the results with after");
		}
		return first;
	}

}

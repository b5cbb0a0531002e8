package org.conflictgraph.shared;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Dates, date-times, longs and free-form property maps as GraphQL scalars. A date or
 * date-time variable that does not parse is a {@code BAD_REQUEST}.
 */
@Configuration(proxyBeanMethods = false)
class ScalarsConfiguration {

	@Bean
	RuntimeWiringConfigurer extendedScalars() {
		return (wiring) -> wiring.scalar(BadRequestCoercing.wrap(ExtendedScalars.Date))
			.scalar(BadRequestCoercing.wrap(ExtendedScalars.DateTime))
			.scalar(ExtendedScalars.GraphQLLong)
			.scalar(ExtendedScalars.Json);
	}

}

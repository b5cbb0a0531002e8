package org.conflictgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The conflict knowledge graph service: reports in, a sourced Neo4j graph out, served
 * through GraphQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConflictGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConflictGraphApplication.class, args);
	}

}

package org.conflictgraph;

import java.util.Arrays;

import org.conflictgraph.database.EmbeddedNeo4jConfiguration;
import org.conflictgraph.draft.DraftCommand;
import org.conflictgraph.ingest.IngestCommand;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The conflict knowledge graph service: reports in, a sourced Neo4j graph out, served
 * through GraphQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConflictGraphApplication {

	/**
	 * Starts the service; with {@code ingest} as the first argument, imports report files
	 * without the web server instead and exits (see {@link IngestCommand}); with
	 * {@code draft}, drafts a report from a text file (see {@link DraftCommand}).
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(IngestCommand.NAME)) {
			System.exit(IngestCommand.run(ConflictGraphApplication.class, Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && args[0].equals(DraftCommand.NAME)) {
			System.exit(DraftCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		FailFast.install();
		service().run(args);
	}

	/**
	 * The service as {@code main} starts it: the embedded Neo4j (when no external one is
	 * configured) starts as soon as the application context exists, beside the reading of
	 * the configuration classes.
	 */
	public static SpringApplicationBuilder service() {
		return new SpringApplicationBuilder(ConflictGraphApplication.class).main(ConflictGraphApplication.class)
			.initializers(EmbeddedNeo4jConfiguration.earlierStart());
	}

}

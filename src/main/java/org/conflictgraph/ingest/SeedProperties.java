package org.conflictgraph.ingest;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reports loaded at startup.
 *
 * @param enabled whether to load them
 * @param locations Spring resource patterns of report JSON files
 */
@ConfigurationProperties("conflictgraph.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:reports/seed/*.json") List<String> locations) {

}

package org.conflictgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The migration versions the build packages, read from the files themselves so the tests
 * keep up when a migration is added.
 */
final class MigrationFiles {

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.cypher");

	private MigrationFiles() {
	}

	/** Versions in the order neo4j-migrations applies them, then its BASELINE node. */
	static List<String> versionsWithBaseline() {
		List<String> versions = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/migrations/*.cypher")) {
				Matcher matcher = VERSION.matcher(Objects.requireNonNull(resource.getFilename()));
				if (matcher.matches()) {
					versions.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		versions.sort(null);
		versions.add("BASELINE");
		return versions;
	}

}

package org.conflictgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.system.ApplicationHome;
import org.springframework.util.FileSystemUtils;

/**
 * The graph a fresh data directory starts with: the database files of the build's
 * training run (docs/startup.md), which applied the migrations and loaded the seed
 * article through the report pipeline. Copying them (a few MB) takes a fraction of a
 * second, where creating the store, 85 schema statements and the seed load take about
 * eight. Nothing is skipped by it: the start checks the migrations' digest and the seed's
 * fingerprints as on any start, so files newer than the copy still bring their changes.
 *
 * <p>
 * Only Neo4j's {@code data} directory is kept (not its logs). A data directory is filled
 * only when it holds nothing; the copy is made beside the target and moved into place in
 * one rename, so a start that dies while copying leaves no half store behind.
 */
final class InitialData {

	private static final Log logger = LogFactory.getLog(InitialData.class);

	/** Where the build puts the template: beside the application jar. */
	static final String DIRECTORY_NAME = "initial-data";

	private static final String DATA = "data";

	private static final String PARTIAL = ".initial-data.partial";

	private InitialData() {
	}

	/**
	 * The build's template, {@value #DIRECTORY_NAME} beside the application's jar, when
	 * the build left one there.
	 */
	static @Nullable Path besideJar() {
		Path besideJar = new ApplicationHome(InitialData.class).getDir().toPath().resolve(DIRECTORY_NAME);
		return Files.isDirectory(besideJar.resolve(DATA)) ? besideJar : null;
	}

	/**
	 * Copies the template's database files into the data directory when it is absent or
	 * empty (a partial copy of an earlier attempt counts as empty); leaves any other
	 * directory alone.
	 * @return whether it copied
	 */
	static boolean fill(Path dataDirectory, Path template) {
		Path source = template.resolve(DATA);
		if (!Files.isDirectory(source)) {
			throw new IllegalStateException("The initial data directory " + template + " holds no Neo4j '" + DATA
					+ "' directory (conflictgraph.embedded.initial-data)");
		}
		try {
			Files.createDirectories(dataDirectory);
			if (!isEmpty(dataDirectory)) {
				return false;
			}
			Path partial = dataDirectory.resolve(PARTIAL);
			FileSystemUtils.deleteRecursively(partial);
			FileSystemUtils.copyRecursively(source, partial);
			Files.move(partial, dataDirectory.resolve(DATA), StandardCopyOption.ATOMIC_MOVE);
			logger.info("Filled the new data directory " + dataDirectory + " with the schema and seed graph of "
					+ template);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy the initial data " + template + " to " + dataDirectory, ex);
		}
	}

	/**
	 * Keeps the database files of a stopped database as a template for {@link #fill}:
	 * what the training run does after it has shut its database down.
	 */
	static void keep(Path dataDirectory, Path template) {
		try {
			FileSystemUtils.deleteRecursively(template);
			Path partial = template.resolveSibling(template.getFileName() + ".partial");
			FileSystemUtils.deleteRecursively(partial);
			FileSystemUtils.copyRecursively(dataDirectory.resolve(DATA), partial.resolve(DATA));
			Files.move(partial, template, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep " + dataDirectory + " as initial data in " + template, ex);
		}
	}

	private static boolean isEmpty(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.allMatch((entry) -> entry.getFileName().toString().equals(PARTIAL));
		}
	}

}

package org.conflictgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.conflictgraph.database.BackgroundThread;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the seed reports through the same pipeline as any other report, once: a graph
 * that already holds a report with the same content is left alone.
 */
@Component
class SeedLoader implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final SeedProperties properties;

	private final ReportReader reader;

	private final ReportIngester ingester;

	private final IngestAudit audit;

	private final @Nullable CompletableFuture<List<Report>> reports;

	/**
	 * Reads the seed reports on a thread of their own from here on: reading them needs no
	 * database, so it overlaps with the rest of the start instead of following it.
	 */
	SeedLoader(SeedProperties properties, ReportReader reader, ReportIngester ingester, IngestAudit audit) {
		this.properties = properties;
		this.reader = reader;
		this.ingester = ingester;
		this.audit = audit;
		this.reports = properties.enabled()
				? CompletableFuture.supplyAsync(this::read, BackgroundThread.named("seed-reader")) : null;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.reports != null) {
			load(BackgroundThread.join(this.reports));
		}
	}

	private List<Report> read() {
		List<Report> reports = new ArrayList<>();
		for (Resource resource : resources(this.properties.locations())) {
			try (InputStream in = resource.getInputStream()) {
				reports.add(this.reader.read(in.readAllBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the seed report " + resource, ex);
			}
		}
		return reports;
	}

	/** Loads every seed report the graph does not hold yet. */
	private void load(List<Report> reports) {
		for (Report report : reports) {
			if (this.ingester.holds(report)) {
				logger.info("Seed report " + report.source().id() + " is already in the graph");
				continue;
			}
			IngestResult result = this.ingester.ingest(report, false, this.audit.recorder("system:seed", "startup"));
			logger.info("Loaded seed report " + result.sourceId() + ": " + result.facts() + " facts, "
					+ result.nodesCreated() + " nodes and " + result.relationshipsCreated() + " relationships created");
		}
	}

	static List<Resource> resources(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver();
		List<Resource> resources = new ArrayList<>();
		for (String location : locations) {
			try {
				Arrays.stream(resolver.getResources(location))
					.sorted(Comparator.comparing((resource) -> String.valueOf(resource.getFilename())))
					.forEach(resources::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list seed reports at " + location, ex);
			}
		}
		return resources;
	}

}

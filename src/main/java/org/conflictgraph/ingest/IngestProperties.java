package org.conflictgraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and batching of report ingest.
 *
 * @param maxReportBytes the largest report accepted, as JSON bytes; larger ones are
 * rejected before they are parsed
 * @param maxRequestBytes the largest body {@code POST /api/reports} reads (many reports);
 * the GraphQL endpoint accepts {@code maxReportBytes} plus 64 KB
 * @param batchSize reports written per transaction by bulk imports; a batch with a bad
 * report is written again one report per transaction, so only that report fails
 * @param nearMatchThreshold a new entity whose best existing candidate of the same base
 * label scores at least this much (on the scale of {@code duplicateCandidates}) is
 * reported as a near match, and refused in strict mode
 */
@ConfigurationProperties("conflictgraph.ingest")
public record IngestProperties(@DefaultValue("5MB") DataSize maxReportBytes,
		@DefaultValue("256MB") DataSize maxRequestBytes, @DefaultValue("20") int batchSize,
		@DefaultValue("0.9") double nearMatchThreshold) {

}

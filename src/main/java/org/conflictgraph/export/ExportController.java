package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.conflictgraph.explore.EventTypes;
import org.conflictgraph.explore.NeighborhoodRequest;
import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.graph.RelationshipType;
import org.conflictgraph.explore.Subgraph;
import org.conflictgraph.shared.ErrorResponses;
import org.conflictgraph.shared.InvalidInputException;
import org.conflictgraph.shared.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of the graph for graph tools. Every endpoint takes the same selection:
 * <ul>
 * <li>{@code dateFrom}, {@code dateTo} (ISO dates) and {@code eventTypes}: only events
 * and claims in range and of these types, and the actors, places and assets linked to
 * them (places also when a place beneath them is);</li>
 * <li>{@code kinds}: only nodes with one of these labels;</li>
 * <li>{@code relationshipTypes}: only these relationship types (default: every fact
 * type);</li>
 * <li>{@code provenance=true}: mentions, sources and the provenance relationships
 * too;</li>
 * <li>{@code around=<id>&depth=1..3&limit=}: the neighbourhood of a node instead of the
 * whole graph (see the {@code neighborhood} query).</li>
 * </ul>
 * Arguments are checked before anything is written, so a mistake is a 400 and an unknown
 * {@code around} id a 404; after that the body streams.
 */
@RestController
@RequestMapping("/export")
class ExportController {

	private static final Log logger = LogFactory.getLog(ExportController.class);

	private final GraphExportReader reader;

	private final JsonMapper json;

	private final ExportProperties properties;

	private final EventTableReader events;

	ExportController(GraphExportReader reader, JsonMapper json, ExportProperties properties, EventTableReader events) {
		this.reader = reader;
		this.json = json;
		this.properties = properties;
		this.events = events;
	}

	@GetMapping("/acled.csv")
	ResponseEntity<StreamingResponseBody> acled(Selection selection) {
		return events(selection, "acled.csv", "text/csv;charset=UTF-8", AcledCsvWriter::new);
	}

	@GetMapping("/ged.csv")
	ResponseEntity<StreamingResponseBody> ged(Selection selection) {
		return events(selection, "ged.csv", "text/csv;charset=UTF-8", GedCsvWriter::new);
	}

	@GetMapping("/plover.jsonl")
	ResponseEntity<StreamingResponseBody> plover(Selection selection) {
		return events(selection, "plover.jsonl", "application/jsonl", (out) -> new PloverJsonlWriter(this.json, out));
	}

	@GetMapping("/events.geojson")
	ResponseEntity<StreamingResponseBody> eventsGeoJson(Selection selection) {
		return events(selection, "events.geojson", "application/geo+json", (out) -> new GeoJsonWriter(this.json, out));
	}

	@GetMapping("/places.geojson")
	ResponseEntity<StreamingResponseBody> placesGeoJson(Selection selection) {
		ExportRequest request = selection.eventTable(this.properties.maxAroundNodes());
		List<String> ids = eventIds(request);
		StreamingResponseBody body = (out) -> this.events.places(request, ids, new GeoJsonWriter(this.json, out));
		return download(request, "places.geojson", "application/geo+json", body);
	}

	/**
	 * An event table: the same selection as the graph exports (dates, event types, a
	 * neighbourhood); the events in it, one row or line each.
	 */
	private ResponseEntity<StreamingResponseBody> events(Selection selection, String name, String mediaType,
			EventTableWriters writers) {
		ExportRequest request = selection.eventTable(this.properties.maxAroundNodes());
		List<String> ids = eventIds(request);
		StreamingResponseBody body = (out) -> this.events.events(request, ids, writers.open(out));
		return download(request, name, mediaType, body);
	}

	/** The events of a neighbourhood export, null for a whole-graph export. */
	private @Nullable List<String> eventIds(ExportRequest request) {
		if (request.around() == null) {
			return null;
		}
		return this.reader.around(request)
			.nodes()
			.stream()
			.filter((node) -> node.hasKind("Event"))
			.map((node) -> node.id())
			.toList();
	}

	private static ResponseEntity<StreamingResponseBody> download(ExportRequest request, String name, String mediaType,
			StreamingResponseBody body) {
		String file = request.baseName().equals("conflict-graph") ? name : request.baseName() + "-" + name;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

	/** Opens an event-table writer on the response body. */
	@FunctionalInterface
	private interface EventTableWriters {

		EventTableWriter open(OutputStream out) throws IOException;

	}

	@GetMapping("/graph.graphml")
	ResponseEntity<StreamingResponseBody> graphMl(Selection selection) {
		return export(selection, ExportFormat.GRAPHML);
	}

	@GetMapping("/graph.gexf")
	ResponseEntity<StreamingResponseBody> gexf(Selection selection) {
		return export(selection, ExportFormat.GEXF);
	}

	@GetMapping("/graph.cyjs")
	ResponseEntity<StreamingResponseBody> cytoscape(Selection selection) {
		return export(selection, ExportFormat.CYTOSCAPE);
	}

	@GetMapping("/nodes.csv")
	ResponseEntity<StreamingResponseBody> nodesCsv(Selection selection) {
		return export(selection, ExportFormat.NODES_CSV);
	}

	@GetMapping("/edges.csv")
	ResponseEntity<StreamingResponseBody> edgesCsv(Selection selection) {
		return export(selection, ExportFormat.EDGES_CSV);
	}

	@GetMapping("/graph-csv.zip")
	ResponseEntity<StreamingResponseBody> csvZip(Selection selection) {
		return export(selection, ExportFormat.CSV_ZIP);
	}

	private ResponseEntity<StreamingResponseBody> export(Selection selection, ExportFormat format) {
		ExportRequest request = selection.request(this.properties.maxAroundNodes());
		// A neighbourhood is bounded: read it now, so that an unknown id is a 404 rather
		// than a broken download.
		Subgraph around = (request.around() != null) ? this.reader.around(request) : null;
		StreamingResponseBody body = (out) -> {
			GraphWriter writer = writer(format, out);
			if (around != null) {
				this.reader.write(around, writer, format);
			}
			else {
				this.reader.stream(request, writer, format);
			}
		};
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(format.fileName(request.baseName())).build().toString())
			.body(body);
	}

	private GraphWriter writer(ExportFormat format, OutputStream out) throws IOException {
		return switch (format) {
			case GRAPHML -> new GraphMlWriter(out);
			case GEXF -> new GexfWriter(out);
			case CYTOSCAPE -> new CytoscapeWriter(this.json, out);
			case NODES_CSV -> CsvWriter.of(out, true);
			case EDGES_CSV -> CsvWriter.of(out, false);
			case CSV_ZIP -> new CsvZipWriter(out);
		};
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/**
	 * Before the first byte is sent the client gets a 413 it can read; after that the
	 * exception goes on to {@link ExportLimits}, which has the container abort the
	 * connection.
	 */
	@ExceptionHandler
	void tooLarge(ExportLimits.TooLarge ex, HttpServletResponse response) throws IOException {
		logger.warn(ex.getMessage());
		if (response.isCommitted()) {
			throw ex;
		}
		response.reset();
		ErrorResponses.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), "BAD_REQUEST", ex.getMessage());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, @Nullable String message) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
	}

	/**
	 * The query parameters of every export.
	 */
	record Selection(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateTo,
			@Nullable List<String> eventTypes, @Nullable List<String> kinds, @Nullable List<String> relationshipTypes,
			@Nullable Boolean provenance, @Nullable String around, @Nullable Integer depth, @Nullable Integer limit) {

		/**
		 * The selection of an event table: kinds and relationship types do not apply (a
		 * row is an event with its actors and places), so they are refused rather than
		 * ignored.
		 */
		ExportRequest eventTable(int maxAroundNodes) {
			if (this.kinds != null || this.relationshipTypes != null || this.provenance != null) {
				throw new InvalidInputException(
						"kinds, relationshipTypes and provenance do not apply to event tables (one row per event): "
								+ "select with dateFrom, dateTo, eventTypes or around");
			}
			return request(maxAroundNodes);
		}

		ExportRequest request(int maxAroundNodes) {
			NeighborhoodRequest.checkRange(this.dateFrom, this.dateTo);
			boolean withProvenance = Boolean.TRUE.equals(this.provenance);
			Set<RelationshipType> types = RelationshipType.parse(this.relationshipTypes,
					withProvenance ? RelationshipType.all() : RelationshipType.facts());
			if (!withProvenance && types.stream().anyMatch(RelationshipType::provenance)) {
				throw new InvalidInputException("relationshipTypes names provenance types: add provenance=true");
			}
			List<String> eventTypes = EventTypes.parse(this.eventTypes);
			List<String> kinds = NodeKind.parse(this.kinds, "kinds");
			if (this.around == null) {
				if (this.depth != null || this.limit != null) {
					throw new InvalidInputException("depth and limit apply only with around=<id>");
				}
				return new ExportRequest(this.dateFrom, this.dateTo, eventTypes, kinds, types, withProvenance, null, 0,
						0);
			}
			if (eventTypes != null) {
				throw new InvalidInputException("eventTypes cannot be combined with around: filter by kinds or dates");
			}
			return new ExportRequest(this.dateFrom, this.dateTo, null, kinds, types, withProvenance, this.around,
					NeighborhoodRequest.depth(this.depth),
					NeighborhoodRequest.limit(this.limit, Math.min(1000, maxAroundNodes), maxAroundNodes));
		}

	}

}

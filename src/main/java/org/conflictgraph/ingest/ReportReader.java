package org.conflictgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns report JSON into a {@link Report}, checking it against the published JSON Schema
 * first so that every structural problem is reported at once, with its path.
 */
@Component
public class ReportReader {

	/** Where the schema lives on the classpath (and in the repository). */
	public static final String SCHEMA = "reports/report.schema.json";

	private final JsonMapper mapper;

	private final Schema schema;

	public ReportReader() {
		this.mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
		try (InputStream in = new ClassPathResource(SCHEMA).getInputStream()) {
			this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(this.mapper.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the report schema " + SCHEMA, ex);
		}
	}

	/**
	 * Reads one report.
	 * @throws ReportRejectedException when the text is not JSON or breaks the schema
	 */
	public Report read(byte[] json) {
		Parsed parsed = parse(json);
		if (parsed.report() == null || !parsed.problems().isEmpty()) {
			throw new ReportRejectedException(parsed.problems());
		}
		return parsed.report();
	}

	/**
	 * Reads one report that is already parsed, as a line of an NDJSON file is.
	 * @throws ReportRejectedException when it breaks the schema
	 */
	public Report read(JsonNode tree) {
		Parsed parsed = parse(tree);
		if (parsed.report() == null || !parsed.problems().isEmpty()) {
			throw new ReportRejectedException(parsed.problems());
		}
		return parsed.report();
	}

	/**
	 * Checks a report against the schema and binds it where its shape allows, so that the
	 * pipeline can add its own findings to the schema's and report them all at once.
	 */
	Parsed parse(byte[] json) {
		try {
			return parse(this.mapper.readTree(json));
		}
		catch (JacksonException ex) {
			return new Parsed(null, List.of(new Problem("$", "The report is not valid JSON: " + ex.getOriginalMessage()
					+ " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")")));
		}
	}

	Parsed parse(@Nullable JsonNode tree) {
		if (tree == null || !tree.isObject()) {
			return new Parsed(null, List.of(new Problem("$", "A report must be a JSON object")));
		}
		List<Problem> problems = this.schema.validate(tree)
			.stream()
			.map((error) -> new Problem(jsonPath(error.getInstanceLocation().toString()), error.getMessage()))
			.sorted(Comparator.comparing(Problem::path))
			.distinct()
			.toList();
		try {
			return new Parsed(this.mapper.treeToValue(tree, Report.class), problems);
		}
		catch (JacksonException ex) {
			return new Parsed(null, problems.isEmpty()
					? List.of(new Problem("$", "The report does not fit the report format: " + ex.getOriginalMessage()))
					: problems);
		}
	}

	/**
	 * A JSON pointer ({@code /claims/0/id}) as the JSON path people read
	 * ({@code $.claims[0].id}).
	 */
	static String jsonPath(String pointer) {
		StringBuilder path = new StringBuilder("$");
		for (String segment : pointer.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			String name = segment.replace("~1", "/").replace("~0", "~");
			if (name.chars().allMatch(Character::isDigit)) {
				path.append('[').append(name).append(']');
			}
			else {
				path.append('.').append(name);
			}
		}
		return path.toString();
	}

	/** A report as far as it could be read, and what the schema found wrong with it. */
	record Parsed(@Nullable Report report, List<Problem> problems) {
	}

	JsonMapper mapper() {
		return this.mapper;
	}

}

package org.conflictgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
			// Some failures (nesting too deep, a number too long) carry no location.
			var location = ex.getLocation();
			String where = (location != null)
					? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
			return new Parsed(null,
					List.of(new Problem("$", "The report is not valid JSON: " + ex.getOriginalMessage() + where)));
		}
	}

	Parsed parse(@Nullable JsonNode tree) {
		if (tree == null || !tree.isObject()) {
			return new Parsed(null, List.of(new Problem("$", "A report must be a JSON object")));
		}
		List<Problem> found = new ArrayList<>();
		this.schema.validate(tree)
			.forEach((error) -> found
				.add(new Problem(jsonPath(error.getInstanceLocation().toString()), error.getMessage())));
		controlCharacters("$", tree, found);
		List<Problem> problems = found.stream().sorted(Comparator.comparing(Problem::path)).distinct().toList();
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
	 * Finds control characters and broken surrogate pairs in every name and string of the
	 * report. They are rejected rather than stripped: quotes must match the text
	 * verbatim, and silently changing the text would move every offset after them. Tabs
	 * and line breaks are allowed.
	 */
	static void controlCharacters(String path, JsonNode node, List<Problem> problems) {
		if (node.isString()) {
			String bad = firstControlCharacter(node.asString());
			if (bad != null) {
				problems.add(new Problem(path, bad));
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				controlCharacters(path + "[" + i + "]", node.get(i), problems);
			}
		}
		else if (node.isObject()) {
			for (var property : node.properties()) {
				String name = property.getKey();
				String bad = firstControlCharacter(name);
				if (bad != null) {
					problems.add(new Problem(path, "A property name " + bad));
				}
				controlCharacters(path + "." + name, property.getValue(), problems);
			}
		}
	}

	private static @Nullable String firstControlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (Character.isSurrogate(c)) {
				return "contains half of a surrogate pair at index " + i + "; the text is not valid Unicode";
			}
			boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
			if (control) {
				return "contains the control character U+" + String.format("%04X", (int) c) + " at index " + i
						+ "; remove it (only tabs and line breaks are allowed)";
			}
		}
		return null;
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

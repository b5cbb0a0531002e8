package org.conflictgraph.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReportStreamTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anArrayYieldsEachReportWithItsIndex() {
		List<ReportStream.Item> items = read("[{\"a\": 1}, {\"b\": 2}]", "reports.json", ReportStream.Format.AUTO,
				1000);
		assertThat(items).extracting(ReportStream.Item::origin).containsExactly("reports.json[0]", "reports.json[1]");
		assertThat(new String(items.get(1).json(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
	}

	@Test
	void aSingleObjectIsOneReport() {
		assertThat(read(" {\"a\": 1}\n", "one.json", ReportStream.Format.AUTO, 1000))
			.extracting(ReportStream.Item::origin)
			.containsExactly("one.json");
	}

	@Test
	void ndjsonFailsLineByLine() {
		List<ReportStream.Item> items = read("{\"a\": 1}\r\n\n{ broken\n{\"c\": 3}", "many.ndjson",
				ReportStream.Format.AUTO, 1000);
		assertThat(items).extracting(ReportStream.Item::origin)
			.containsExactly("many.ndjson:1", "many.ndjson:3", "many.ndjson:4");
		// The broken line is handed on as it is: the pipeline reports it as invalid JSON.
		assertThat(new String(items.get(1).json(), StandardCharsets.UTF_8)).isEqualTo("{ broken");
	}

	@Test
	void anOversizedLineIsReportedAndSkipped() {
		List<ReportStream.Item> items = read("{\"a\": \"" + "x".repeat(50) + "\"}\n{\"b\": 1}\n", "big.ndjson",
				ReportStream.Format.NDJSON, 20);
		assertThat(items.get(0).json()).isNull();
		assertThat(items.get(0).problem().message()).contains("more than the limit of 20");
		assertThat(items.get(1).origin()).isEqualTo("big.ndjson:2");
	}

	@Test
	void anOversizedArrayElementIsReported() {
		List<ReportStream.Item> items = read("[{\"a\": \"" + "x".repeat(50) + "\"}, {\"b\": 1}]", "big.json",
				ReportStream.Format.JSON, 20);
		assertThat(items.get(0).problem().message()).contains("more than the limit");
		assertThat(items.get(1).json()).isNotNull();
	}

	@Test
	void aBrokenArrayStopsWhereItBreaks() {
		List<ReportStream.Item> items = read("[{\"a\": 1}, {\"b\": ]", "broken.json", ReportStream.Format.JSON, 1000);
		assertThat(items).hasSize(2);
		assertThat(items.get(1).problem().message()).contains("not valid JSON", "nothing after this point");
	}

	@Test
	void progressCountsWhatWasHandedOutNotWhatWasReadAhead() throws Exception {
		String input = "{\"a\": 1}\n{\"b\": 2}\n";
		try (ReportStream stream = new ReportStream(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				"p.ndjson", ReportStream.Format.AUTO, 1000, json)) {
			stream.next();
			assertThat(stream.bytesRead()).isEqualTo(9);
			stream.next();
			assertThat(stream.bytesRead()).isEqualTo(18);
		}
	}

	@Test
	void contentTypesChooseTheFormat() {
		assertThat(ReportStream.Format.of("application/x-ndjson")).isEqualTo(ReportStream.Format.NDJSON);
		assertThat(ReportStream.Format.of("application/json; charset=utf-8")).isEqualTo(ReportStream.Format.JSON);
		assertThat(ReportStream.Format.of(null)).isEqualTo(ReportStream.Format.AUTO);
	}

	private static List<ReportStream.Item> read(String input, String name, ReportStream.Format format, long max) {
		List<ReportStream.Item> items = new ArrayList<>();
		try (ReportStream stream = new ReportStream(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				name, format, max, json)) {
			stream.forEachRemaining(items::add);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return items;
	}

}

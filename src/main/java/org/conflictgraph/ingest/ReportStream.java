package org.conflictgraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cuts an input of many reports into single reports without holding the whole input in
 * memory: a JSON array of reports, one report object, or NDJSON (one report per line). In
 * NDJSON a broken line fails alone; a broken array or object stops the input there.
 * Reports larger than the limit are reported, not parsed.
 */
final class ReportStream implements Iterator<ReportStream.Item>, Closeable {

	/** How the input is laid out. */
	enum Format {

		/** A JSON array of reports or a single report (or several, one after another). */
		JSON,

		/** One report per line; blank lines are skipped. */
		NDJSON,

		/** NDJSON when the name says so ({@code .ndjson}, {@code .jsonl}), else JSON. */
		AUTO;

		static Format of(@Nullable String contentType) {
			if (contentType == null) {
				return AUTO;
			}
			String type = contentType.toLowerCase(Locale.ROOT);
			if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq")) {
				return NDJSON;
			}
			return type.contains("json") ? JSON : AUTO;
		}

	}

	/**
	 * One report of the input: its JSON, or why it could not be cut out.
	 *
	 * @param origin where it stands, e.g. {@code reports.ndjson:12} or
	 * {@code reports.json[3]}
	 * @param json the report's bytes
	 * @param problem why there are no bytes
	 */
	record Item(String origin, byte @Nullable [] json, @Nullable Problem problem) {
	}

	private final String name;

	private final CountingInputStream counted;

	private final InputStream in;

	private final long maxReportBytes;

	private final JsonMapper mapper;

	/** Reads one value of many: what follows it is the next report, not an error. */
	private final ObjectReader reader;

	private final boolean lines;

	private @Nullable JsonParser parser;

	private boolean array;

	private int index;

	private int line;

	private boolean finished;

	private long consumed;

	private @Nullable Item next;

	ReportStream(InputStream input, String name, Format format, long maxReportBytes, JsonMapper mapper) {
		this.name = name;
		this.counted = new CountingInputStream(input);
		this.in = new BufferedInputStream(this.counted, 64 * 1024);
		this.maxReportBytes = maxReportBytes;
		this.mapper = mapper;
		this.reader = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		String lower = name.toLowerCase(Locale.ROOT);
		this.lines = format == Format.NDJSON
				|| (format == Format.AUTO && (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")));
	}

	/**
	 * Bytes of the input consumed so far, for progress: up to the end of the last report
	 * handed out (reading ahead does not count).
	 */
	long bytesRead() {
		return Math.min(this.consumed, this.counted.count);
	}

	@Override
	public boolean hasNext() {
		if (this.next == null && !this.finished) {
			this.next = this.lines ? nextLine() : nextValue();
			if (this.next == null) {
				this.finished = true;
			}
		}
		return this.next != null;
	}

	@Override
	public Item next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Item item = this.next;
		this.next = null;
		return item;
	}

	private @Nullable Item nextLine() {
		try {
			while (true) {
				ByteArrayOutputStream buffer = new ByteArrayOutputStream();
				boolean tooLarge = false;
				int b;
				long length = 0;
				while ((b = this.in.read()) != -1 && b != '\n') {
					length++;
					this.consumed++;
					if (length <= this.maxReportBytes) {
						buffer.write(b);
					}
					else {
						tooLarge = true;
					}
				}
				if (b == '\n') {
					this.consumed++;
				}
				if (b == -1 && length == 0) {
					return null;
				}
				this.line++;
				String origin = this.name + ":" + this.line;
				if (tooLarge) {
					return new Item(origin, null, tooLarge(length));
				}
				byte[] bytes = buffer.toByteArray();
				if (isBlank(bytes)) {
					continue;
				}
				return new Item(origin, bytes, null);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private @Nullable Item nextValue() {
		String origin = this.name;
		try {
			if (this.parser == null) {
				this.parser = this.mapper.createParser(this.in);
				JsonToken first = this.parser.nextToken();
				if (first == null) {
					return new Item(origin, null, new Problem("$", "The input is empty"));
				}
				this.array = first == JsonToken.START_ARRAY;
				if (this.array) {
					this.parser.nextToken();
				}
			}
			else {
				this.parser.nextToken();
			}
			JsonToken token = this.parser.currentToken();
			if (token == null || (this.array && token == JsonToken.END_ARRAY)) {
				return null;
			}
			origin = this.array ? this.name + "[" + this.index + "]"
					: (this.index == 0) ? this.name : this.name + "#" + (this.index + 1);
			long start = this.parser.currentTokenLocation().getByteOffset();
			JsonNode tree = this.reader.readValue(this.parser);
			long end = this.parser.currentLocation().getByteOffset();
			this.consumed = Math.max(this.consumed, end);
			this.index++;
			if (start >= 0 && end >= 0 && end - start > this.maxReportBytes) {
				return new Item(origin, null, tooLarge(end - start));
			}
			return new Item(origin, this.mapper.writeValueAsBytes(tree), null);
		}
		catch (JacksonException ex) {
			// The rest of the input cannot be found reliably after a syntax error.
			this.finished = true;
			this.consumed = this.counted.count;
			var location = ex.getLocation();
			String where = (location != null)
					? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
			return new Item(origin, null, new Problem("$", "The input is not valid JSON" + where + ": "
					+ ex.getOriginalMessage() + "; nothing after this point was read"));
		}
	}

	private Problem tooLarge(long bytes) {
		return new Problem("$", "The report is " + bytes + " bytes, more than the limit of " + this.maxReportBytes
				+ " (conflictgraph.ingest.max-report-bytes)");
	}

	private static boolean isBlank(byte[] bytes) {
		for (byte b : bytes) {
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		if (this.parser != null) {
			this.parser.close();
		}
		this.in.close();
	}

	/** Counts the bytes that pass, for progress by size. */
	private static final class CountingInputStream extends InputStream {

		private final InputStream in;

		private long count;

		CountingInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b != -1) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}

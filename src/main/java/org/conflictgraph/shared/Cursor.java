package org.conflictgraph.shared;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A position in a sorted list: the sort key of the last row a client saw and its id (the
 * tie-breaker), plus the name of the ordering it belongs to, so a cursor from one sort
 * order is not silently applied to another. Clients see it only as an opaque string; the
 * next page starts strictly after it (keyset pagination), so pages have neither
 * duplicates nor gaps however deep a client goes.
 *
 * @param ordering name of the sort order the cursor was issued for
 * @param key the sort key: a {@link String}, {@link LocalDate}, {@link Long},
 * {@link Double}, or {@code null}
 * @param id the stable id of the row
 */
public record Cursor(String ordering, @Nullable Object key, String id) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** The opaque text form handed to clients. */
	public String encode() {
		String typedKey;
		if (this.key == null) {
			typedKey = "N";
		}
		else if (this.key instanceof String text) {
			typedKey = "S" + text;
		}
		else if (this.key instanceof LocalDate date) {
			typedKey = "D" + date;
		}
		else if (this.key instanceof Long number) {
			typedKey = "L" + number;
		}
		else if (this.key instanceof Double number) {
			typedKey = "F" + number;
		}
		else {
			throw new IllegalArgumentException("Unsupported cursor key " + this.key.getClass().getName());
		}
		String plain = "c1\n" + this.ordering + "\n" + this.id + "\n" + typedKey;
		return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor a client sent back.
	 * @param text the {@code after} argument, or {@code null} for the first page
	 * @param ordering the sort order of the current request
	 * @return the cursor, or {@code null} when {@code text} is {@code null}
	 * @throws InvalidInputException when the text is not a cursor of this API or belongs
	 * to another sort order
	 */
	public static @Nullable Cursor decode(@Nullable String text, String ordering) {
		if (text == null) {
			return null;
		}
		String plain;
		try {
			plain = new String(DECODER.decode(text), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(text);
		}
		String[] parts = plain.split("\n", 4);
		if (parts.length != 4 || !parts[0].equals("c1") || parts[2].isEmpty() || parts[3].isEmpty()) {
			throw malformed(text);
		}
		if (!parts[1].equals(ordering)) {
			throw new InvalidInputException("Cursor '" + text + "' belongs to the sort order " + parts[1] + ", not "
					+ ordering + "; start again without after when you change the order");
		}
		String typed = parts[3];
		String value = typed.substring(1);
		Object key;
		try {
			key = switch (typed.charAt(0)) {
				case 'N' -> null;
				case 'S' -> value;
				case 'D' -> LocalDate.parse(value);
				case 'L' -> Long.parseLong(value);
				case 'F' -> Double.parseDouble(value);
				default -> throw malformed(text);
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw malformed(text);
		}
		return new Cursor(ordering, key, parts[2]);
	}

	private static InvalidInputException malformed(String text) {
		return new InvalidInputException("Malformed cursor '" + text
				+ "': pass the endCursor (or an edge's cursor) of a previous page unchanged");
	}

}

package org.conflictgraph.shared;

import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorTests {

	@Test
	void everyKindOfKeySurvivesTheRoundTrip() {
		for (Object key : new Object[] { "Valley Volunteer Corps\nwith a newline", LocalDate.of(2024, 3, 12), 42L, 2.5,
				null }) {
			Cursor cursor = new Cursor("event:DATE_DESC", key, "event:2024-03-12-x");
			assertThat(Cursor.decode(cursor.encode(), "event:DATE_DESC")).isEqualTo(cursor);
		}
	}

	@Test
	void noCursorIsTheFirstPage() {
		assertThat(Cursor.decode(null, "event:DATE_DESC")).isNull();
	}

	@Test
	void textThatIsNoCursorIsRejected() {
		for (String text : new String[] { "", "***", "bm90IGEgY3Vyc29y", encode("c1\nevent:DATE_DESC\nid"),
				encode("c1\nevent:DATE_DESC\nid\nX1"), encode("c1\nevent:DATE_DESC\nid\nD2024-13-01"),
				encode("c2\nevent:DATE_DESC\nid\nD2024-03-01") }) {
			assertThatExceptionOfType(InvalidInputException.class).as(text)
				.isThrownBy(() -> Cursor.decode(text, "event:DATE_DESC"))
				.withMessageStartingWith("Malformed cursor");
		}
	}

	@Test
	void aCursorOfAnotherSortOrderIsRejected() {
		String cursor = new Cursor("event:DATE_ASC", LocalDate.of(2024, 3, 12), "event:x").encode();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Cursor.decode(cursor, "event:DATE_DESC"))
			.withMessageContaining("belongs to the sort order event:DATE_ASC, not event:DATE_DESC");
	}

	@Test
	void aKeyOfTheWrongTypeIsRejectedWhenBound() {
		Keyset keyset = new Keyset("event:DATE_DESC", "e.date", "e.id", true, LocalDate.class);
		Cursor forged = Cursor.decode(new Cursor("event:DATE_DESC", "2024-03-12", "event:x").encode(),
				"event:DATE_DESC");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> keyset.bind(forged, new java.util.HashMap<>()));
	}

	private static String encode(String plain) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes());
	}

}

package org.conflictgraph.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportTextTests {

	@Test
	void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
		assertThat(CsvWriter.escape("plain")).isEqualTo("plain");
		assertThat(CsvWriter.escape("a, b")).isEqualTo("\"a, b\"");
		assertThat(CsvWriter.escape("say \"thwarted\"")).isEqualTo("\"say \"\"thwarted\"\"\"");
		assertThat(CsvWriter.escape("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(CsvWriter.escape(" padded")).isEqualTo("\" padded\"");
		assertThat(CsvWriter.escape("")).isEmpty();
	}

	@Test
	void xmlTextDropsWhatXmlCannotCarry() {
		assertThat(XmlText.clean("fine \u2013 text")).isEqualTo("fine \u2013 text");
		assertThat(XmlText.clean("bell\u0007 and nul\u0000")).isEqualTo("bell and nul");
		assertThat(XmlText.clean("emoji \uD83D\uDE00")).isEqualTo("emoji \uD83D\uDE00");
		assertThat(XmlText.clean("lone \uD83D surrogate")).isEqualTo("lone  surrogate");
	}

}

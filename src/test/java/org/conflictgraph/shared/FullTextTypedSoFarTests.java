package org.conflictgraph.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link FullText#typedSoFar(String)}: the query behind search suggestions.
 */
class FullTextTypedSoFarTests {

	@Test
	void theLastWordIsAPrefixAndTheOthersAreRequired() {
		assertThat(FullText.typedSoFar("Russian defence min")).isEqualTo("+Russian +defence +min*");
	}

	@Test
	void thePrefixIsLowerCasedAndLosesItsDiacriticsAsTheIndexWouldNotFoldIt() {
		assertThat(FullText.typedSoFar("KRYVÝ")).isEqualTo("+kryvy*");
	}

	@Test
	void thePrefixEndsWhereTheAnalyzerWouldSplitTheWord() {
		assertThat(FullText.typedSoFar("Il-7")).isEqualTo("+il*");
	}

	@Test
	void stopWordsBeforeTheLastAreLeftOut() {
		assertThat(FullText.typedSoFar("Legion of Fr")).isEqualTo("+Legion +fr*");
	}

	@Test
	void querySyntaxStaysEscaped() {
		assertThat(FullText.typedSoFar("title:x (RDK")).isEqualTo("+title\\:x +rdk*");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> FullText.typedSoFar("  "));
	}

}

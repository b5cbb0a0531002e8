package org.conflictgraph.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FullTextTests {

	@Test
	void querySyntaxIsEscaped() {
		assertThat(FullText.words("RDK) OR (\"x\" title:* a~1 [b TO c] \\ /")).containsExactly("RDK\\)", "or",
				"\\(\\\"x\\\"", "title\\:\\*", "a\\~1", "\\[b", "TO", "c\\]", "\\\\", "\\/");
	}

	@Test
	void theRankedQueryPutsThePhraseFirstAndSpellsLongWordsWithinOneEdit() {
		assertThat(FullText.rankedQuery("Nekhoteyevka RDK"))
			.isEqualTo("\"Nekhoteyevka RDK\"^4 OR (Nekhoteyevka RDK)^2 OR (Nekhoteyevka~1)");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> FullText.rankedQuery("  "));
	}

	@Test
	void operatorWordsAreNotOperators() {
		assertThat(FullText.words("AND OR NOT")).containsExactly("and", "or", "not");
	}

	@Test
	void everyWordMustBeginAWordInOneOfTheFields() {
		assertThat(FullText.allWordPrefixes("Free Russia", List.of("name", "aliasText")))
			.isEqualTo("+(name:Free* aliasText:Free*) +(name:Russia* aliasText:Russia*)");
	}

	@Test
	void anyWordInTheNamedFieldsOnly() {
		assertThat(FullText.anyWordIn(FullText.words("Free Russia:"), List.of("name", "aliasText")))
			.isEqualTo("name:(Free Russia\\:) aliasText:(Free Russia\\:)");
	}

	@Test
	void stopWordsAreLeftOutAsTheIndexLeavesThemOut() {
		assertThat(FullText.allWordPrefixes("Freedom for Russia", List.of("name")))
			.isEqualTo("+(name:Freedom*) +(name:Russia*)");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> FullText.allWordPrefixes("the of", List.of("name")));
	}

}

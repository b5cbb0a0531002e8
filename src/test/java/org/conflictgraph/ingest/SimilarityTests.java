package org.conflictgraph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimilarityTests {

	@Test
	void jaroWinklerMatchesTheTextbookValues() {
		assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
		assertThat(Similarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.840, within(0.001));
		assertThat(Similarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
		assertThat(Similarity.jaroWinkler("abc", "xyz")).isZero();
	}

	@Test
	void transliterationVariantsAreTheSameName() {
		assertThat(Similarity.of("Nekhoteevka", "Nekhoteyevka")).isEqualTo(1.0);
		assertThat(Similarity.of("Spodariushino", "Spodaryushino")).isEqualTo(1.0);
	}

	@Test
	void aShortenedNameOfAGroupIsAlike() {
		assertThat(Similarity.of("Free Russia Legion", "Freedom of Russia Legion")).isGreaterThan(0.85);
		assertThat(Similarity.of("Siberian Batalion", "Siberian Battalion")).isGreaterThan(0.95);
		assertThat(Similarity.of("Odnorobivka", "Odnorobovka")).isGreaterThan(0.9);
	}

	@Test
	void namesThatDifferInADistinctiveWordAreNot() {
		assertThat(Similarity.of("Drones intercepted over Moscow on 12 March 2024",
				"Drones intercepted over Kursk region on 12 March 2024"))
			.isLessThan(0.85);
		assertThat(Similarity.of("Russian Volunteer Corps", "Russian Armed Forces")).isLessThan(0.85);
		assertThat(Similarity.of("Kursk Oblast", "Tula Oblast")).isLessThan(0.85);
		assertThat(Similarity.of("Freedom of Russia Legion", "Legion")).isLessThan(0.85);
	}

	@Test
	void genericWordsAreNotDistinctive() {
		assertThat(Similarity.words("Glushkovsky District of Kursk Oblast")).containsExactly("glushkovski", "kursk");
	}

}

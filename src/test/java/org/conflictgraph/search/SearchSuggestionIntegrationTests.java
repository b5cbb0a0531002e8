package org.conflictgraph.search;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code search(prefix: true)}: suggestions for what a person has typed so far, against
 * the seed graph.
 */
@IntegrationTest
class SearchSuggestionIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource({ "Kryv, settlement:kryvyi-rih", "Sib, armed-group:siberian-battalion",
			"RD, armed-group:russian-volunteer-corps", "Nekh, settlement:nekhoteevka",
			"russian defence min, government-body:russian-defence-ministry", "Il-7, aircraft:2024-03-12-ivanovo-il-76",
			"Free Russia Leg, armed-group:freedom-of-russia-legion" })
	void anUnfinishedWordSuggestsTheNamesItBegins(String typed, String expected) {
		assertThat(suggestions(typed, true)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource({ "Kryv", "Sib", "Nekh" })
	void withoutPrefixAnUnfinishedWordFindsNothing(String typed) {
		assertThat(suggestions(typed, false)).isEmpty();
	}

	private List<String> suggestions(String text, boolean prefix) {
		return this.graphQl.documentName("searchSuggestions")
			.variable("text", text)
			.variable("prefix", prefix)
			.execute()
			.path("search[*].entity.id")
			.entityList(String.class)
			.get();
	}

}

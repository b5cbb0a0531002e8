package org.conflictgraph.source;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.conflictgraph.ApiFixture;
import org.conflictgraph.GraphQlTests;
import org.conflictgraph.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictgraph.ApiFixture.ARTICLE;
import static org.conflictgraph.ApiFixture.POST;

@IntegrationTest
@ExtendWith(ApiFixture.class)
class SourceIntegrationTests {

	@Autowired
	HttpGraphQlTester tester;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester);
	}

	@Test
	void aSourceWithItsMetadataAndText() {
		GraphQlTester.Response source = this.graphQl.documentName("sourceDetail").variable("id", ARTICLE).execute();
		source.path("source.kind").entity(String.class).isEqualTo("NEWS_ARTICLE");
		source.path("source.title").entity(String.class).isEqualTo("Raids, drones and a missile strike (fixture)");
		source.path("source.publisher").entity(String.class).isEqualTo("Daily Courier");
		source.path("source.url").entity(String.class).isEqualTo("https://example.org/daily-courier/2031-05-07");
		source.path("source.published").entity(String.class).isEqualTo("2031-05-07");
		source.path("source.language").entity(String.class).isEqualTo("en");
		source.path("source.text")
			.entity(String.class)
			.satisfies((text) -> assertThat(text)
				.startsWith("Fighters of the Valley Volunteer Corps (VVC), a unit of the Northern Armed Forces"));
		GraphQlTester.Response post = this.graphQl.documentName("sourceDetail").variable("id", POST).execute();
		post.path("source.kind").entity(String.class).isEqualTo("SOCIAL_MEDIA_POST");
		post.path("source.publishedBy").valueIsNull();
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyMentionQuotesTheTextAtItsOffsetsInTextOrder() {
		GraphQlTester.Response source = this.graphQl.documentName("sourceDetail")
			.variable("id", ARTICLE)
			.variable("first", 100)
			.execute();
		String text = source.path("source.text").entity(String.class).get();
		List<Map<String, Object>> mentions = source.path("source.mentions").entity(List.class).get();
		assertThat(mentions).hasSizeGreaterThan(40);
		int previous = -1;
		for (Map<String, Object> mention : mentions) {
			int start = (Integer) mention.get("start");
			int end = (Integer) mention.get("end");
			assertThat(text.substring(start, end)).isEqualTo(mention.get("quote"));
			assertThat(start).isGreaterThanOrEqualTo(previous);
			assertThat(((Map<String, Object>) mention.get("source")).get("id")).isEqualTo(ARTICLE);
			previous = start;
		}
		this.graphQl.documentName("sourceDetail")
			.variable("id", ARTICLE)
			.variable("first", 3)
			.execute()
			.path("source.mentions")
			.entityList(Object.class)
			.hasSize(3);
	}

	@Test
	void referencesLeadToTheirSource() {
		this.graphQl
			.document("""
					{ place(id: "%s") { references { note source { id kind title url text } } } }"""
				.formatted(ApiFixture.ZOLOTOEVKA))
			.execute()
			.path("place.references[0].source.id")
			.entity(String.class)
			.isEqualTo("source:test-api-atlas")
			.path("place.references[0].source.kind")
			.entity(String.class)
			.isEqualTo("GAZETTEER")
			.path("place.references[0].note")
			.entity(String.class)
			.isEqualTo("fixture gazetteer")
			.path("place.references[0].source.text")
			.valueIsNull();
	}

	@Test
	void unknownSourceIsNotFound() {
		GraphQlTests.singleError(this.graphQl.documentName("sourceDetail").variable("id", "source:test-api-unknown"),
				ErrorType.NOT_FOUND);
	}

}

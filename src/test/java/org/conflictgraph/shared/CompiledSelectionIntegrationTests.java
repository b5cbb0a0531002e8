package org.conflictgraph.shared;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.conflictgraph.ApiFixture;
import org.conflictgraph.GraphQlTests;
import org.conflictgraph.IntegrationTest;
import org.conflictgraph.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's nested event list and actor profile (src/test/java/.../ApiBenchmark)
 * are each answered by one compiled statement in one read transaction, with the same
 * answer as the batch loaders give; selections with fields the compiler does not know
 * still get the same answer, from the loaders, in the same transaction.
 */
@IntegrationTest
@ExtendWith(ApiFixture.class)
class CompiledSelectionIntegrationTests {

	private static final Map<String, Object> UPPER_OBLAST_2031 = Map.of("region", ApiFixture.UPPER_OBLAST, "from",
			"2031-01-01", "to", "2031-12-31");

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	QueryCounter counter;

	@Autowired
	SelectionCompiler compiler;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void patient() {
		this.graphQl = GraphQlTests.patient(this.tester)
			.mutate()
			.responseTimeout(Duration.ofMinutes(3))
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(3)))
			.build();
	}

	@AfterEach
	void compileAgain() {
		this.compiler.enabled(true);
	}

	@Test
	void theNestedEventListIsOneStatementInOneTransaction() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkEvents")
			.variables(UPPER_OBLAST_2031)
			.execute()
			.path("events.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(1)
			.path("events.edges[*].node.participants[*].actor.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty())
			.path("events.edges[*].node.places[*].place.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty())
			.path("events.edges[*].node.claims[*].claimant.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty())
			.path("events.edges[*].node.evidence[*].source.title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).isNotEmpty());
		assertThat(this.counter.statements()).hasSize(1);
		assertThat(this.counter.transactions()).isEqualTo(1);
	}

	@Test
	void theActorProfileIsOneStatementInOneTransaction() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkActorProfile")
			.variable("id", ApiFixture.VVC)
			.execute()
			.path("actor.evidence[*].source.title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).isNotEmpty())
			.path("actor.claims[*].evidence[*].quote")
			.entityList(String.class)
			.satisfies((quotes) -> assertThat(quotes).isNotEmpty())
			.path("actor.events[*].event.title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).isNotEmpty());
		assertThat(this.counter.statements()).hasSize(1);
		assertThat(this.counter.transactions()).isEqualTo(1);
	}

	@Test
	void theCompiledStatementReadsOnlyTheSelectedProperties() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkEvents").variables(UPPER_OBLAST_2031).execute().path("events").hasValue();
		String cypher = this.counter.statements().get(0);
		assertThat(cypher).contains(".killed", ".injured", ".statement", ".quote")
			.doesNotContain("reportIds", "nameKeys", "aliasText", ".text", ".summary", ".hospitalized", "Qualifier",
					".description");
	}

	@Test
	void theActorProfileStatementIsPinned() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkActorProfile")
			.variable("id", ApiFixture.VVC)
			.execute()
			.path("actor")
			.hasValue();
		assertThat(this.counter.statements()).singleElement().isEqualTo("""
				MATCH (a:Actor {id: $id})
				RETURN a AS a""");
	}

	@Test
	void theNestedEventListStatementIsPinned() {
		this.counter.reset();
		this.graphQl.documentName("benchmarkEvents").variables(UPPER_OBLAST_2031).execute().path("events").hasValue();
		assertThat(this.counter.statements()).singleElement().isEqualTo("""
				x""");
	}

	@Test
	void compiledAnswersAreTheBatchLoadersAnswers() {
		assertSameAnswerBothWays("benchmarkEvents", UPPER_OBLAST_2031, "events");
		assertSameAnswerBothWays("benchmarkActorProfile", Map.of("id", ApiFixture.VVC), "actor");
		assertSameAnswerBothWays("benchmarkActorProfile", Map.of("id", ApiFixture.SOUTHERN_FORCES), "actor");
	}

	@Test
	void selectionsWithFieldsTheCompilerDoesNotKnowGetTheLoadersAnswersInTheSameTransaction() {
		// Both documents select relationship fields nobody compiles (references, partOf,
		// assets, effects, the evidence of relationships, filtered claims...).
		assertSameAnswerBothWays("nestedEvents", Map.of("source", ApiFixture.ARTICLE, "first", 20), "events");
		assertSameAnswerBothWays("actorProfile", Map.of("id", ApiFixture.VVC), "actor");
		this.counter.reset();
		this.graphQl.documentName("nestedEvents")
			.variable("source", ApiFixture.ARTICLE)
			.variable("first", 20)
			.execute()
			.path("events")
			.hasValue();
		assertThat(this.counter.count()).isGreaterThan(1);
		assertThat(this.counter.transactions()).isEqualTo(1);
	}

	private void assertSameAnswerBothWays(String document, Map<String, Object> variables, String root) {
		Object compiled = answer(document, variables, root);
		this.compiler.enabled(false);
		this.counter.reset();
		Object loaded = answer(document, variables, root);
		int loaderStatements = this.counter.count();
		this.compiler.enabled(true);
		assertThat(compiled).as(document).usingRecursiveComparison().isEqualTo(loaded);
		assertThat(loaderStatements).as("statements of %s through the loaders", document).isGreaterThan(1);
	}

	private Object answer(String document, Map<String, Object> variables, String root) {
		List<Object> answer = new java.util.ArrayList<>();
		this.graphQl.documentName(document)
			.variables(variables)
			.execute()
			.path(root)
			.entity(Object.class)
			.satisfies(answer::add);
		return answer.get(0);
	}

}

package org.conflictgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a real HTTP port and its own embedded Neo4j (a fresh directory
 * under {@code target/}, Bolt on a free port). Every class with this annotation shares
 * one application context, so the database starts once per test run: tests that write
 * must use ids of their own and leave the seed graph as they found it. The
 * {@link QueryCounter} counts the Cypher statements the service sends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
@Import(QueryCounter.Registration.class)
public @interface IntegrationTest {

}

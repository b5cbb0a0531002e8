package org.conflictgraph.database;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Starts the in-process Neo4j when {@code spring.neo4j.uri} is absent, blank or
 * {@code embedded}, and points Boot's driver at its Bolt connector. Because the driver
 * depends on the server, Spring closes the driver first and the database after it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
public class EmbeddedNeo4jConfiguration {

	static final String SERVER_BEAN = "embeddedNeo4jServer";

	/**
	 * Starts the server as soon as the bean definitions are known, before the web server
	 * and the other beans are created, so that Neo4j's start (seconds) overlaps with all
	 * of that; unless {@link #earlierStart()} has started it already. A post-processor is
	 * that early; it binds the settings itself because {@code @ConfigurationProperties}
	 * binding is not in place yet.
	 */
	@Bean
	static BeanFactoryPostProcessor embeddedNeo4jEarlyStart(Environment environment) {
		return (beanFactory) -> {
			if (!beanFactory.containsSingleton(SERVER_BEAN)) {
				startInto(beanFactory, environment);
			}
		};
	}

	/**
	 * Starts the server even sooner, when the application context has just been created:
	 * Neo4j's start then also overlaps with the reading of the configuration classes
	 * (about a second of a start on two cores). For the service as {@code main} starts
	 * it; contexts made without this initializer (the tests' shared context, slices) keep
	 * the post-processor's start, which sees the server registered and starts no second
	 * one.
	 */
	public static ApplicationContextInitializer<ConfigurableApplicationContext> earlierStart() {
		return (context) -> {
			ConfigurableEnvironment environment = context.getEnvironment();
			if (EmbeddedDatabaseCondition.embedded(environment)) {
				startInto(context.getBeanFactory(), environment);
			}
		};
	}

	private static void startInto(ConfigurableListableBeanFactory beanFactory, Environment environment) {
		EmbeddedNeo4jProperties properties = Binder.get(environment)
			.bindOrCreate("conflictgraph.embedded", EmbeddedNeo4jProperties.class);
		EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(properties,
				initialData(environment, properties, InitialData::besideJar));
		beanFactory.registerSingleton(SERVER_BEAN, server);
		if (beanFactory instanceof DefaultListableBeanFactory registry) {
			registry.registerDisposableBean(SERVER_BEAN, server::close);
		}
	}

	/**
	 * The configured initial data, otherwise the build's template when this start would
	 * load the same seed the template holds (not in the training run that makes it).
	 */
	static @Nullable Path initialData(Environment environment, EmbeddedNeo4jProperties properties,
			Supplier<@Nullable Path> besideJar) {
		if (properties.initialData() != null) {
			return properties.initialData();
		}
		// Bound rather than read, so that every form Boot accepts counts (indexed lists,
		// environment variables).
		Binder binder = Binder.get(environment);
		boolean defaultSeed = binder.bind("conflictgraph.seed.enabled", Boolean.class).orElse(true)
				&& !binder.bind("conflictgraph.seed.locations", Bindable.listOf(String.class)).isBound();
		boolean trainingRun = binder.bind(TrainingRun.PROPERTY, Boolean.class).orElse(false);
		return (defaultSeed && !trainingRun) ? besideJar.get() : null;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return server.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				// The embedded server listens on loopback only and has authentication
				// off.
				return AuthTokens.none();
			}
		};
	}

}

package org.conflictgraph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the service sends through {@link Neo4jClient}: the real
 * client, wrapped in a proxy that counts every {@code query(...)} call. Tests read the
 * count around one request to show that it does not grow with the rows returned.
 */
public class QueryCounter {

	private final AtomicInteger count = new AtomicInteger();

	public void reset() {
		this.count.set(0);
	}

	public int count() {
		return this.count.get();
	}

	Neo4jClient wrap(Neo4jClient client) {
		return (Neo4jClient) Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(),
				new Class<?>[] { Neo4jClient.class }, (proxy, method, args) -> {
					if (method.getName().equals("query")) {
						this.count.incrementAndGet();
					}
					try {
						return method.invoke(client, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	/** Registers the counter and wraps the client. */
	@Configuration(proxyBeanMethods = false)
	public static class Registration {

		@Bean
		static QueryCounter queryCounter() {
			return new QueryCounter();
		}

		@Bean
		static BeanPostProcessor countingNeo4jClient(
				org.springframework.beans.factory.ObjectProvider<QueryCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof Neo4jClient client) ? counter.getObject().wrap(client) : bean;
				}
			};
		}

	}

}

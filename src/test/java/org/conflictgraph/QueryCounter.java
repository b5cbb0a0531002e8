package org.conflictgraph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the service sends through {@link Neo4jClient}: the real
 * client, wrapped in a proxy that counts every {@code query(...)} call. Tests read the
 * count around one request to show that it does not grow with the rows returned. The
 * driver is wrapped too, to count the transactions (Bolt begin/commit pairs) a request
 * costs.
 */
public class QueryCounter {

	private final AtomicInteger count = new AtomicInteger();

	private final AtomicInteger transactions = new AtomicInteger();

	private final List<String> statements = new CopyOnWriteArrayList<>();

	public void reset() {
		this.count.set(0);
		this.transactions.set(0);
		this.statements.clear();
	}

	/** The Cypher of the statements sent since the last reset, in order. */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	public int count() {
		return this.count.get();
	}

	/**
	 * The transactions begun on the driver since the last reset: explicit ones, managed
	 * ones ({@code executeRead}/{@code executeWrite}) and auto-commit {@code run} calls.
	 */
	public int transactions() {
		return this.transactions.get();
	}

	Driver wrap(Driver driver) {
		return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				(proxy, method, args) -> {
					Object result = invoke(driver, method, args);
					return (result instanceof Session session) ? wrap(session) : result;
				});
	}

	private Session wrap(Session session) {
		return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] { Session.class },
				(proxy, method, args) -> {
					if (TRANSACTIONS.contains(method.getName())) {
						this.transactions.incrementAndGet();
					}
					return invoke(session, method, args);
				});
	}

	private static final Set<String> TRANSACTIONS = Set.of("beginTransaction", "executeRead", "executeWrite",
			"executeWriteWithoutResult", "readTransaction", "writeTransaction", "run");

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	Neo4jClient wrap(Neo4jClient client) {
		return (Neo4jClient) Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(),
				new Class<?>[] { Neo4jClient.class }, (proxy, method, args) -> {
					if (method.getName().equals("query")) {
						this.count.incrementAndGet();
						if (args != null && args.length > 0 && args[0] instanceof String cypher) {
							this.statements.add(cypher);
						}
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
					if (bean instanceof Neo4jClient client) {
						return counter.getObject().wrap(client);
					}
					return (bean instanceof Driver driver) ? counter.getObject().wrap(driver) : bean;
				}
			};
		}

	}

}

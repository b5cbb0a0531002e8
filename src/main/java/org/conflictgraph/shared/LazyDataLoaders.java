package org.conflictgraph.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.stats.Statistics;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * The request's data loaders are made when a field first asks for one, not for every
 * request. Spring GraphQL makes each registered loader (the service has 42) for every
 * request and GraphQL Java then visits each of them at every level to dispatch, which was
 * 7% of the CPU of a request that needs none: a compiled selection, a search, a timeline,
 * {@code __typename}. A request whose fields ask for a loader gets all of them at that
 * moment, as before.
 */
@Configuration(proxyBeanMethods = false)
class LazyDataLoaders {

	/**
	 * Spring GraphQL's registry of batch loaders (Spring Boot's backs off), which
	 * registers them into a {@link Registry} only when it is first used.
	 */
	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		return new DefaultBatchLoaderRegistry() {

			@Override
			public void registerDataLoaders(DataLoaderRegistry registry, GraphQLContext context) {
				if (registry instanceof Registry lazy) {
					lazy.defer((target) -> super.registerDataLoaders(target, context));
				}
				else {
					super.registerDataLoaders(registry, context);
				}
			}

		};
	}

	/** Gives every request's execution a {@link Registry}. */
	@Bean
	WebGraphQlInterceptor lazyDataLoaderRegistry() {
		return new Interceptor();
	}

	static final class Interceptor implements WebGraphQlInterceptor, Ordered {

		@Override
		public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
			request.configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(new Registry()).build());
			return chain.next(request);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	/**
	 * A data loader registry that runs its deferred registrations the first time a loader
	 * is asked for (or listed). Until then it has no loader, so a dispatch has nothing to
	 * do.
	 */
	static final class Registry extends DataLoaderRegistry {

		private @Nullable List<Consumer<DataLoaderRegistry>> deferred;

		private boolean made;

		/** Registers loaders into this registry when one is first needed. */
		synchronized void defer(Consumer<DataLoaderRegistry> registration) {
			if (this.made) {
				registration.accept(this);
				return;
			}
			if (this.deferred == null) {
				this.deferred = new java.util.ArrayList<>(1);
			}
			this.deferred.add(registration);
		}

		/** Whether the loaders have been made. */
		synchronized boolean made() {
			return this.made;
		}

		private synchronized void make() {
			if (this.made) {
				return;
			}
			this.made = true;
			if (this.deferred != null) {
				this.deferred.forEach((registration) -> registration.accept(this));
				this.deferred = null;
			}
		}

		@Override
		public <K, V> @Nullable DataLoader<K, V> getDataLoader(String key) {
			make();
			return super.getDataLoader(key);
		}

		@Override
		public <K, V> DataLoader<K, V> computeIfAbsent(String key, Function<String, DataLoader<?, ?>> mappingFunction) {
			make();
			return super.computeIfAbsent(key, mappingFunction);
		}

		@Override
		public DataLoaderRegistry combine(DataLoaderRegistry registry) {
			make();
			return super.combine(registry);
		}

		@Override
		public List<DataLoader<?, ?>> getDataLoaders() {
			return made() ? super.getDataLoaders() : List.of();
		}

		@Override
		public Map<String, DataLoader<?, ?>> getDataLoadersMap() {
			make();
			return super.getDataLoadersMap();
		}

		@Override
		public DataLoaderRegistry unregister(String key) {
			make();
			return super.unregister(key);
		}

		@Override
		public Set<String> getKeys() {
			make();
			return super.getKeys();
		}

		@Override
		public void dispatchAll() {
			if (made()) {
				super.dispatchAll();
			}
		}

		@Override
		public int dispatchAllWithCount() {
			return made() ? super.dispatchAllWithCount() : 0;
		}

		@Override
		public int dispatchDepth() {
			return made() ? super.dispatchDepth() : 0;
		}

		@Override
		public Statistics getStatistics() {
			make();
			return super.getStatistics();
		}

	}

}

package org.conflictgraph.shared;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/**
 * Looks up a request-scoped data loader registered by name with Spring's
 * {@code BatchLoaderRegistry}.
 */
public final class DataLoaders {

	private DataLoaders() {
	}

	public static <K, V> DataLoader<K, V> get(DataFetchingEnvironment environment, String name) {
		DataLoader<K, V> loader = environment.getDataLoader(name);
		if (loader == null) {
			throw new IllegalStateException("No data loader named " + name);
		}
		return loader;
	}

}

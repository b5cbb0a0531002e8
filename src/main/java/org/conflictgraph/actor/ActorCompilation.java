package org.conflictgraph.actor;

import java.util.List;
import java.util.Map;

import org.conflictgraph.shared.CompiledType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The properties behind the {@code Actor} fields, for compiled selections; never the
 * bookkeeping lists ({@code reportIds}, {@code nameKeys}, {@code aliasText}).
 */
@Configuration(proxyBeanMethods = false)
class ActorCompilation {

	@Bean
	CompiledType<Actor> compiledActor() {
		return CompiledType.of("Actor", Actor.class, List.of("id", "name", CompiledType.LABELS),
				Map.of("id", List.of("id"), "name", List.of("name"), "kind", List.of(CompiledType.LABELS), "aliases",
						List.of("aliases"), "description", List.of("description"), "country", List.of("country")),
				Actor::from);
	}

}

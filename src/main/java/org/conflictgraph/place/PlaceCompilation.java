package org.conflictgraph.place;

import java.util.List;
import java.util.Map;

import org.conflictgraph.shared.CompiledType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The properties behind the {@code Place} fields, for compiled selections. */
@Configuration(proxyBeanMethods = false)
class PlaceCompilation {

	@Bean
	CompiledType<Place> compiledPlace() {
		return CompiledType.of("Place", Place.class, List.of("id", "name", CompiledType.LABELS),
				Map.of("id", List.of("id"), "name", List.of("name"), "kind", List.of(CompiledType.LABELS), "aliases",
						List.of("aliases"), "description", List.of("description"), "location", List.of("location"),
						"locationPrecision", List.of("locationPrecision"), "adminLevel", List.of("adminLevel"),
						"countryCode", List.of("countryCode"), "geonamesId", List.of("geonamesId")),
				Place::from);
	}

}

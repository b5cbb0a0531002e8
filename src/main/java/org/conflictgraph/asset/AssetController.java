package org.conflictgraph.asset;

import java.util.List;
import java.util.Map;

import org.conflictgraph.place.Location;
import org.conflictgraph.place.Place;
import org.conflictgraph.shared.Batches;
import org.conflictgraph.shared.GraphReader;
import org.conflictgraph.shared.NotFoundException;
import org.conflictgraph.source.Provenance;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Asset} type.
 */
@Controller
class AssetController {

	private final GraphReader graph;

	AssetController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	Asset asset(@Argument String id) {
		return this.graph
			.one("MATCH (a:Asset {id: $id}) RETURN " + Asset.projection("a") + " AS a", Map.of("id", id),
					(record) -> Asset.from(record.get("a")))
			.orElseThrow(() -> new NotFoundException("No asset with id '" + id + "'"));
	}

	@BatchMapping(typeName = "Asset")
	Map<Asset, List<Location>> locatedIn(List<Asset> assets) {
		Map<String, List<Location>> found = this.graph.grouped(
				"""
						UNWIND $ids AS id
						MATCH (:Asset {id: id})-[r:LOCATED_IN]->(p:Place)
						RETURN id, %s AS p, r%s AS r ORDER BY id, p.name""".formatted(Place.projection("p"),
						Provenance.PROPERTIES),
				Map.of("ids", Batches.ids(assets, Asset::id)),
				(record) -> new Location(Place.from(record.get("p")), Provenance.from(record.get("r"))));
		return Batches.lists(assets, Asset::id, found);
	}

}

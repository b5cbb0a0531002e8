package org.conflictgraph.explore;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.conflictgraph.ingest.GraphModel;
import org.conflictgraph.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The whitelists of the investigators' tools agree with the model the pipeline writes.
 */
class ExploreVocabularyTests {

	@Test
	void relationshipTypesAreThoseOfTheModel() {
		assertThat(Arrays.stream(RelationshipType.values()).map(Enum::name).collect(Collectors.toSet()))
			.isEqualTo(GraphModel.ALL_RELATIONSHIP_TYPES);
		assertThat(RelationshipType.all()
			.stream()
			.filter(RelationshipType::provenance)
			.map(Enum::name)
			.collect(Collectors.toSet())).isEqualTo(GraphModel.PROVENANCE);
	}

	@Test
	void kindsAndEventTypesAreThoseOfTheModel() {
		for (var kind : GraphModel.KINDS.entrySet()) {
			NodeKind nodeKind = NodeKind.ofLabel(kind.getKey());
			assertThat(nodeKind).isNotNull();
			assertThat(nodeKind.base().label()).isEqualTo(kind.getValue());
		}
		assertThat(Arrays.stream(NodeKind.values()).filter(NodeKind::isBase).map(NodeKind::label))
			.containsExactlyInAnyOrder("Actor", "Place", "Asset", "Event", "Claim", "Source", "Mention");
		assertThat(Set.copyOf(EventTypes.ALL)).isEqualTo(GraphModel.EVENT_TYPES.keySet());
	}

	@Test
	void onlyKnownNamesReachCypher() {
		assertThat(RelationshipType.cypherAlternation(RelationshipType.parse(List.of("CLAIMED_BY", "ABOUT"), Set.of())))
			.isEqualTo("ABOUT|CLAIMED_BY");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> RelationshipType.parse(List.of("ABOUT]->() DETACH DELETE n //"), Set.of()))
			.withMessageContaining("Unknown relationship type");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> RelationshipType.parse(List.of(), Set.of()));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> NodeKind.parse(List.of("Node"), "kinds"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> EventTypes.parse(List.of("battles")));
	}

	@Test
	void kindsPutTheBaseLabelFirstAndDropNode() {
		assertThat(GraphValues.kinds(List.of("ArmedGroup", "Node", "Actor"))).containsExactly("Actor", "ArmedGroup");
	}

}

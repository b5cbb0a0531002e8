package org.conflictgraph.explore;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.conflictgraph.graph.NodeKind;
import org.conflictgraph.graph.RelationshipType;
import org.conflictgraph.graph.Vocabulary;
import org.conflictgraph.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The whitelists of the investigators' tools agree with the model the pipeline writes.
 */
class ExploreVocabularyTests {

	@Test
	void eventTypesAreThoseOfTheModel() {
		assertThat(EventTypes.ALL).containsExactlyElementsOf(Vocabulary.EVENT_TYPES.keySet());
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

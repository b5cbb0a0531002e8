package org.conflictgraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.conflictgraph.graph.KindColours;
import org.conflictgraph.graph.NodeKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gephi gets the explorer's colours: both come from {@link KindColours}, the explorer's
 * through the generated {@code /js/vocabulary.js}; kinds.js keeps no copy.
 */
class KindStyleTests {

	@Test
	void everyKindOfNodeHasAColourOfItsOwn() {
		List<String> colours = Arrays.stream(NodeKind.values()).filter(NodeKind::isLeaf).map(KindColours::of).toList();
		assertThat(colours).doesNotContain(KindColours.UNKNOWN).doesNotHaveDuplicates();
		assertThat(colours).allSatisfy((colour) -> assertThat(colour).matches("#[0-9a-f]{6}"));
	}

	@Test
	void theExplorersKindsScriptHasNoColoursOfItsOwn() throws IOException {
		String kinds = Files.readString(Path.of("src/main/resources/static/js/kinds.js"));
		assertThat(kinds).contains("colour: k.colour");
		Arrays.stream(NodeKind.values())
			.filter(NodeKind::isLeaf)
			.forEach((kind) -> assertThat(kinds).doesNotContain(KindColours.of(kind)));
	}

	@Test
	void gexfColoursAreTheKindColoursSplitIntoRedGreenAndBlue() {
		assertThat(KindColours.of(NodeKind.EVENT)).isEqualTo("#ef8f00");
		assertThat(KindStyle.rgb("Event")).containsExactly(0xef, 0x8f, 0x00);
		assertThat(KindStyle.rgb("ArmedGroup")).containsExactly(0xc6, 0x28, 0x28);
		assertThat(KindStyle.rgb("Unknown")).containsExactly(0x9e, 0x9e, 0x9e);
		assertThat(KindStyle.rgb(null)).containsExactly(0x9e, 0x9e, 0x9e);
	}

}

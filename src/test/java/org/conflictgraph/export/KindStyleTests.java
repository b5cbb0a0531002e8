package org.conflictgraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gephi gets the explorer's colours: the GEXF colours equal the legend in
 * static/js/kinds.js.
 */
class KindStyleTests {

	@Test
	void gexfColoursAreTheExplorersLegendColours() throws IOException {
		String kinds = Files.readString(Path.of("src/main/resources/static/js/kinds.js"));
		Matcher matcher = Pattern.compile("^\\s*(\\w+): \\{[^}]*colour: '(#[0-9a-f]{6})'", Pattern.MULTILINE)
			.matcher(kinds);
		Map<String, String> legend = new HashMap<>();
		while (matcher.find()) {
			legend.put(matcher.group(1), matcher.group(2));
		}
		assertThat(legend).hasSizeGreaterThan(15);
		assertThat(KindStyle.COLOURS).containsExactlyInAnyOrderEntriesOf(legend);
	}

	@Test
	void coloursAreSplitIntoRedGreenAndBlue() {
		assertThat(KindStyle.rgb("Event")).containsExactly(0xef, 0x8f, 0x00);
		assertThat(KindStyle.rgb("Unknown")).containsExactly(0x9e, 0x9e, 0x9e);
	}

}

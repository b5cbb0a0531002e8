package org.conflictgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which facts each sentence of a source gave the graph. A sentence with no fact and no
 * context mark is a sentence the report missed.
 */
final class SentenceCoverage {

	// A sentence ends at . ! or ? (possibly inside closing quotes) followed by a space
	// and
	// a capital or an opening quote; a line break always ends one.
	private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?][”\"’]?(?=\\s+[A-Z“\"])|(?=\\n)|$)");

	private SentenceCoverage() {
	}

	/** The sentences of a text, with their offsets. */
	static List<Sentence> sentences(String text) {
		List<Sentence> sentences = new ArrayList<>();
		Matcher matcher = SENTENCE.matcher(text);
		while (matcher.find()) {
			String sentence = matcher.group().strip();
			if (!sentence.isEmpty()) {
				int start = text.indexOf(sentence, matcher.start());
				sentences.add(new Sentence(start, start + sentence.length(), sentence));
			}
		}
		return sentences;
	}

	/**
	 * Maps each sentence to the facts whose evidence lies inside it.
	 * @param mentions mention spans (start, end) with the ids of the facts they support
	 * @param context spans marked as stating no fact
	 */
	static List<Line> cover(String text, Map<Span, List<String>> mentions, List<Span> context) {
		List<Line> lines = new ArrayList<>();
		for (Sentence sentence : sentences(text)) {
			TreeSet<String> facts = new TreeSet<>();
			mentions.forEach((span, ids) -> {
				if (span.start() < sentence.end() && span.end() > sentence.start()) {
					facts.addAll(ids);
				}
			});
			boolean isContext = context.stream()
				.anyMatch((span) -> span.start() <= sentence.start() && span.end() >= sentence.end());
			lines.add(new Line(sentence, List.copyOf(facts), isContext));
		}
		return lines;
	}

	record Sentence(int start, int end, String text) {
	}

	record Span(int start, int end) {
	}

	/** A sentence and what it gave the graph. */
	record Line(Sentence sentence, List<String> facts, boolean context) {

		boolean covered() {
			return this.context || !this.facts.isEmpty();
		}

	}

}

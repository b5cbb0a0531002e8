package org.conflictgraph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the words of a search occur in a matched text, so a hit can show the matched
 * span. Words are compared the way the {@code standard-folding} analyzer compares them
 * (case and diacritics folded), and words of five letters or more also match a word one
 * edit away, as the fuzzy part of the search query does.
 */
final class TextMatches {

	private TextMatches() {
	}

	static List<TextSpan> spans(String text, List<String> searchWords) {
		List<String> wanted = new ArrayList<>();
		for (String word : searchWords) {
			for (String part : word.split("[^\\p{L}\\p{N}]+")) {
				if (!part.isEmpty()) {
					wanted.add(fold(part));
				}
			}
		}
		List<TextSpan> spans = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			if (!Character.isLetterOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			String token = fold(text.substring(start, i));
			for (String word : wanted) {
				if (token.equals(word) || (word.length() >= 5 && withinOneEdit(token, word))) {
					spans.add(new TextSpan(start, i, text.substring(start, i)));
					break;
				}
			}
		}
		return spans;
	}

	static String fold(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	private static boolean withinOneEdit(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		int j = 0;
		int edits = 0;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (++edits > 1) {
				return false;
			}
			if (a.length() > b.length()) {
				i++;
			}
			else if (a.length() < b.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return edits + (a.length() - i) + (b.length() - j) <= 1;
	}

}

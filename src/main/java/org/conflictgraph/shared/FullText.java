package org.conflictgraph.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text a person typed into a Lucene query for Neo4j's full-text indexes. The text
 * is still passed as a Cypher parameter; this only keeps Lucene from reading {@code AND},
 * {@code -}, {@code "} or {@code :} in a name as query syntax.
 */
public final class FullText {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	/**
	 * The English stop words the {@code standard-folding} analyzer leaves out of the
	 * index: a prefix query for one of them could never match.
	 */
	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
			"if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
			"there", "these", "they", "this", "to", "was", "will", "with");

	/**
	 * The properties of the {@code entity_search} index that hold names and aliases, as
	 * opposed to event titles.
	 */
	public static final List<String> NAME_FIELDS = List.of("name", "aliasText");

	private FullText() {
	}

	/** The words of {@code text}, each with Lucene's special characters escaped. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.trim().split("\\s+")) {
			if (!word.isEmpty()) {
				String escaped = escape(word);
				// A word that is only an operator keyword would be read as one.
				if (escaped.equals("AND") || escaped.equals("OR") || escaped.equals("NOT")) {
					escaped = escaped.toLowerCase();
				}
				words.add(escaped);
			}
		}
		return words;
	}

	/** Escapes every character Lucene's query parser treats as syntax. */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	/**
	 * A query for what a person has typed so far: every word of {@code text} must occur,
	 * the last one as the beginning of a word ({@code Kryv} matches Kryvyi Rih). Prefix
	 * terms bypass the index's analyzer, so the last word is lower-cased and stripped of
	 * diacritics here; it starts at its first letter or digit and ends before the next
	 * character the analyzer splits words on (such as the hyphen of Il-76).
	 * @throws InvalidInputException when the text has no words
	 */
	public static String typedSoFar(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			throw new InvalidInputException("Search text needs at least one word");
		}
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < words.size() - 1; i++) {
			if (!STOP_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
				query.append('+').append(words.get(i)).append(' ');
			}
		}
		String[] typed = text.trim().split("\\s+");
		String last = Normalizer.normalize(typed[typed.length - 1], Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		int start = 0;
		while (start < last.length() && !Character.isLetterOrDigit(last.charAt(start))) {
			start++;
		}
		int end = start;
		while (end < last.length() && Character.isLetterOrDigit(last.charAt(end))) {
			end++;
		}
		if (end > start) {
			query.append('+').append(escape(last.substring(start, end))).append('*');
		}
		else if (query.isEmpty()) {
			query.append(words.get(words.size() - 1));
		}
		return query.toString().trim();
	}

	/**
	 * A query that requires every word of {@code text} to start a word in one of the
	 * given fields (case and diacritics ignored by the index's analyzer). Stop words are
	 * left out, as the index leaves them out.
	 * @throws InvalidInputException when the text has no words
	 */
	public static String allWordPrefixes(String text, List<String> fields) {
		List<String> words = words(text).stream().filter((word) -> !STOP_WORDS.contains(word.toLowerCase())).toList();
		if (words.isEmpty()) {
			throw new InvalidInputException("A name filter needs at least one word");
		}
		StringBuilder query = new StringBuilder();
		for (String word : words) {
			query.append(query.isEmpty() ? "+(" : " +(");
			for (int i = 0; i < fields.size(); i++) {
				query.append(i == 0 ? "" : " ").append(fields.get(i)).append(':').append(word).append('*');
			}
			query.append(')');
		}
		return query.toString();
	}

	/**
	 * A query for documents with any of the words (escaped, as {@link #words} gives them)
	 * in one of the given fields. Naming the fields keeps other properties of the index
	 * out: an event title that repeats a name must not take a place among the best hits
	 * meant for names.
	 */
	public static String anyWordIn(Collection<String> words, List<String> fields) {
		String group = "(" + String.join(" ", words) + ")";
		StringBuilder query = new StringBuilder();
		for (String field : fields) {
			query.append(query.isEmpty() ? "" : " ").append(field).append(':').append(group);
		}
		return query.toString();
	}

	/**
	 * The Lucene query of a person's search text: the exact phrase ranks highest, then
	 * the words, then words of five letters or more spelled within one edit
	 * (transliteration variants such as Nekhoteyevka and Nekhoteevka).
	 * @throws InvalidInputException when the text has no word
	 */
	public static String rankedQuery(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			throw new InvalidInputException("Search text needs at least one word");
		}
		List<String> fuzzy = new ArrayList<>();
		for (String word : words) {
			if (word.length() >= 5) {
				fuzzy.add(word + "~1");
			}
		}
		return "\"" + String.join(" ", words) + "\"^4 OR (" + String.join(" ", words) + ")^2"
				+ (fuzzy.isEmpty() ? "" : " OR (" + String.join(" ", fuzzy) + ")");
	}

}

package org.conflictgraph.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name keys for entity resolution: two spellings of one name get the same key. Case,
 * diacritics, punctuation and spacing are dropped, and the common variants of Cyrillic
 * transliteration are folded (Nekhoteevka / Nekhoteyevka, Spodariushino / Spodaryushino).
 */
public final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

	// Order matters: longer variants first.
	private static final String[][] FOLDS = { { "yevka", "evka" }, { "iy", "i" }, { "yy", "y" }, { "ye", "e" },
			{ "yu", "iu" }, { "ya", "ia" }, { "yo", "io" }, { "kh", "h" }, { "zh", "j" }, { "tz", "ts" }, { "ii", "i" },
			{ "y", "i" }, { "ck", "k" }, { "w", "v" }, { "ff", "f" } };

	private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "on", "in");

	private Names() {
	}

	/** The key of one name; empty when the name has no letters or digits. */
	public static String key(String name) {
		String text = Normalizer.normalize(name, Normalizer.Form.NFKD);
		text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
		text = text.replace("'", "").replace("’", "").replace("ʼ", "");
		text = NON_ALNUM.matcher(text).replaceAll("");
		for (String[] fold : FOLDS) {
			text = text.replace(fold[0], fold[1]);
		}
		return text;
	}

	/** The keys of a name and its aliases, without blanks and duplicates. */
	public static Set<String> keys(String name, Collection<String> aliases) {
		Set<String> keys = new LinkedHashSet<>();
		addKey(keys, name);
		aliases.forEach((alias) -> addKey(keys, alias));
		return keys;
	}

	/**
	 * The word-order keys of a name and its aliases: the key of the name's words in
	 * alphabetical order, small words such as "of" and "the" left out, so that "Ministry
	 * of Defence" and "Defence Ministry" share one. Only for names of two words or more.
	 */
	public static Set<String> wordOrderKeys(String name, Collection<String> aliases) {
		Set<String> keys = new LinkedHashSet<>();
		addWordOrderKey(keys, name);
		aliases.forEach((alias) -> addWordOrderKey(keys, alias));
		return keys;
	}

	/** The keys a node stores: those of its names and their word-order keys. */
	public static Set<String> allKeys(String name, Collection<String> aliases) {
		Set<String> keys = keys(name, aliases);
		keys.addAll(wordOrderKeys(name, aliases));
		return keys;
	}

	/**
	 * The keys to look a name up by, in order of preference: its own key, then its
	 * word-order key.
	 */
	public static List<String> lookupKeys(String name) {
		List<String> keys = new ArrayList<>();
		String key = key(name);
		if (!key.isEmpty()) {
			keys.add(key);
		}
		Set<String> wordOrder = new LinkedHashSet<>();
		addWordOrderKey(wordOrder, name);
		wordOrder.stream().filter((k) -> !keys.contains(k)).forEach(keys::add);
		return keys;
	}

	private static void addWordOrderKey(Set<String> keys, String name) {
		String text = Normalizer.normalize(name, Normalizer.Form.NFKD);
		text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
		List<String> words = new ArrayList<>();
		for (String word : NON_ALNUM.split(text)) {
			if (!word.isEmpty() && !SMALL_WORDS.contains(word)) {
				words.add(word);
			}
		}
		if (words.size() < 2) {
			return;
		}
		Collections.sort(words);
		String key = key(String.join(" ", words));
		if (!key.isEmpty()) {
			keys.add(key);
		}
	}

	private static void addKey(Set<String> keys, String name) {
		String key = key(name);
		if (!key.isEmpty()) {
			keys.add(key);
		}
	}

}

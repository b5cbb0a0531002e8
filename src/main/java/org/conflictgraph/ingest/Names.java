package org.conflictgraph.ingest;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
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

	private static void addKey(Set<String> keys, String name) {
		String key = key(name);
		if (!key.isEmpty()) {
			keys.add(key);
		}
	}

}

package org.conflictgraph.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two names are, from 0 to 1, after the normalisation of entity resolution
 * ({@link Names#key}: case, diacritics, punctuation, transliteration variants).
 * <ul>
 * <li>1.0 when the keys are equal (Nekhoteevka / Nekhoteyevka).</li>
 * <li>Otherwise 0.7 times the weakest match among the distinctive words plus 0.3 times
 * the Jaro-Winkler similarity of the whole keys. Every word of one name must find a
 * similar word (Jaro-Winkler) in the other, so "Drones over Moscow" and "Drones over
 * Kursk" stay apart although most of their letters agree, while "Legion of Free Russia"
 * and "Free Russia Legion" match despite the order. Filler words ("of", "the") and
 * generic words ("oblast", "region", "district") are not distinctive.</li>
 * </ul>
 */
public final class Similarity {

	/** Words that say nothing about which entity a name means. */
	static final Set<String> GENERIC = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "de",
			"la", "le", "al", "el", "oblast", "oblasti", "region", "district", "raion", "rayon", "province", "city",
			"town", "village", "settlement", "municipality", "krai", "kray", "republic");

	/** The weight of the word measure; the whole keys weigh the rest. */
	static final double WORDS = 0.7;

	private Similarity() {
	}

	/** The similarity of two names. */
	public static double of(String first, String second) {
		String a = Names.key(first);
		String b = Names.key(second);
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (a.equals(b)) {
			return 1;
		}
		return WORDS * words(words(first), words(second)) + (1 - WORDS) * jaroWinkler(a, b);
	}

	/** The weakest best match of any distinctive word of either name in the other. */
	static double words(List<String> first, List<String> second) {
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		return Math.min(weakest(first, second), weakest(second, first));
	}

	private static double weakest(List<String> words, List<String> other) {
		double weakest = 1;
		for (String word : words) {
			double best = 0;
			for (String candidate : other) {
				best = Math.max(best, jaroWinkler(word, candidate));
			}
			weakest = Math.min(weakest, best);
		}
		return weakest;
	}

	/** The distinctive words of a name, each normalised like a key. */
	public static List<String> words(String name) {
		String text = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		for (String word : text.split("[^\\p{L}\\p{N}'’ʼ]+")) {
			String key = Names.key(word);
			if (!key.isEmpty() && !GENERIC.contains(word.replaceAll("\\p{M}", "")) && !GENERIC.contains(key)) {
				words.add(key);
			}
		}
		return words;
	}

	/** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4 characters). */
	static double jaroWinkler(String a, String b) {
		double jaro = jaro(a, b);
		int prefix = 0;
		for (int i = 0; i < Math.min(4, Math.min(a.length(), b.length())); i++) {
			if (a.charAt(i) != b.charAt(i)) {
				break;
			}
			prefix++;
		}
		return jaro + prefix * 0.1 * (1 - jaro);
	}

	static double jaro(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
		boolean[] matchedA = new boolean[a.length()];
		boolean[] matchedB = new boolean[b.length()];
		int matches = 0;
		for (int i = 0; i < a.length(); i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(b.length() - 1, i + window);
			for (int j = from; j <= to; j++) {
				if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
					matchedA[i] = true;
					matchedB[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		int transpositions = 0;
		int k = 0;
		for (int i = 0; i < a.length(); i++) {
			if (matchedA[i]) {
				while (!matchedB[k]) {
					k++;
				}
				if (a.charAt(i) != b.charAt(k)) {
					transpositions++;
				}
				k++;
			}
		}
		double m = matches;
		return (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
	}

}

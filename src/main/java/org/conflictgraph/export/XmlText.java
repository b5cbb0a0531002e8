package org.conflictgraph.export;

/**
 * Text that XML 1.0 can carry: characters it forbids (control characters, lone
 * surrogates) are dropped.
 */
final class XmlText {

	private XmlText() {
	}

	static String clean(String text) {
		StringBuilder result = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD)
					|| (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1)))
					|| (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
			if (!allowed && result == null) {
				result = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && result != null) {
				result.append(c);
			}
		}
		return (result != null) ? result.toString() : text;
	}

}

package org.conflictgraph.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.springframework.stereotype.Component;

/**
 * Sentences, tokens and universal part-of-speech tags from the Apache OpenNLP English
 * models (UD English-EWT) on the class path. The models load once, on first use; the
 * model objects are thread-safe, the ME wrappers are made per call.
 */
@Component
public class Nlp {

	private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

	private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

	private static final String TAGS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	private volatile Models models;

	/** A token with its offsets in the whole text and its universal POS tag. */
	public record Token(String text, int start, int end, String tag) {

		boolean is(String word) {
			return this.text.equalsIgnoreCase(word);
		}

		boolean capitalised() {
			return !this.text.isEmpty() && Character.isUpperCase(this.text.codePointAt(0));
		}

		boolean number() {
			return this.tag.equals("NUM") || Character.isDigit(this.text.charAt(0));
		}

	}

	/** A sentence: its span in the whole text and its tokens. */
	public record Sentence(int index, int start, int end, List<Token> tokens, boolean heading) {

		String text(String all) {
			return all.substring(this.start, this.end);
		}

	}

	/**
	 * Splits the text into lines, each line into sentences and tokens, and tags them. A
	 * short line without closing punctuation is marked as a heading.
	 */
	public List<Sentence> analyse(String text) {
		Models loaded = models();
		SentenceDetectorME sentences = new SentenceDetectorME(loaded.sentences);
		TokenizerME tokenizer = new TokenizerME(loaded.tokens);
		POSTaggerME tagger = new POSTaggerME(loaded.tags);
		List<Sentence> result = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			if (!line.isBlank()) {
				boolean heading = isHeading(line);
				for (Span span : heading ? new Span[] { trimmed(line) } : sentences.sentPosDetect(line)) {
					int start = lineStart + span.getStart();
					String sentence = text.substring(start, lineStart + span.getEnd());
					List<Token> tokens = tokens(tokenizer, tagger, sentence, start);
					if (!tokens.isEmpty()) {
						result.add(new Sentence(result.size(), start, lineStart + span.getEnd(), tokens, heading));
					}
				}
			}
			lineStart = lineEnd + 1;
		}
		return result;
	}

	private static boolean isHeading(String line) {
		String trimmed = line.strip();
		char last = trimmed.charAt(trimmed.length() - 1);
		return trimmed.split("\\s+").length <= 8 && ".!?:;”\"’'".indexOf(last) < 0;
	}

	private static Span trimmed(String line) {
		int start = 0;
		int end = line.length();
		while (start < end && Character.isWhitespace(line.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
			end--;
		}
		return new Span(start, end);
	}

	private static List<Token> tokens(TokenizerME tokenizer, POSTaggerME tagger, String sentence, int offset) {
		List<int[]> spans = new ArrayList<>();
		for (Span span : tokenizer.tokenizePos(sentence)) {
			split(sentence, span.getStart(), span.getEnd(), spans);
		}
		String[] words = new String[spans.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
		}
		String[] tags = tagger.tag(words);
		List<Token> tokens = new ArrayList<>(words.length);
		for (int i = 0; i < words.length; i++) {
			tokens.add(new Token(words[i], offset + spans.get(i)[0], offset + spans.get(i)[1], tags[i]));
		}
		return tokens;
	}

	// The tokenizer keeps "Russia’s", "“Ukrainian" and "thwarted.”" whole; the rules need
	// the possessive and the quotation marks apart.
	private static void split(String sentence, int start, int end, List<int[]> spans) {
		while (start < end && "“”\"(".indexOf(sentence.charAt(start)) >= 0 && end - start > 1) {
			spans.add(new int[] { start, start + 1 });
			start++;
		}
		List<int[]> tail = new ArrayList<>();
		while (end - start > 1 && "“”\".,:;)".indexOf(sentence.charAt(end - 1)) >= 0) {
			tail.add(0, new int[] { end - 1, end });
			end--;
		}
		String word = sentence.substring(start, end);
		if (word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"))) {
			spans.add(new int[] { start, end - 2 });
			spans.add(new int[] { end - 2, end });
		}
		else if (word.length() > 3 && (word.startsWith("we’") || word.startsWith("it’"))) {
			int apostrophe = word.indexOf('’');
			spans.add(new int[] { start, start + apostrophe });
			spans.add(new int[] { start + apostrophe, end });
		}
		else if (end > start) {
			spans.add(new int[] { start, end });
		}
		spans.addAll(tail);
	}

	private Models models() {
		Models loaded = this.models;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.models;
				if (loaded == null) {
					try (InputStream sentences = open(SENTENCES);
							InputStream tokens = open(TOKENS);
							InputStream tags = open(TAGS)) {
						loaded = new Models(new SentenceModel(sentences), new TokenizerModel(tokens),
								new POSModel(tags));
					}
					catch (IOException ex) {
						throw new UncheckedIOException("Cannot read the OpenNLP models", ex);
					}
					this.models = loaded;
				}
			}
		}
		return loaded;
	}

	private static InputStream open(String name) {
		InputStream in = Nlp.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("The OpenNLP model " + name + " is not on the class path");
		}
		return in;
	}

	private record Models(SentenceModel sentences, TokenizerModel tokens, POSModel tags) {
	}

}

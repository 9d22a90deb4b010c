package org.nextsteps.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Flesch-Kincaid grade of patient text, computed the same way everywhere in the project
 * so a grade checked in a test is the grade an editor sees. Markdown markup and HTML tags
 * are removed first; the syllable count is the usual heuristic (good enough to flag hard
 * text, not a dictionary count). {@link SpanishReadability} reads text into sentences and
 * words the same way ({@link #wordsBySentence}).
 */
public final class Readability {

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

	private static final Pattern MARKUP = Pattern.compile("[*_`#]");

	/** A tag that starts a new block (paragraph, line, list item, heading, cell). */
	private static final Pattern HTML_BLOCK = Pattern
		.compile("(?i)</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote)(?:\\s[^>]*)?/?>");

	private static final Pattern HTML_INLINE = Pattern.compile("<[A-Za-z/!][^>]*>|&(?:[A-Za-z]+|#[0-9]+);");

	private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:-|\\d+\\.)\\s+");

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?:\\s+|$)");

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern SILENT_SUFFIX = Pattern.compile("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

	private Readability() {
	}

	/** The plain-language limit of docs/content.md: grade 8. */
	public static final double MAX_GRADE = 8.0;

	/**
	 * Below this many words a grade says little (a title, a short label), so field checks
	 * leave such texts alone.
	 */
	public static final int MIN_WORDS = 8;

	/** The number of words in the text, counted as {@link #grade} counts them. */
	public static int words(@Nullable String text) {
		if (text == null) {
			return 0;
		}
		Matcher word = WORD.matcher(plain(text));
		int count = 0;
		while (word.find()) {
			count++;
		}
		return count;
	}

	/** The Flesch-Kincaid grade level of the text; 0 for text without words. */
	public static double grade(@Nullable String text) {
		Counts counts = count(text);
		if (counts.words() == 0) {
			return 0;
		}
		return 0.39 * counts.words() / counts.sentences() + 11.8 * counts.syllables() / counts.words() - 15.59;
	}

	/**
	 * The SMOG grade of the text (McLaughlin 1969): 1.043 x the square root of the words
	 * of three or more syllables per 30 sentences, plus 3.1291; 0 for text without words.
	 * On health leaflets it reads about three grades above Flesch-Kincaid, so the two are
	 * reported together.
	 */
	public static double smog(@Nullable String text) {
		Counts counts = count(text);
		if (counts.sentences() == 0) {
			return 0;
		}
		return 1.043 * Math.sqrt(counts.polysyllables() * 30.0 / counts.sentences()) + 3.1291;
	}

	/**
	 * What both grades count: sentences, words, syllables, words of 3 syllables or more.
	 */
	private record Counts(int sentences, int words, int syllables, int polysyllables) {
	}

	private static Counts count(@Nullable String text) {
		List<List<String>> sentences = wordsBySentence(text, WORD);
		int words = 0;
		int syllables = 0;
		int polysyllables = 0;
		for (List<String> sentence : sentences) {
			for (String word : sentence) {
				words++;
				int inWord = syllables(word);
				syllables += inWord;
				if (inWord >= 3) {
					polysyllables++;
				}
			}
		}
		return new Counts(sentences.size(), words, syllables, polysyllables);
	}

	/**
	 * The text as a reader sees it: a Markdown link as its text, no emphasis, heading or
	 * code marks, no HTML tags or entities; a block tag (p, br, div, li, a heading, a
	 * table cell) ends the line.
	 */
	static String plain(String text) {
		String untagged = HTML_INLINE.matcher(HTML_BLOCK.matcher(text).replaceAll("\n")).replaceAll(" ");
		return MARKUP.matcher(LINK.matcher(untagged).replaceAll("$1")).replaceAll("");
	}

	/**
	 * The words of each sentence of the {@link #plain} text, sentences without a word
	 * left out: every line and every run of {@code .}, {@code !} or {@code ?} followed by
	 * a space ends a sentence, and a list marker ({@code -}, {@code 1.}) at the start of
	 * a line is no word. Both languages count this way; each brings its own word pattern.
	 */
	static List<List<String>> wordsBySentence(@Nullable String text, Pattern word) {
		List<List<String>> sentences = new ArrayList<>();
		if (text == null) {
			return sentences;
		}
		for (String line : LINE_BREAK.split(plain(text), -1)) {
			for (String sentence : SENTENCE_END.split(LIST_MARKER.matcher(line).replaceFirst(""), -1)) {
				List<String> words = new ArrayList<>();
				Matcher found = word.matcher(sentence);
				while (found.find()) {
					words.add(found.group());
				}
				if (!words.isEmpty()) {
					sentences.add(words);
				}
			}
		}
		return sentences;
	}

	private static int syllables(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		if (DIGITS.matcher(w).matches() || w.length() <= 3) {
			return 1;
		}
		w = SILENT_SUFFIX.matcher(w).replaceFirst("");
		if (w.startsWith("y")) {
			w = w.substring(1);
		}
		Matcher vowels = VOWEL_GROUP.matcher(w);
		int count = 0;
		while (vowels.find()) {
			count++;
		}
		return Math.max(1, count);
	}

}

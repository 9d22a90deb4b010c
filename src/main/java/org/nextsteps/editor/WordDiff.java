package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which words of a field changed (issue 16: diffs highlight the changed text): the words
 * only the old text has and those only the new one has, by the longest common run of
 * words. Pages call it as {@code @wordDiff}.
 */
@Component("wordDiff")
public class WordDiff {

	/** Beyond this many word pairs, the whole texts are marked (a page stays quick). */
	static final int MAX_CELLS = 2_000_000;

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	/** A run of text, changed or kept. */
	public record Segment(String text, boolean changed) {
	}

	/** The old text and the new one, each as runs. */
	public record Marked(List<Segment> before, List<Segment> after) {
	}

	public Marked of(@Nullable String before, @Nullable String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		if ((long) a.size() * b.size() > MAX_CELLS) {
			return new Marked(whole(before), whole(after));
		}
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		Runs left = new Runs();
		Runs right = new Runs();
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				left.add(a.get(i++), false);
				right.add(b.get(j++), false);
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				left.add(a.get(i++), true);
			}
			else {
				right.add(b.get(j++), true);
			}
		}
		while (i < a.size()) {
			left.add(a.get(i++), true);
		}
		while (j < b.size()) {
			right.add(b.get(j++), true);
		}
		return new Marked(left.segments, right.segments);
	}

	private static List<Segment> whole(@Nullable String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, true));
	}

	private static List<String> tokens(@Nullable String text) {
		List<String> tokens = new ArrayList<>();
		if (text != null) {
			Matcher m = TOKEN.matcher(text);
			while (m.find()) {
				tokens.add(m.group());
			}
		}
		return tokens;
	}

	/**
	 * Runs joined as they are added; white space between two changed words counts as
	 * changed, so a changed phrase is one mark.
	 */
	private static final class Runs {

		private final List<Segment> segments = new ArrayList<>();

		void add(String token, boolean changed) {
			boolean space = token.isBlank();
			if (!segments.isEmpty()) {
				Segment last = segments.get(segments.size() - 1);
				if (last.changed() == changed || (space && last.changed())) {
					segments.set(segments.size() - 1, new Segment(last.text() + token, last.changed()));
					return;
				}
			}
			segments.add(new Segment(token, changed));
		}

	}

}

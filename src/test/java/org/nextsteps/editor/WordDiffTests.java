package org.nextsteps.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: a diff marks the words that changed, not the whole field. */
class WordDiffTests {

	final WordDiff diff = new WordDiff();

	@Test
	void onlyTheChangedWordsAreMarked() {
		WordDiff.Marked m = diff.of("Exercises with a therapist to make your back stronger.",
				"Exercises with a coach to make your back and legs stronger.");
		assertThat(m.before()).containsExactly(new WordDiff.Segment("Exercises with a ", false),
				new WordDiff.Segment("therapist ", true), new WordDiff.Segment("to make your back stronger.", false));
		assertThat(m.after()).containsExactly(new WordDiff.Segment("Exercises with a ", false),
				new WordDiff.Segment("coach ", true), new WordDiff.Segment("to make your back ", false),
				new WordDiff.Segment("and legs ", true), new WordDiff.Segment("stronger.", false));
	}

	@Test
	void anAddedOrRemovedTextIsMarkedWhole() {
		assertThat(diff.of(null, "New text").after()).containsExactly(new WordDiff.Segment("New text", true));
		assertThat(diff.of("Old text", null).before()).containsExactly(new WordDiff.Segment("Old text", true));
		assertThat(diff.of("Same", "Same").after()).containsExactly(new WordDiff.Segment("Same", false));
		String big = "word ".repeat(3_000);
		assertThat(diff.of(big, big + "more").after()).singleElement().satisfies(s -> assertThat(s.changed()).isTrue());
	}

}

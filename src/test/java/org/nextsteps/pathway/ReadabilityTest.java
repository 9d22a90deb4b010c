package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nextsteps.content.Readability;

/**
 * The shared readability formula (org.nextsteps.content), tested here where the seed
 * reasons depend on it.
 */
class ReadabilityTest {

	@Test
	void knownSentences() {
		// 6 words, 1 sentence, 6 syllables: 0.39 * 6 + 11.8 * 1 - 15.59
		assertThat(Readability.grade("The cat sat on the mat.")).isCloseTo(-1.45, within(1e-9));
		// 14 words, 2 sentences, 22 syllables (people 2, takes 1, practice 2)
		assertThat(Readability
			.grade("Physical therapy helps most people with back pain. It takes weeks of regular practice."))
			.isCloseTo(0.39 * 14 / 2 + 11.8 * 22 / 14 - 15.59, within(1e-9));
		assertThat(Readability
			.grade("Physical therapy helps most people with back pain. It takes weeks of regular practice."))
			.isCloseTo(5.683, within(0.001));
	}

	@Test
	void markdownIsStrippedAndLinesAndListMarkersSplitSentences() {
		// "Physical therapy helps" / "See the guide now" / "Rest well": 9 words, 3
		// sentences, 13 syllables
		assertThat(Readability.grade("**Physical therapy** helps. See [the guide](https://x.y/z) now!\n- Rest well"))
			.isCloseTo(0.39 * 9 / 3 + 11.8 * 13 / 9 - 15.59, within(1e-9));
		// list numbers are markers, not words; empty lines and runs of dots are no
		// sentences
		assertThat(Readability.grade("1. Stop.\n\n2. Go on... Then wait?")).isCloseTo(0.39 * 5 / 3 + 11.8 - 15.59,
				within(1e-9));
	}

	@Test
	void htmlTagsAndEntitiesAreNoWordsAndBlockTagsEndLines() {
		assertThat(Readability.grade("<p>Physical <b>therapy</b> helps</p><p>See the guide&nbsp;now!</p>Rest well"))
			.isCloseTo(0.39 * 9 / 3 + 11.8 * 13 / 9 - 15.59, within(1e-9));
		assertThat(Readability.words("<p>Physical <b>therapy</b> helps</p>")).isEqualTo(3);
	}

	@Test
	void textWithoutWordsIsGradeZero() {
		assertThat(Readability.grade("")).isZero();
		assertThat(Readability.grade("... !!")).isZero();
		assertThat(Readability.grade(null)).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "therapy,3", "injection,3", "make,1", "tired,1", "yellow,2", "2024,1", "cat,1", "radiofrequency,5",
			"physical,3", "doesn't,1" })
	void syllables(String word, int count) {
		// one word, one sentence: the grade reveals the syllable count
		assertThat(Readability.grade(word)).isCloseTo(0.39 + 11.8 * count - 15.59, within(1e-9));
	}

	/**
	 * SMOG (issue 13): 3.1291 with no word of three syllables or more; 1.043 x the square
	 * root of 30, plus 3.1291, with one such word in each of 30 sentences.
	 */
	@Test
	void smogCountsTheLongWordsPerThirtySentences() {
		assertThat(Readability.smog("The cat sat on the mat. ".repeat(30))).isCloseTo(3.1291, within(0.001));
		assertThat(Readability.smog("The cat sat on the mat tomorrow. ".repeat(30)))
			.isCloseTo(1.043 * Math.sqrt(30) + 3.1291, within(0.001));
		assertThat(Readability.smog("")).isZero();
		assertThat(Readability.smog(null)).isZero();
	}

}

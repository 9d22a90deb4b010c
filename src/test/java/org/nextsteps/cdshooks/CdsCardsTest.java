package org.nextsteps.cdshooks;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nextsteps.pathway.Disposition;

import static org.assertj.core.api.Assertions.assertThat;

/** The card's rules that need no running app. */
class CdsCardsTest {

	@Test
	void theIndicatorIsNeverSofterThanTheDisposition() {
		assertThat(CdsCards.indicator(Disposition.EMERGENCY.code())).isEqualTo("critical");
		assertThat(CdsCards.indicator(Disposition.URGENT.code())).isEqualTo("warning");
		assertThat(CdsCards.indicator(Disposition.SOON.code())).isEqualTo("warning");
		assertThat(CdsCards.indicator(Disposition.ROUTINE.code())).isEqualTo("info");
		assertThat(Arrays.stream(Disposition.values()).map(d -> CdsCards.indicator(d.code())))
			.allMatch(i -> i.equals("critical") || i.equals("warning") || i.equals("info"));
	}

	@Test
	void aLongTitleIsCutSoTheSummaryStaysUnder140Characters() {
		String start = "Next Steps: no warning signs reported. First next step: ";
		assertThat(CdsCards.fit(start, "Physical therapy")).isEqualTo(start + "Physical therapy");
		String cut = CdsCards.fit(start, "word ".repeat(60));
		assertThat(cut).hasSizeLessThan(CdsCards.SUMMARY_LIMIT).startsWith(start + "word").endsWith("…");
		assertThat(CdsCards.fit(start, "x".repeat(139 - start.length()))).hasSize(139).doesNotEndWith("…");
	}

	@Test
	void contentTextCannotBreakTheMarkdownOfTheDetail() {
		assertThat(CdsCards.escape("*a* [b](c) <i>\nd")).isEqualTo("\\*a\\* \\[b\\](c) \\<i\\> d");
	}

}

package org.nextsteps.editor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.DraftOption;
import org.nextsteps.content.OptionContent;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 16: the dashboard lists the options whose review is overdue or falls due within
 * 30 days, the most urgent first, and no others.
 */
class ReviewsDueTests {

	private static final List<OptionContent> SEED = ContentSeed.load(JsonMapper.builder().build()).options();

	@Test
	void overdueAndSoonDueReviewsAreListedMostUrgentFirst() {
		LocalDate today = LocalDate.of(2027, 3, 1);
		ContentDrafts drafts = mock(ContentDrafts.class);
		when(drafts.options()).thenReturn(List.of(draft(SEED.get(0), today.minusYears(1).minusDays(20)),
				draft(SEED.get(1), today.minusYears(1).plusDays(10)),
				draft(SEED.get(2), today.minusYears(1).plusDays(31)), draft(SEED.get(3), today.minusMonths(2))));
		DashboardController dashboard = new DashboardController(null, drafts, null, Clock.systemUTC(), null);
		List<DashboardController.ReviewDue> due = dashboard.reviewsDue(today);
		assertThat(due).extracting(DashboardController.ReviewDue::slug)
			.containsExactly(SEED.get(0).slug(), SEED.get(1).slug());
		assertThat(due.get(0).overdue()).isTrue();
		assertThat(due.get(1).overdue()).isFalse();
		assertThat(due.get(1).due()).isEqualTo(today.plusDays(10));
	}

	private static DraftOption draft(OptionContent c, LocalDate lastReviewed) {
		OptionContent reviewed = new OptionContent(c.slug(), c.stage(), c.title(), c.summary(), c.involves(),
				c.recovery(), c.timeCommitment(), c.reliefDuration(), c.benefits(), c.downsides(), c.suits(),
				c.notFor(), c.evidence(), c.evidenceNote(), c.invasiveness(), c.shortRecovery(), c.shortRelief(),
				c.mainDownside(), c.priorities(), c.sources(), lastReviewed, c.guidance(), c.outcomes(),
				c.outcomesNote());
		return new DraftOption(reviewed, 1, Instant.EPOCH, "tester");
	}

}

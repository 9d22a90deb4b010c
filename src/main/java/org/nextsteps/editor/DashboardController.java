package org.nextsteps.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftOption;
import org.nextsteps.pathway.DraftRule;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The draft against the published release: what changed, who changed it last, and whether
 * the scenarios pass.
 */
@Controller
class DashboardController {

	static final String DASHBOARD_VIEW = "editor/dashboard";

	private final Publishing publishing;

	private final ContentDrafts options;

	private final RuleDrafts rules;

	private final Clock clock;

	/** How far ahead the dashboard lists reviews that fall due. */
	static final int DUE_WITHIN_DAYS = 30;

	private final org.nextsteps.review.Reviews reviews;

	DashboardController(Publishing publishing, ContentDrafts options, RuleDrafts rules, Clock clock,
			org.nextsteps.review.Reviews reviews) {
		this.reviews = reviews;
		this.publishing = publishing;
		this.options = options;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * An option whose review is overdue or falls due within {@link #DUE_WITHIN_DAYS} days
	 * (issue 16); {@code due} is null for one never reviewed.
	 */
	record ReviewDue(String slug, String title, LocalDate due, boolean overdue) {
	}

	/** The draft's options whose review is overdue or due soon, the most urgent first. */
	List<ReviewDue> reviewsDue(LocalDate today) {
		LocalDate horizon = today.plusDays(DUE_WITHIN_DAYS);
		return options.options()
			.stream()
			.map(DraftOption::content)
			.filter(c -> c.nextReview() == null || !c.nextReview().isAfter(horizon))
			.map(c -> new ReviewDue(c.slug(), c.title(), c.nextReview(), c.isReviewOverdue(today)))
			.sorted(Comparator.comparing(ReviewDue::due, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	/** Who last changed a draft row, and when, by subject and key. */
	record LastChange(String by, java.time.Instant at) {
	}

	@GetMapping("/editor")
	String dashboard(Model model) {
		Map<String, LastChange> last = new LinkedHashMap<>();
		for (DraftOption option : options.options()) {
			last.put("option:" + option.slug(), new LastChange(option.updatedBy(), option.updatedAt()));
		}
		for (DraftRule rule : rules.rules()) {
			last.put("rule:" + rule.key(), new LastChange(rule.updatedBy(), rule.updatedAt()));
		}
		for (org.nextsteps.content.DraftText text : options.texts()) {
			last.put(text.kind().code() + ":" + text.key(), new LastChange(text.updatedBy(), text.updatedAt()));
		}
		Publishing.Readiness readiness = publishing.check();
		model.addAttribute("readiness", readiness);
		// where clinical review stands for this very draft (issue 16)
		var latest = reviews.latest().orElse(null);
		boolean thisDraft = latest != null && readiness.compiles()
				&& latest.checksum().equals(readiness.draft().checksum());
		model.addAttribute("review", thisDraft ? latest : null);
		model.addAttribute("lastChanges", last);
		model.addAttribute("reviewsDue", reviewsDue(LocalDate.now(clock)));
		return DASHBOARD_VIEW;
	}

}

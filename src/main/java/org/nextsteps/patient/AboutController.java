package org.nextsteps.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nextsteps.content.Citation;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.content.Source;
import org.nextsteps.content.SourceCatalogue;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.nextsteps.system.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "About this guide": how the content is made and checked, who does it, funding and
 * conflicts, the update policy with every option's review dates, and how to report a
 * problem. It lives here, not in {@code system} with the other fixed pages, because it
 * shows the current release: what it cites and when each option is due for review.
 */
@Controller
class AboutController {

	static final String ABOUT_VIEW = "system/about";

	private final Releases releases;

	private final SourceCatalogue catalogue;

	private final Clock clock;

	/**
	 * Reading levels by release and language: measured once per release, not per page
	 * view.
	 */
	private final Map<String, ReadingLevels> levels = new java.util.concurrent.ConcurrentHashMap<>();

	AboutController(Releases releases, SourceCatalogue catalogue, Clock clock) {
		this.releases = releases;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping("/about")
	String about(Model model) {
		PublishedRelease release = releases.current().in(Language.current());
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("reviews",
				release.options()
					.stream()
					.map(RenderedOption::content)
					.map(option -> new Review(option, option.isReviewOverdue(today)))
					.toList());
		model.addAttribute("citedByKind", byKind(catalogue.citations(release.content())));
		// the facts editors keep (issue 16); the page's own wording where a release has
		// none
		model.addAttribute("aboutTexts", release.content().aboutTexts());
		model.addAttribute("reading",
				levels.computeIfAbsent(release.id() + release.language().prefix(), id -> ReadingLevels.of(release)));
		return ABOUT_VIEW;
	}

	/**
	 * How hard the option pages of a release are to read, measured on every option's
	 * patient text: in English the average and the highest (hardest) Flesch-Kincaid
	 * grade, and the same for SMOG (issue 13, IPDAS quality item on reading level); in
	 * Spanish the average and the lowest (hardest) INFLESZ score (issue 14), and no SMOG.
	 */
	record ReadingLevels(String average, String hardest, @Nullable String averageSmog, @Nullable String hardestSmog,
			int options) {

		static ReadingLevels of(PublishedRelease release) {
			List<OptionContent> options = release.options().stream().map(RenderedOption::content).toList();
			if (release.language() == Language.SPANISH) {
				DoubleSummaryStatistics scores = options.stream()
					.mapToDouble(OptionContent::inflesz)
					.summaryStatistics();
				return new ReadingLevels(oneDecimal(scores.getAverage()), oneDecimal(scores.getMin()), null, null,
						options.size());
			}
			DoubleSummaryStatistics grades = options.stream()
				.mapToDouble(OptionContent::readingGrade)
				.summaryStatistics();
			DoubleSummaryStatistics smogs = options.stream().mapToDouble(OptionContent::smogGrade).summaryStatistics();
			return new ReadingLevels(oneDecimal(grades.getAverage()), oneDecimal(grades.getMax()),
					oneDecimal(smogs.getAverage()), oneDecimal(smogs.getMax()), options.size());
		}

		private static String oneDecimal(double value) {
			return String.format(java.util.Locale.ROOT, "%.1f", value);
		}

	}

	/**
	 * Citations grouped by the kind of work, in the order of {@link Source.Kind} and
	 * within a kind in the catalogue's order; texts the catalogue does not know come
	 * last, under the key {@code other}.
	 */
	private Map<String, List<Citation>> byKind(List<Citation> citations) {
		List<Source> order = catalogue.sources();
		Map<String, List<Citation>> groups = new LinkedHashMap<>();
		for (Source.Kind kind : Source.Kind.values()) {
			List<Citation> ofKind = citations.stream()
				.filter(c -> c.source() != null && c.source().kind() == kind)
				.sorted(Comparator.comparingInt(c -> order.indexOf(c.source())))
				.toList();
			if (!ofKind.isEmpty()) {
				groups.put(kind.code(), ofKind);
			}
		}
		List<Citation> other = citations.stream().filter(c -> c.source() == null).toList();
		if (!other.isEmpty()) {
			groups.put("other", other);
		}
		return groups;
	}

	/** One row of the review table: an option and whether it is past its review date. */
	record Review(OptionContent option, boolean overdue) {
	}

}

package org.nextsteps.patient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.Stage;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.resultpage.ResultPages;
import org.nextsteps.resultpage.ResultViews;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A result, rebuilt from its share link on any instance and at any time, from the release
 * it was made on: the full page, the side-by-side comparison and a one-page printable
 * summary. The URL holds health answers, so every page tells browsers to send no referrer
 * (see the security headers).
 */
@Controller
class ResultPageController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	static final String COMPARE_VIEW = "patient/compare";

	static final String PRINT_VIEW = "patient/print";

	static final String LINK_GONE_VIEW = "patient/link-gone";

	/**
	 * How many options the comparison grid shows side by side: more does not fit a phone
	 * or a mind.
	 */
	static final int COMPARE_COUNT = 4;

	/**
	 * The option of no new treatment for now, compared with the top ones when offered.
	 */
	static final String NATURAL_COURSE = "watchful-waiting";

	private final SharedResults shared;

	private final ResultPages pages;

	private final MessageSource messages;

	ResultPageController(SharedResults shared, ResultPages pages, MessageSource messages) {
		this.shared = shared;
		this.pages = pages;
		this.messages = messages;
	}

	/**
	 * The patient's result page: the parts rendered once per release, joined for this
	 * result and written as they are (no template runs: see result.html).
	 */
	@GetMapping("/r/{code}")
	ResponseEntity<String> result(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
		Opened opened = open(code);
		Assessments.Result result = opened.result();
		List<Assessments.Suggestion> compared = comparable(result);
		String html = pages.of(result.release(), request, response)
			.whole(result, code, opened.currentCode(), priorities(result.answers(), compared), compared.size());
		return ResponseEntity.ok().contentType(HTML).body(html);
	}

	@GetMapping("/r/{code}/compare")
	String compare(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		Assessments.Result result = load(code, model);
		model.addAttribute("page", pages.of(result.release(), request, response));
		List<Assessments.Suggestion> compared = comparable(result);
		model.addAttribute("compared", compared);
		model.addAttribute("priorities", priorities(result.answers(), compared));
		return COMPARE_VIEW;
	}

	@GetMapping("/r/{code}/print")
	String print(@PathVariable String code, Model model) {
		Assessments.Result result = load(code, model);
		String link = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/r/{code}")
			.buildAndExpand(code)
			.toUriString();
		model.addAttribute("shareLink", link);
		model.addAttribute("qr",
				QrCode.svg(link, messages.getMessage("print.qr", null, LocaleContextHolder.getLocale())));
		return PRINT_VIEW;
	}

	/**
	 * The link's answers are sound, but the release it names is not here, or that number
	 * now holds other content than the link was made on: the patient gets a page that
	 * says so and offers the same answers on the current content.
	 */
	@ExceptionHandler(LinkNoLongerWorks.class)
	ModelAndView linkGone(LinkNoLongerWorks gone) {
		ModelAndView page = new ModelAndView(LINK_GONE_VIEW, HttpStatus.NOT_FOUND);
		page.addObject("currentCode", shared.currentCode(gone.shared().answers()));
		page.addObject("contentRelease", gone.shared().current());
		return page;
	}

	private Assessments.Result load(String code, Model model) {
		Opened opened = open(code);
		Assessments.Result result = opened.result();
		model.addAttribute("result", result);
		model.addAttribute("code", code);
		model.addAttribute("contentRelease", result.release());
		if (opened.currentCode() != null) {
			model.addAttribute("currentCode", opened.currentCode());
		}
		return result;
	}

	/**
	 * The result of a share code, and the code of the same answers on the current release
	 * when the code's release is an older one.
	 */
	private Opened open(String code) {
		SharedResults.SharedResult opened = shared.fromCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		Assessments.Result result = opened.result().orElseThrow(() -> new LinkNoLongerWorks(opened));
		return new Opened(result, opened.newerReleaseExists() ? shared.currentCode(result.answers()) : null);
	}

	private record Opened(Assessments.Result result, @Nullable String currentCode) {
	}

	/**
	 * A share link whose release is gone or holds other content (not an error of the app:
	 * no stack trace kept).
	 */
	static final class LinkNoLongerWorks extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient SharedResults.SharedResult shared;

		LinkNoLongerWorks(SharedResults.SharedResult shared) {
			super("The release of this link is not here", null, false, false);
			this.shared = shared;
		}

		SharedResults.SharedResult shared() {
			return shared;
		}

	}

	/**
	 * The top suggestions beyond urgent care: what a patient weighs up with their doctor.
	 */
	static List<Assessments.Suggestion> comparable(Assessments.Result result) {
		List<Assessments.Suggestion> top = result.suggestions()
			.stream()
			.filter(s -> s.option().content().stage() != Stage.URGENT)
			.limit(COMPARE_COUNT)
			.toList();
		List<Assessments.Suggestion> compared = new ArrayList<>(top);
		// Beside the top options, what happens with no new treatment, when the result
		// offers it (issue 13): a comparison always has "start nothing new".
		result.suggestions()
			.stream()
			.filter(s -> s.option().slug().equals(NATURAL_COURSE))
			.findFirst()
			.filter(natural -> !top.isEmpty() && !top.contains(natural))
			.ifPresent(compared::add);
		return compared;
	}

	/**
	 * "What matters to you": for each priority the patient chose, how the compared
	 * options fit it.
	 */
	static List<ResultViews.PriorityRow> priorities(Answers answers, List<Assessments.Suggestion> compared) {
		List<ResultViews.PriorityRow> rows = new ArrayList<>();
		for (String priority : answers.codes("priorities")) {
			List<ResultViews.OptionFit> fits = new ArrayList<>();
			for (Assessments.Suggestion s : compared) {
				OptionContent c = s.option().content();
				ResultViews.Fit fit = c.priorities().good().contains(priority) ? ResultViews.Fit.GOOD
						: c.priorities().poor().contains(priority) ? ResultViews.Fit.POOR : ResultViews.Fit.NEUTRAL;
				fits.add(new ResultViews.OptionFit(c.slug(), c.title(), fit));
			}
			rows.add(new ResultViews.PriorityRow(priority, fits));
		}
		return rows;
	}

}

package org.nextsteps.patient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.content.Citation;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.Outcome;
import org.nextsteps.content.SourceCatalogue;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.resultpage.Reflection;
import org.nextsteps.resultpage.ResultPage;
import org.nextsteps.resultpage.ResultPages;
import org.nextsteps.resultpage.ResultViews;
import org.nextsteps.system.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	static final String WEIGH_VIEW = "patient/weigh";

	static final String CLINICIAN_VIEW = "patient/clinician";

	static final String LINK_GONE_VIEW = "patient/link-gone";

	static final String LINK_DAMAGED_VIEW = "patient/link-damaged";

	private final SharedResults shared;

	private final ResultPages pages;

	private final MessageSource messages;

	private final SourceCatalogue catalogue;

	private final Assessments assessments;

	ResultPageController(SharedResults shared, ResultPages pages, MessageSource messages, SourceCatalogue catalogue,
			Assessments assessments) {
		this.catalogue = catalogue;
		this.assessments = assessments;
		this.shared = shared;
		this.pages = pages;
		this.messages = messages;
	}

	/**
	 * The patient's result page: the parts rendered once per release, joined for this
	 * result and written as they are (no template runs: see result.html).
	 */
	@GetMapping("/r/{code}")
	void result(@PathVariable String code, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Opened opened = open(code);
		// the page's own address is its share link (behind a proxy, as RemoteIpValve
		// rewrites it)
		String html = pages.of(opened.result().release(), request, response)
			.whole(opened.result(), code, opened.currentCode(), request.getRequestURL().toString(), opened.reflection(),
					alternates(request));
		// written as it is, past the message converters: a result page is the patient's
		// hottest path
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		response.setContentType(HTML.toString());
		response.setBufferSize(body.length);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * The weighing page (issue 13): rate the trade-offs, see how the options fit, lean
	 * toward one, check readiness. Not offered beside advice to get help now or today: a
	 * 404 there.
	 */
	@GetMapping("/r/{code}/weigh")
	String weighing(@PathVariable String code, Model model) {
		Assessments.Result result = load(code, model);
		model.addAttribute("weighing", Weighing.of(weighable(result), (Reflection) model.getAttribute("reflection")));
		model.addAttribute("readinessQuestions", Reflection.READINESS);
		return WEIGH_VIEW;
	}

	/**
	 * The weighing exercise posted: nothing is stored; the same result comes back under a
	 * share code that also holds what the patient said (post/redirect/get). Anything the
	 * form could not have sent is refused with a 400 that says so.
	 */
	@PostMapping("/r/{code}/weigh")
	String weigh(@PathVariable String code, @RequestParam MultiValueMap<String, String> form) {
		Opened opened = open(code);
		Reflection reflection = WeighForm.read(form, weighable(opened.result()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					messages.getMessage("weigh.error", null, LocaleContextHolder.getLocale())));
		String anchor = "fit".equals(form.getFirst("next")) ? "#weigh-fit" : "#ready";
		return "redirect:/r/" + shared.code(opened.result(), reflection) + "/weigh" + anchor;
	}

	@GetMapping("/r/{code}/compare")
	String compare(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		Assessments.Result result = load(code, model);
		model.addAttribute("page", pages.of(result.release(), request, response));
		List<Assessments.Suggestion> compared = ResultPage.compared(result);
		model.addAttribute("compared", compared);
		model.addAttribute("priorities", priorities(result.answers(), compared));
		Map<String, Citation> outcomeSources = new HashMap<>();
		for (Assessments.Suggestion s : compared) {
			List<Outcome> outcomes = s.option().content().outcomes();
			if (!outcomes.isEmpty()) {
				outcomeSources.put(s.option().slug(), catalogue.cite(outcomes.get(0).source()));
			}
		}
		model.addAttribute("outcomeSources", outcomeSources);
		return COMPARE_VIEW;
	}

	@GetMapping("/r/{code}/print")
	String print(@PathVariable String code, Model model) {
		Assessments.Result result = load(code, model);
		String link = link(code);
		model.addAttribute("shareLink", link);
		model.addAttribute("qr",
				QrCode.svg(link, messages.getMessage("print.qr", null, LocaleContextHolder.getLocale())));
		model.addAttribute("summary", PrintSummary.of(result, (Reflection) model.getAttribute("reflection"),
				result.release().rules().questionnaire(), catalogue, messages, LocaleContextHolder.getLocale()));
		return PRINT_VIEW;
	}

	/**
	 * The result in a clinician's terms (issue 15), one printed page: built from the link
	 * alone, like every result page; the rules that fired are traced here, off the
	 * patient's result path.
	 */
	@GetMapping("/r/{code}/clinician")
	String clinician(@PathVariable String code, Model model) {
		Assessments.Result result = load(code, model);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("shareLink", link(code));
		model.addAttribute("summary", ClinicianSummary.of(result, assessments.trace(result), messages, locale));
		model.addAttribute("values", PrintSummary.of(result, (Reflection) model.getAttribute("reflection"),
				result.release().rules().questionnaire(), catalogue, messages, locale));
		return CLINICIAN_VIEW;
	}

	/**
	 * The options a result offers to weigh; a 404 for a result that offers no weighing
	 * (advice to get help now or today).
	 */
	private static List<Assessments.Suggestion> weighable(Assessments.Result result) {
		List<Assessments.Suggestion> compared = ResultPage.compared(result);
		if (!ResultPage.weighs(result.evaluation().disposition().code(), compared)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return compared;
	}

	/** The page's address in each language, as the language filter found them. */
	@SuppressWarnings("unchecked")
	private static Map<Language, String> alternates(HttpServletRequest request) {
		return request.getAttribute(Language.ALTERNATES) instanceof Map<?, ?> alternates
				? (Map<Language, String>) alternates : Map.of();
	}

	/** The full address of a result: its share link. */
	private static String link(String code) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/r/{code}")
			.buildAndExpand(code)
			.toUriString();
	}

	/**
	 * The link's answers are sound, but the release it names is not here, or that number
	 * now holds other content than the link was made on: the patient gets a page that
	 * says so and offers the same answers on the current content.
	 */
	@ExceptionHandler(LinkNoLongerWorks.class)
	ModelAndView linkGone(LinkNoLongerWorks gone) {
		ModelAndView page = new ModelAndView(LINK_GONE_VIEW, HttpStatus.NOT_FOUND);
		page.addObject("currentCode", shared.currentCode(gone.shared().answers(), gone.shared().reflection()));
		page.addObject("contentRelease", gone.shared().current());
		return page;
	}

	private Assessments.Result load(String code, Model model) {
		Opened opened = open(code);
		Assessments.Result result = opened.result();
		model.addAttribute("result", result);
		model.addAttribute("code", code);
		model.addAttribute("contentRelease", result.release());
		model.addAttribute("reflection", opened.reflection());
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
		SharedResults.SharedResult opened = shared.fromCode(code).orElseThrow(LinkDamaged::new);
		Assessments.Result result = opened.result().orElseThrow(() -> new LinkNoLongerWorks(opened));
		return new Opened(result,
				opened.newerReleaseExists() ? shared.currentCode(result.answers(), opened.reflection()) : null,
				opened.reflection());
	}

	private record Opened(Assessments.Result result, @Nullable String currentCode, Reflection reflection) {
	}

	/**
	 * A share link whose release is gone or holds other content (not an error of the app:
	 * no stack trace kept).
	 */
	/**
	 * A share link that is incomplete, or was changed (issue 15): the patient is told so,
	 * plainly, with a way to start, never a page that asks them to check answers they did
	 * not give. A 400, as a link that cannot be read is.
	 */
	@ExceptionHandler(LinkDamaged.class)
	ModelAndView linkDamaged() {
		return new ModelAndView(LINK_DAMAGED_VIEW, HttpStatus.BAD_REQUEST);
	}

	/** The share code is damaged, tampered with or forged. */
	static final class LinkDamaged extends RuntimeException {

		private static final long serialVersionUID = 1L;

		LinkDamaged() {
			super("The share code cannot be read", null, false, false);
		}

	}

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
	 * "What matters to you": for each priority the patient chose, how the compared
	 * options fit it.
	 */
	static List<ResultViews.PriorityRow> priorities(Answers answers, List<Assessments.Suggestion> compared) {
		List<ResultViews.PriorityRow> rows = new ArrayList<>();
		for (String priority : answers.codes("priorities")) {
			List<ResultViews.OptionFit> fits = new ArrayList<>();
			for (Assessments.Suggestion s : compared) {
				OptionContent c = s.option().content();
				fits.add(new ResultViews.OptionFit(c.slug(), c.title(), ResultPage.fit(s, priority)));
			}
			rows.add(new ResultViews.PriorityRow(priority, fits));
		}
		return rows;
	}

}

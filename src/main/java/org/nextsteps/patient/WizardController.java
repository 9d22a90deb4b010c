package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.questionnaire.Answer;
import org.nextsteps.questionnaire.AnswerError;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questionnaire, one topic per page, warning signs first. Answers travel with the
 * patient in a checksummed code (a hidden field, then the URL), never in a session: any
 * instance can serve any step, and no cookie is set. Each page posts back here; a valid
 * page redirects to the next (post/redirect/get).
 */
@Controller
class WizardController {

	static final String QUESTION_VIEW = "patient/question";

	static final String URGENT_VIEW = "patient/urgent";

	static final String CHECK_VIEW = "patient/check";

	static final String RETURN_TO_CHECK = "check";

	/**
	 * Parameters of the wizard itself; every other parameter must be a question's linkId.
	 */
	private static final Set<String> CONTROL = ClinicLinks.CONTROL;

	private final Assessments assessments;

	private final SharedResults shared;

	private final MessageSource messages;

	private final Questionnaire questionnaire;

	private final QuestionnaireFlow flow;

	private final ClinicLinks clinicLinks;

	WizardController(Assessments assessments, SharedResults shared, MessageSource messages, ClinicLinks clinicLinks) {
		this.assessments = assessments;
		this.clinicLinks = clinicLinks;
		this.shared = shared;
		this.messages = messages;
		this.questionnaire = assessments.questionnaire();
		this.flow = new QuestionnaireFlow(questionnaire);
	}

	/**
	 * A page of questions. Without {@code a}, the query may pre-fill answers
	 * ({@code /start?injection_type=facet_joint}), as a clinician's link does; the
	 * warning signs are never pre-filled: the patient answers them.
	 */
	@GetMapping("/start")
	String page(@RequestParam MultiValueMap<String, String> params, Model model) {
		QuestionnaireFlow.Page page = flow.page(intParam(params.getFirst("page"), 0))
			.orElseThrow(WizardController::badRequest);
		ClinicLinks.Prefill prefill = params.containsKey("a")
				? new ClinicLinks.Prefill(decode(params.getFirst("a")), List.of()) : clinicLinks.read(params);
		Answers answers = prefill.answers();
		boolean returning = RETURN_TO_CHECK.equals(params.getFirst("return"));
		List<Item> asked = flow.questions(page, answers, returning);
		model.addAttribute("prefilled", !params.containsKey("a") && prefill.filled());
		model.addAttribute("prefillIgnored", prefill.anyIgnored());
		return render(page, asked, answers, valuesOf(answers), List.of(), returning, model);
	}

	@PostMapping("/start")
	String answer(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		QuestionnaireFlow.Page page = flow.page(intParam(params.getFirst("page"), -1))
			.orElseThrow(WizardController::badRequest);
		Answers before = params.containsKey("a") ? decode(params.getFirst("a")) : Answers.empty();
		rejectUnknownParameters(params);
		boolean returning = RETURN_TO_CHECK.equals(params.getFirst("return"));
		// the questions the page showed: they follow from the answers it was shown with
		List<Item> asked = flow.questions(page, before, returning);

		Map<String, List<String>> form = new LinkedHashMap<>(valuesOf(before));
		Map<String, List<String>> posted = new LinkedHashMap<>();
		for (Item item : asked) {
			form.remove(item.linkId());
			List<String> values = params.get(item.linkId());
			if (values != null && !values.stream().allMatch(String::isBlank)) {
				form.put(item.linkId(), values);
				posted.put(item.linkId(), values);
			}
		}
		Answers partial = prunedForm(form);
		List<AnswerError> errors = pageErrors(asked, partial, form);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(page, asked, before, posted, errors, returning, model);
		}
		Map<String, Answer> merged = new LinkedHashMap<>(before.values());
		for (Item item : asked) {
			merged.remove(item.linkId());
			QuestionnaireFlow.answerOf(item, posted.get(item.linkId())).ifPresent(a -> merged.put(item.linkId(), a));
		}
		Answers answers = flow.settle(before, merged);
		String code = encode(answers);
		redirect.addAttribute("a", code);
		if (page.isSafetyCheck() && questionnaire.isShortCircuited(answers)) {
			return "redirect:/start/urgent";
		}
		if (returning) {
			return backToCheck(answers, redirect);
		}
		Optional<QuestionnaireFlow.Page> next = flow.next(page, answers);
		if (next.isEmpty()) {
			return "redirect:/start/check";
		}
		redirect.addAttribute("page", next.get().index());
		return "redirect:/start";
	}

	/**
	 * After a change from "Check your answers": a follow-up question the change made
	 * apply, and only then the check page again.
	 */
	private String backToCheck(Answers answers, RedirectAttributes redirect) {
		Optional<QuestionnaireFlow.Page> missing = flow.firstUnanswered(answers);
		if (missing.isEmpty()) {
			return "redirect:/start/check";
		}
		redirect.addAttribute("page", missing.get().index());
		redirect.addAttribute("return", RETURN_TO_CHECK);
		return "redirect:/start";
	}

	/** Straight after the warning signs: what to do now, before anything else. */
	@GetMapping("/start/urgent")
	String urgent(@RequestParam("a") String code, Model model) {
		Answers answers = decode(code);
		Map<String, Answer> flagsOnly = new LinkedHashMap<>();
		answers.get(Questionnaire.RED_FLAGS).ifPresent(flags -> flagsOnly.put(Questionnaire.RED_FLAGS, flags));
		ValidationResult valid = assessments.validate(new Answers(flagsOnly).toRaw());
		if (!valid.isValid() || !questionnaire.isShortCircuited(valid.answers())) {
			throw badRequest();
		}
		Assessments.Result result = assessments.assess(valid.answers());
		model.addAttribute("result", result);
		model.addAttribute("resultCode", shared.code(result));
		model.addAttribute("a", code);
		model.addAttribute("continuePage",
				flow.next(flow.pages().get(0), answers).map(QuestionnaireFlow.Page::index).orElse(1));
		model.addAttribute("signsPage", flow.pages().get(0).index());
		return URGENT_VIEW;
	}

	/** Check your answers: every answer with a link to change it, then the result. */
	@GetMapping("/start/check")
	String check(@RequestParam("a") String code, Model model, RedirectAttributes redirect) {
		Answers answers = decode(code);
		ValidationResult valid = assessments.validate(answers.toRaw());
		if (!valid.isValid()) {
			if (flow.firstUnanswered(answers).isEmpty()) {
				throw badRequest();
			}
			redirect.addAttribute("a", code);
			return backToCheck(answers, redirect);
		}
		model.addAttribute("groups", flow.summary(answers, this::displayOf));
		model.addAttribute("a", encode(valid.answers()));
		return CHECK_VIEW;
	}

	/**
	 * The page with the questions {@code asked}, as the {@code answers} it was reached
	 * with show them, and the {@code values} to show in its fields.
	 */
	private String render(QuestionnaireFlow.Page page, List<Item> asked, Answers answers,
			Map<String, List<String>> values, List<AnswerError> errors, boolean returning, Model model) {
		List<QuestionnaireFlow.Question> questions = new ArrayList<>();
		for (Item item : asked) {
			String error = errors.stream()
				.filter(e -> e.linkId().equals(item.linkId()))
				.findFirst()
				.map(this::message)
				.orElse(null);
			questions.add(new QuestionnaireFlow.Question(item, questionnaire.codesOffered(item, answers),
					values.getOrDefault(item.linkId(), List.of()), error));
		}
		model.addAttribute("page", page);
		model.addAttribute("progress", returning ? null : flow.progress(page, answers));
		model.addAttribute("questions", questions);
		model.addAttribute("hasErrors", !errors.isEmpty());
		model.addAttribute("a", encode(answers));
		model.addAttribute("returnTo", returning ? RETURN_TO_CHECK : null);
		// back from a change goes to the check page; from a follow-up, to the changed
		// page
		model.addAttribute("backToCheck", returning && flow.firstUnanswered(answers).isEmpty());
		model.addAttribute("backPage", flow.previous(page, answers).map(QuestionnaireFlow.Page::index).orElse(null));
		return QUESTION_VIEW;
	}

	/**
	 * The validator's errors about this page's questions; later pages are not answered
	 * yet.
	 */
	private List<AnswerError> pageErrors(List<Item> asked, Answers partial, Map<String, List<String>> form) {
		Map<String, List<String>> relevant = new LinkedHashMap<>();
		for (Item item : questionnaire.items()) {
			boolean onPage = asked.contains(item);
			if (form.containsKey(item.linkId()) && (onPage || partial.has(item.linkId()))) {
				relevant.put(item.linkId(), form.get(item.linkId()));
			}
		}
		ValidationResult result = assessments.validateForm(relevant);
		return result.errors()
			.stream()
			.filter(e -> asked.stream()
				.anyMatch(item -> item.linkId().equals(e.linkId()) && questionnaire.isAsked(item, partial)))
			.toList();
	}

	/**
	 * The answers before this page plus what was posted, pruned, for deciding which
	 * questions apply.
	 */
	private Answers prunedForm(Map<String, List<String>> form) {
		Map<String, Answer> values = new LinkedHashMap<>();
		for (Item item : questionnaire.items()) {
			List<String> v = form.get(item.linkId());
			if (v == null || v.isEmpty()) {
				continue;
			}
			try {
				if (item.type() == ItemType.MULTI ? item.codes().containsAll(v) : item.type() == ItemType.SINGLE
						? v.size() == 1 && item.hasCode(v.get(0)) : v.size() == 1 && inRange(item, v.get(0))) {
					QuestionnaireFlow.answerOf(item, v).ifPresent(a -> values.put(item.linkId(), a));
				}
			}
			catch (NumberFormatException ex) {
				// shown back as posted; the validator names the error
			}
		}
		return flow.prune(values);
	}

	private void rejectUnknownParameters(MultiValueMap<String, String> params) {
		for (String name : params.keySet()) {
			if (!CONTROL.contains(name) && questionnaire.item(name).isEmpty()) {
				throw badRequest();
			}
		}
	}

	private Answers decode(String code) {
		ShareCode.Decoded decoded = shared.decode(code).orElseThrow(WizardController::badRequest);
		Map<String, Answer> values = new LinkedHashMap<>();
		for (Item item : questionnaire.items()) {
			Object raw = decoded.rawAnswers().get(item.linkId());
			if (raw == null) {
				continue;
			}
			if (raw instanceof Integer value) {
				if (value < item.min() || value > item.max()) {
					throw badRequest();
				}
				values.put(item.linkId(), new Answer.Whole(value));
			}
			else if (raw instanceof List<?> codes) {
				values.put(item.linkId(), new Answer.Multi(codes.stream().map(String::valueOf).toList()));
			}
			else {
				values.put(item.linkId(), new Answer.Single(String.valueOf(raw)));
			}
		}
		return flow.prune(values);
	}

	private String encode(Answers answers) {
		return shared.currentCode(answers);
	}

	private Map<String, List<String>> valuesOf(Answers answers) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		answers.values()
			.forEach((linkId, answer) -> questionnaire.item(linkId)
				.ifPresent(item -> values.put(linkId, QuestionnaireFlow.formValues(item, answer))));
		return values;
	}

	private List<String> displayOf(Item item, Answer answer) {
		if (answer instanceof Answer.Whole whole) {
			return List.of(String.valueOf(whole.value()));
		}
		return answer.codes().stream().map(code -> text(item.codeKey(code))).toList();
	}

	/** In the language of the page (issue 14). */
	private String message(AnswerError error) {
		return messages.getMessage(error, LocaleContextHolder.getLocale());
	}

	/** In the language of the page (issue 14). */
	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static boolean inRange(Item item, String value) {
		int n = Integer.parseInt(value.trim());
		return n >= item.min() && n <= item.max();
	}

	private static int intParam(String value, int fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static ResponseStatusException badRequest() {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST);
	}

}

package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.DraftRelease;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.nextsteps.resultpage.ResultPages;
import org.nextsteps.scenario.ScenarioView;
import org.nextsteps.scenario.Scenarios;
import org.nextsteps.system.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Any answers, or a saved scenario, against the draft and the published release: a
 * comparison of the rankings, and the patient's result page as it would look for each,
 * side by side (the frames are the patient's own template, rendered by the same
 * {@link ResultPages}, from the same {@link Assessments}, without a share link: nothing
 * about a preview can be shared). Previews change nothing, so they are plain links (GET).
 * The pages and the titles of the ranking are in the language chosen ({@code lang},
 * English by default): the Spanish preview shows the draft's Spanish, and counts the
 * texts that have none yet (issue 14).
 */
@Controller
@RequestMapping("/editor/preview")
class PreviewController {

	static final String PREVIEW_VIEW = "editor/preview";

	static final String PATIENT_RESULT_VIEW = "patient/result";

	private final Releases releases;

	private final Scenarios scenarios;

	private final Assessments assessments;

	private final AnswersFormModel answersForm;

	private final AnswerValidator validator;

	private final ResultPages pages;

	private final org.nextsteps.patient.SharedAnswers sharedAnswers;

	PreviewController(Releases releases, Scenarios scenarios, Assessments assessments, AnswersFormModel answersForm,
			QuestionnaireView questionnaire, ResultPages pages, org.nextsteps.patient.SharedAnswers sharedAnswers) {
		this.sharedAnswers = sharedAnswers;
		this.releases = releases;
		this.scenarios = scenarios;
		this.assessments = assessments;
		this.answersForm = answersForm;
		this.validator = questionnaire.validator();
		this.pages = pages;
	}

	/** One option's place in each version. */
	record Row(String slug, String title, Integer draftRank, Integer publishedRank) {

		public boolean moved() {
			return !java.util.Objects.equals(draftRank, publishedRank);
		}

	}

	@GetMapping
	String preview(@RequestParam(required = false) Long scenario, @RequestParam(required = false) String share,
			@RequestParam(defaultValue = "en") String lang, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response) {
		Language language = language(lang);
		model.addAttribute("previewLanguage", language);
		model.addAttribute("previewLanguages", languageLinks());
		Map<String, List<String>> values;
		ScenarioView chosen = null;
		if (scenario != null) {
			chosen = scenarios.find(scenario).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			values = AnswerParams.fromRaw(chosen.answers());
		}
		else if (share != null && !share.isBlank()) {
			// a patient's share link or code (issue 16): its answers, against draft and
			// live
			var shared = sharedAnswers.of(share);
			model.addAttribute("share", share);
			if (shared.isEmpty()) {
				// the empty form again, with the message at the link
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("shareError", true);
				values = Map.of();
			}
			else {
				model.addAttribute("sharedRelease", shared.get().releaseId());
				values = AnswerParams.fromRaw(shared.get().answers());
			}
		}
		else {
			values = AnswerParams.from(params);
		}
		model.addAttribute("scenarios", scenarios.all());
		model.addAttribute("chosen", chosen);
		if (values.isEmpty()) {
			answersForm.add(model, values, null);
			return PREVIEW_VIEW;
		}
		ValidationResult validation = validator.validateForm(values);
		answersForm.add(model, values, validation);
		if (!validation.isValid()) {
			return PREVIEW_VIEW;
		}
		Answers answers = validation.answers();
		PublishedRelease published = releases.current();
		model.addAttribute("published", published);
		model.addAttribute("query", AnswerParams.query(answers) + "&lang=" + language.code());
		try {
			DraftRelease draft = releases.draft();
			model.addAttribute("draft", draft.release());
			model.addAttribute("rows", rows(assessments.assess(answers, draft.release(), language),
					assessments.assess(answers, published, language)));
			if (language == Language.SPANISH) {
				model.addAttribute("spanishMissing",
						SpanishTexts.missing(draft.release().content(), draft.release().rules().definitions()).size());
			}
			if (chosen != null) {
				model.addAttribute("check", scenarios.run(chosen, draft.release()));
			}
		}
		catch (InvalidRulesException ex) {
			model.addAttribute("draftProblems", ex.problems());
		}
		return PREVIEW_VIEW;
	}

	/** The patient's result page for the draft, as it would look once published. */
	@GetMapping("/frame/{side}")
	String frame(@PathVariable String side, @RequestParam(defaultValue = "en") String lang,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Language language = language(lang);
		ValidationResult validation = validator.validateForm(AnswerParams.from(params));
		if (!validation.isValid()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		PublishedRelease release = (switch (side) {
			case "draft" -> {
				try {
					yield releases.draft().release();
				}
				catch (InvalidRulesException ex) {
					throw new ResponseStatusException(HttpStatus.CONFLICT);
				}
			}
			case "published" -> releases.current();
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}).in(language);
		// the page's messages in its language, as the language filter does for /es/
		request.setAttribute(Language.ATTRIBUTE, language);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
		model.addAttribute("result", assessments.assess(validation.answers(), release, language));
		model.addAttribute("page", side.equals("draft") ? pages.ofDraft(release, request, response)
				: pages.of(release, request, response));
		return PATIENT_RESULT_VIEW;
	}

	/** The language a preview asked for; a 400 for one the guide does not have. */
	private static Language language(String code) {
		for (Language language : Language.values()) {
			if (language.code().equals(code)) {
				return language;
			}
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such language: use en or es.");
	}

	/** This preview in each language: the same request with another {@code lang}. */
	private static Map<Language, String> languageLinks() {
		Map<Language, String> links = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			links.put(language,
					ServletUriComponentsBuilder.fromCurrentRequest()
						.replaceQueryParam("lang", language.code())
						.build()
						.toUriString());
		}
		return links;
	}

	static List<Row> rows(Assessments.Result draft, Assessments.Result published) {
		Map<String, Integer> draftRanks = ranks(draft);
		Map<String, Integer> publishedRanks = ranks(published);
		Map<String, String> titles = new LinkedHashMap<>();
		published.suggestions().forEach(s -> titles.put(s.ranked().slug(), s.option().content().title()));
		draft.suggestions().forEach(s -> titles.put(s.ranked().slug(), s.option().content().title()));
		Set<String> slugs = new LinkedHashSet<>(draftRanks.keySet());
		slugs.addAll(publishedRanks.keySet());
		List<Row> rows = new ArrayList<>();
		for (String slug : slugs) {
			rows.add(new Row(slug, titles.get(slug), draftRanks.get(slug), publishedRanks.get(slug)));
		}
		return rows;
	}

	private static Map<String, Integer> ranks(Assessments.Result result) {
		Map<String, Integer> ranks = new LinkedHashMap<>();
		for (RankedOption option : result.evaluation().options()) {
			ranks.put(option.slug(), option.rank());
		}
		return ranks;
	}

}

package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.nextsteps.account.StaffPrincipal;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftOption;
import org.nextsteps.content.Explanation;
import org.nextsteps.pathway.Disposition;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.Releases;
import org.nextsteps.scenario.Expectation;
import org.nextsteps.scenario.ScenarioView;
import org.nextsteps.scenario.Scenarios;
import org.nextsteps.system.EditConflictException;
import org.nextsteps.system.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The test scenarios: all of them run against the draft, and a form for each (answers and
 * expectations).
 */
@Controller
@RequestMapping("/editor/scenarios")
class ScenariosController {

	static final String LIST_VIEW = "editor/scenarios";

	static final String FORM_VIEW = "editor/scenario";

	static final int MAX_EXPECTATIONS = 20;

	private final Scenarios scenarios;

	private final Releases releases;

	private final ContentDrafts content;

	private final AnswersFormModel answersForm;

	private final AnswerValidator validator;

	ScenariosController(Scenarios scenarios, Releases releases, ContentDrafts content, AnswersFormModel answersForm,
			QuestionnaireView questionnaire) {
		this.scenarios = scenarios;
		this.releases = releases;
		this.content = content;
		this.answersForm = answersForm;
		this.validator = questionnaire.validator();
	}

	@InitBinder("form")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_EXPECTATIONS);
	}

	@GetMapping
	String list(Model model) {
		try {
			model.addAttribute("results", scenarios.run(releases.draft().release()));
		}
		catch (InvalidRulesException ex) {
			model.addAttribute("draftProblems", ex.problems());
			model.addAttribute("results", List.of());
		}
		return LIST_VIEW;
	}

	/** A new scenario; answers may come from the preview ({@code a.*}). */
	@GetMapping("/new")
	String create(@RequestParam MultiValueMap<String, String> params, Model model) {
		ScenarioForm form = new ScenarioForm();
		ScenarioForm.Row row = new ScenarioForm.Row();
		form.getExpectations().add(row);
		model.addAttribute("form", form);
		return formView(model, null, AnswerParams.from(params), null);
	}

	@PostMapping
	String add(@ModelAttribute("form") ScenarioForm form, BindingResult result,
			@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) Integer remove, @AuthenticationPrincipal StaffPrincipal me, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return submit(null, form, result, params, action, remove, me, model, redirect, response);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		ScenarioView scenario = existing(id);
		model.addAttribute("form", ScenarioForm.of(scenario));
		return formView(model, scenario, AnswerParams.fromRaw(scenario.answers()), null);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") ScenarioForm form, BindingResult result,
			@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) Integer remove, @AuthenticationPrincipal StaffPrincipal me, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		existing(id);
		return submit(id, form, result, params, action, remove, me, model, redirect, response);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		ScenarioView scenario = existing(id);
		scenarios.delete(id, me.getUsername());
		Flash.add(redirect, "editor.flash.scenario-deleted", scenario.name());
		return "redirect:/editor/scenarios";
	}

	private String submit(Long id, ScenarioForm form, BindingResult result, MultiValueMap<String, String> params,
			String action, Integer remove, StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ScenarioView saved = id == null ? null : existing(id);
		// the fields of a merged form whose colleague's version the editor chose (issue
		// 16)
		form.setAnswerValues(AnswerParams.from(params));
		Merge.applyChoices(form);
		Map<String, List<String>> values = form.answerValues();
		if (remove != null) {
			if (remove >= 0 && remove < form.getExpectations().size()) {
				form.getExpectations().remove((int) remove);
			}
			return formView(model, saved, values, null);
		}
		if ("add-expectation".equals(action)) {
			if (form.getExpectations().size() < MAX_EXPECTATIONS) {
				form.getExpectations().add(new ScenarioForm.Row());
			}
			return formView(model, saved, values, null);
		}
		if (form.getName().isBlank() || form.getName().length() > 200) {
			result.rejectValue("name", "editor.scenario.error.name");
		}
		else if (scenarios.nameTaken(form.getName(), id)) {
			result.rejectValue("name", "editor.scenario.error.name-taken");
		}
		List<String> incomplete = new ArrayList<>();
		List<Expectation> expectations = form.toExpectations(incomplete,
				content.options().stream().map(DraftOption::slug).collect(Collectors.toSet()),
				explanations().stream().map(Explanation::key).collect(Collectors.toSet()));
		incomplete.forEach(row -> result.rejectValue(row + ".type", "editor.scenario.error.expectation"));
		if (expectations.isEmpty() && incomplete.isEmpty()) {
			result.rejectValue("expectations", "editor.scenario.error.no-expectation");
		}
		ValidationResult validation = validator.validateForm(values);
		if (result.hasErrors() || !validation.isValid()) {
			if (!validation.isValid()) {
				result.reject("editor.scenario.error.answers");
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, saved, values, validation);
		}
		Map<String, Object> answers = validation.answers().toRaw();
		try {
			ScenarioView view = id == null ? scenarios.create(form.getName(), answers, expectations, me.getUsername())
					: scenarios.update(id, form.getName(), answers, expectations, form.getVersion(), me.getUsername());
			Flash.add(redirect, "editor.flash.scenario-saved", view.name());
			return "redirect:/editor/scenarios";
		}
		catch (EditConflictException ex) {
			ScenarioView theirs = existing(id);
			model.addAttribute("merges", Merge.into(ScenarioForm.values(theirs), theirs.version(), form));
			response.setStatus(HttpStatus.CONFLICT.value());
			return formView(model, theirs, form.answerValues(), null);
		}
		catch (Scenarios.NameTakenException ex) {
			result.rejectValue("name", "editor.scenario.error.name-taken");
			response.setStatus(HttpStatus.CONFLICT.value());
			return formView(model, saved, values, validation);
		}
	}

	private String formView(Model model, ScenarioView saved, Map<String, List<String>> values,
			ValidationResult validation) {
		model.addAttribute("saved", saved);
		model.addAttribute("types", Expectation.Type.values());
		model.addAttribute("options", content.options());
		model.addAttribute("explanations", explanations());
		model.addAttribute("dispositions", Disposition.values());
		answersForm.add(model, values, validation);
		return FORM_VIEW;
	}

	/** The draft's explanations, which an expectation may name. */
	private List<Explanation> explanations() {
		return content.snapshot().explanations();
	}

	private ScenarioView existing(long id) {
		return scenarios.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

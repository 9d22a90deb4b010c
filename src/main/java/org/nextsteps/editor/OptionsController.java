package org.nextsteps.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;

import org.nextsteps.account.StaffPrincipal;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftOption;
import org.nextsteps.content.Evidence;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.OptionField;
import org.nextsteps.content.Readability;
import org.nextsteps.content.Stage;
import org.nextsteps.system.EditConflictException;
import org.nextsteps.system.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The options of the draft: a list with each one's reading grade, and a form with every
 * field. A save that comes after someone else's is refused with both versions side by
 * side; nothing is overwritten unseen.
 */
@Controller
@RequestMapping("/editor/options")
class OptionsController {

	static final String LIST_VIEW = "editor/options";

	static final String FORM_VIEW = "editor/option";

	private final ContentDrafts drafts;

	private final OptionEditing editing;

	private final QuestionnaireView questionnaire;

	private final org.springframework.validation.SmartValidator validator;

	private final Citations citations;

	OptionsController(ContentDrafts drafts, OptionEditing editing, QuestionnaireView questionnaire,
			org.springframework.validation.SmartValidator validator, Citations citations) {
		this.citations = citations;
		this.validator = validator;
		this.drafts = drafts;
		this.editing = editing;
		this.questionnaire = questionnaire;
	}

	@GetMapping
	String list(Model model) {
		List<DraftOption> options = drafts.options();
		Map<String, Double> grades = new LinkedHashMap<>();
		options.forEach(option -> grades.put(option.slug(), option.content().readingGrade()));
		model.addAttribute("options", options);
		model.addAttribute("grades", grades);
		model.addAttribute("maxGrade", Readability.MAX_GRADE);
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String create(Model model) {
		OptionForm form = new OptionForm();
		form.setStage(Stage.CONSERVATIVE.code());
		form.setLastReviewed(LocalDate.now().toString());
		model.addAttribute("form", form);
		return formView(model, true);
	}

	@PostMapping
	String add(@Validated({ Default.class, OptionForm.New.class }) @ModelAttribute("form") OptionForm form,
			BindingResult result, @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Set<String> slugs = drafts.options().stream().map(DraftOption::slug).collect(Collectors.toSet());
		form.checkAgainstDraft(result, slugs, priorityCodes(), null);
		checkCitations(form, result, null);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, true);
		}
		DraftOption saved = editing.add(form.toContent(), me.getUsername());
		Flash.add(redirect, "editor.flash.option-added", saved.content().title());
		return "redirect:/editor/options/" + saved.slug();
	}

	@GetMapping("/{slug}")
	String edit(@PathVariable String slug, Model model) {
		DraftOption option = existing(slug);
		model.addAttribute("form", OptionForm.of(option));
		model.addAttribute("saved", option);
		return formView(model, false);
	}

	@PostMapping("/{slug}")
	String save(@PathVariable String slug, @ModelAttribute("form") OptionForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		DraftOption saved = existing(slug);
		form.setSlug(slug);
		// the fields of a merged form whose colleague's version the editor chose
		Merge.applyChoices(form);
		validator.validate(form, result);
		model.addAttribute("saved", saved);
		form.checkAgainstDraft(result, Set.of(), priorityCodes(), saved.content().stage());
		checkCitations(form, result, saved.content());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, false);
		}
		OptionContent mine = form.toContent();
		try {
			DraftOption after = editing.save(mine, form.getVersion(), me.getUsername());
			Flash.add(redirect, "editor.flash.option-saved", after.content().title(),
					String.format(java.util.Locale.ROOT, "%.1f", after.content().readingGrade()));
			return "redirect:/editor/options/" + slug;
		}
		catch (EditConflictException ex) {
			DraftOption theirs = existing(slug);
			model.addAttribute("saved", theirs);
			model.addAttribute("merges",
					Merge.into(Fields.values(Fields.OPTION, theirs.content()), theirs.version(), form));
			response.setStatus(HttpStatus.CONFLICT.value());
			return formView(model, false);
		}
	}

	private String formView(Model model, boolean isNew) {
		OptionForm form = (OptionForm) model.getAttribute("form");
		Map<String, Double> grades = new LinkedHashMap<>();
		List<String> all = new ArrayList<>();
		for (OptionField field : OptionField.graded()) {
			String text = form.text(field);
			grades.put(field.property(), Readability.grade(text));
			all.add(text);
		}
		model.addAttribute("isNew", isNew);
		model.addAttribute("grades", grades);
		model.addAttribute("overallGrade", Readability.grade(String.join("\n", all)));
		model.addAttribute("maxGrade", Readability.MAX_GRADE);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("evidences", Evidence.values());
		model.addAttribute("priorities", questionnaire.item("priorities").orElseThrow().item());
		return FORM_VIEW;
	}

	/**
	 * The sources and the numbers' sources an editor typed are real citations (issue 16);
	 * those of the saved option stay as they are.
	 */
	private void checkCitations(OptionForm form, BindingResult result, OptionContent saved) {
		Set<String> before = new java.util.HashSet<>();
		if (saved != null) {
			before.addAll(saved.sources());
			saved.outcomes().forEach(outcome -> before.add(outcome.source()));
		}
		citations.check(result, "sources", OptionForm.list(form.getSources()), before);
		if (!result.hasFieldErrors("outcomes")) {
			citations.check(result, "outcomes",
					OptionForm.list(form.getOutcomes())
						.stream()
						.map(line -> org.nextsteps.content.Outcome.parseLine(line).source())
						.toList(),
					before);
		}
	}

	private Set<String> priorityCodes() {
		return Set.copyOf(questionnaire.item("priorities").orElseThrow().item().codes());
	}

	private DraftOption existing(String slug) {
		return drafts.option(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

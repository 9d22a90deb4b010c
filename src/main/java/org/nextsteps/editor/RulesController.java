package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.nextsteps.account.StaffPrincipal;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.Stage;
import org.nextsteps.pathway.Disposition;
import org.nextsteps.pathway.DraftRule;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDrafts;
import org.nextsteps.pathway.RuleKind;
import org.nextsteps.pathway.RuleProblem;
import org.nextsteps.pathway.RuleSetCompiler;
import org.nextsteps.pathway.RuleTarget;
import org.nextsteps.system.Coded;
import org.nextsteps.system.EditConflictException;
import org.nextsteps.system.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
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
 * The decision table and its rows. The condition builder offers only the questionnaire's
 * items, the operators that fit each and its answer codes; whatever is sent is checked
 * again by the compiler before it is saved, so an invalid rule cannot be made. Buttons
 * other than Save re-show the form (add or remove a condition, update the choices).
 */
@Controller
@RequestMapping("/editor/rules")
class RulesController {

	static final String TABLE_VIEW = "editor/rules";

	static final String OFF_VIEW = "editor/rule-off";

	static final String FORM_VIEW = "editor/rule";

	/**
	 * More conditions than any sensible rule; also bounds what a request can make the
	 * binder allocate.
	 */
	static final int MAX_CONDITIONS = 12;

	private final RuleDrafts drafts;

	private final RuleEditing editing;

	private final ContentDrafts content;

	private final QuestionnaireView questionnaire;

	private final SmartValidator validator;

	private final Citations citations;

	RulesController(RuleDrafts drafts, RuleEditing editing, ContentDrafts content, QuestionnaireView questionnaire,
			SmartValidator validator, Citations citations) {
		this.citations = citations;
		this.drafts = drafts;
		this.editing = editing;
		this.content = content;
		this.questionnaire = questionnaire;
		this.validator = validator;
	}

	@InitBinder("form")
	void limitConditions(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_CONDITIONS);
	}

	/**
	 * The decision table, searched and filtered (issue 16): words in the key, target or
	 * reason; what the rule does; a question its conditions read; on or off. A filter
	 * value the page does not offer is a 400.
	 */
	@GetMapping
	String table(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String item, @RequestParam(defaultValue = "") String status, Model model) {
		if ((!kind.isEmpty() && !Coded.isCode(RuleKind.class, kind))
				|| (!item.isEmpty() && !itemsById().containsKey(item))
				|| !(status.isEmpty() || status.equals("on") || status.equals("off"))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Filter by the values the page offers");
		}
		List<DraftRule> all = drafts.rules();
		String words = q.strip().toLowerCase(java.util.Locale.ROOT);
		List<DraftRule> rules = all.stream().filter(rule -> {
			RuleDefinition d = rule.definition();
			return (words.isEmpty()
					|| (d.key() + " " + d.target() + " " + d.reason()).toLowerCase(java.util.Locale.ROOT)
						.contains(words))
					&& (kind.isEmpty() || (d.kind() != null && d.kind().code().equals(kind)))
					&& (item.isEmpty() || d.when().stream().anyMatch(c -> item.equals(c.linkId())))
					&& (status.isEmpty() || d.enabled() == status.equals("on"));
		}).toList();
		model.addAttribute("rules", rules);
		model.addAttribute("ruleCount", all.size());
		model.addAttribute("filter", Map.of("q", q, "kind", kind, "item", item, "status", status));
		model.addAttribute("kinds", RuleKind.values());
		addLabels(model, rules, content.snapshot());
		return TABLE_VIEW;
	}

	@GetMapping("/new")
	String create(Model model) {
		RuleForm form = new RuleForm();
		form.getConditions().add(new RuleForm.ConditionForm());
		model.addAttribute("form", form);
		return formView(model, null);
	}

	@PostMapping
	String add(@ModelAttribute("form") RuleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) Integer remove,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (rearranged(form, action, remove)) {
			return formView(model, null);
		}
		if (invalid(form, result, List.of())) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, null);
		}
		try {
			DraftRule saved = editing.add(form.toDefinition(), me.getUsername());
			Flash.add(redirect, "editor.flash.rule-added", saved.key());
			return "redirect:/editor/rules#rule-" + saved.key();
		}
		catch (InvalidRulesException ex) {
			ex.problems().forEach(problem -> reject(result, form, problem));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, null);
		}
	}

	@GetMapping("/{key}")
	String edit(@PathVariable String key, Model model) {
		DraftRule rule = existing(key);
		RuleForm form = RuleForm.of(rule);
		model.addAttribute("form", form);
		return formView(model, rule);
	}

	@PostMapping("/{key}")
	String save(@PathVariable String key, @ModelAttribute("form") RuleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) Integer remove,
			@RequestParam(defaultValue = "") String offReason, @AuthenticationPrincipal StaffPrincipal me, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		DraftRule saved = existing(key);
		model.addAttribute("offReason", offReason);
		form.setKey(key);
		if (rearranged(form, action, remove)) {
			return formView(model, saved);
		}
		// the fields of a merged form whose colleague's version the editor chose
		Merge.applyChoices(form);
		if (invalid(form, result, saved.definition().sources())) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, saved);
		}
		try {
			editing.save(form.toDefinition(), form.getVersion(), me.getUsername(), offReason);
			Flash.add(redirect, "editor.flash.rule-saved", key);
			return "redirect:/editor/rules#rule-" + key;
		}
		catch (RuleEditing.ReasonRequiredException ex) {
			result.rejectValue("enabled", "editor.rule.error.off-reason", new Object[] { RuleEditing.MAX_REASON },
					null);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, saved);
		}
		catch (InvalidRulesException ex) {
			ex.problems().forEach(problem -> reject(result, form, problem));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, saved);
		}
		catch (EditConflictException ex) {
			DraftRule theirs = existing(key);
			model.addAttribute("merges",
					Merge.into(Fields.values(Fields.RULE, theirs.definition()), theirs.version(), form));
			response.setStatus(HttpStatus.CONFLICT.value());
			return formView(model, theirs);
		}
	}

	/**
	 * Asks for a confirmation and a reason before a rule that sets a disposition is
	 * switched off (issue 16): one click must not stop an emergency from being flagged.
	 */
	@GetMapping("/{key}/off")
	String confirmOff(@PathVariable String key, Model model) {
		DraftRule rule = existing(key);
		if (rule.definition().kind() != RuleKind.DISPOSITION || !rule.definition().enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("rule", rule);
		model.addAttribute("maxReason", RuleEditing.MAX_REASON);
		return OFF_VIEW;
	}

	/**
	 * Switches a rule off (or on again) from the table; the version guards against a
	 * stale table. A rule that sets a disposition needs a reason to be switched off.
	 */
	@PostMapping("/{key}/enabled")
	String enable(@PathVariable String key, @RequestParam boolean enabled, @RequestParam int version,
			@RequestParam(defaultValue = "") String offReason, @AuthenticationPrincipal StaffPrincipal me, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		DraftRule rule = existing(key);
		try {
			editing.setEnabled(key, enabled, version, me.getUsername(), offReason);
			Flash.add(redirect, enabled ? "editor.flash.rule-enabled" : "editor.flash.rule-disabled", key);
			return "redirect:/editor/rules#rule-" + key;
		}
		catch (RuleEditing.ReasonRequiredException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("rule", rule);
			model.addAttribute("maxReason", RuleEditing.MAX_REASON);
			model.addAttribute("error", true);
			model.addAttribute("offReason", offReason);
			return OFF_VIEW;
		}
		catch (EditConflictException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
	}

	/**
	 * Moves a rule one place up or down (issue 16): the order in which a result lists the
	 * explanations, questions and safety-net lines the rules add.
	 */
	@PostMapping("/{key}/move")
	String move(@PathVariable String key, @RequestParam String direction, @RequestParam int version,
			@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		existing(key);
		int delta = switch (direction) {
			case "up" -> -1;
			case "down" -> 1;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		};
		try {
			int place = editing.move(key, delta, version, me.getUsername());
			Flash.add(redirect, "editor.flash.rule-moved", key, place);
			return "redirect:/editor/rules/" + key + "#order";
		}
		catch (EditConflictException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
	}

	/**
	 * Handles the buttons that only change the form; true when the form is to be shown
	 * again, unsaved.
	 */
	private static boolean rearranged(RuleForm form, String action, Integer remove) {
		if (remove != null) {
			if (remove >= 0 && remove < form.getConditions().size()) {
				form.getConditions().remove((int) remove);
			}
			return true;
		}
		if ("add-condition".equals(action)) {
			if (form.getConditions().size() < MAX_CONDITIONS) {
				form.getConditions().add(new RuleForm.ConditionForm());
			}
			return true;
		}
		return "refresh".equals(action);
	}

	/**
	 * Checks the form's own constraints (a weight that is a number), only when it is
	 * saved: the buttons that rearrange the form show no errors.
	 */
	/**
	 * Bean Validation, and the sources an editor typed are real citations (those of the
	 * saved rule stay as they are).
	 */
	private boolean invalid(RuleForm form, BindingResult result, List<String> savedSources) {
		validator.validate(form, result);
		citations.check(result, "sources", OptionForm.list(form.getSources()), savedSources);
		return result.hasErrors();
	}

	/**
	 * Puts a compiler problem on the field it is about, with its own message
	 * (messages/pathway).
	 */
	static void reject(BindingResult result, RuleForm form, RuleProblem problem) {
		String key = problem.messageKey();
		Object[] args = problem.getArguments();
		switch (problem.code().part()) {
			case KEY, KIND, TARGET, WEIGHT, REASON, SOURCES -> result.rejectValue(problem.field(), key, args, null);
			case WHEN, CONDITIONS -> result.rejectValue("conditions", key, args, null);
			case CONDITION, QUESTION, OPERATOR, VALUES ->
				result.rejectValue(conditionField(form, problem), key, args, null);
			case RULE, SAFETY_NET -> result.reject(key, args, null);
		}
	}

	/**
	 * The form field of a problem with one condition; the compiler counts only the
	 * conditions with a question chosen.
	 */
	private static String conditionField(RuleForm form, RuleProblem problem) {
		int used = problem.condition();
		if (used >= form.usedConditions().size()) {
			return "conditions";
		}
		String part = switch (problem.code().part()) {
			case OPERATOR -> "operator";
			case VALUES -> "values";
			default -> "linkId";
		};
		return "conditions[" + form.formIndexOf(used) + "]." + part;
	}

	private String formView(Model model, DraftRule saved) {
		RuleForm form = (RuleForm) model.getAttribute("form");
		ContentSnapshot draft = content.snapshot();
		model.addAttribute("saved", saved);
		model.addAttribute("isNew", saved == null);
		if (saved != null) {
			List<String> order = drafts.rules().stream().map(DraftRule::key).toList();
			model.addAttribute("place", order.indexOf(saved.key()) + 1);
			model.addAttribute("places", order.size());
		}
		model.addAttribute("kinds", RuleKind.values());
		model.addAttribute("targets", targets(RuleKind.byCode(form.getKind()).orElse(null), draft));
		model.addAttribute("items", questionnaire.items());
		model.addAttribute("itemsById", itemsById());
		model.addAttribute("minWeight", RuleSetCompiler.MIN_WEIGHT);
		model.addAttribute("maxWeight", RuleSetCompiler.MAX_WEIGHT);
		return FORM_VIEW;
	}

	private Map<String, QuestionnaireView.ItemView> itemsById() {
		Map<String, QuestionnaireView.ItemView> byId = new LinkedHashMap<>();
		questionnaire.items().forEach(item -> byId.put(item.linkId(), item));
		return byId;
	}

	/**
	 * A target as editors see it: {@code text} from the content, or a message key for
	 * stages and dispositions.
	 */
	record Target(String value, String text, String messageKey) {

		static Target of(RuleTarget target, String text) {
			if (target instanceof RuleTarget.WholeStage whole) {
				return new Target(target.code(), null, "editor.target.stage." + whole.stage().code());
			}
			if (target instanceof RuleTarget.Care care) {
				return new Target(target.code(), null, "editor.disposition." + care.disposition().code());
			}
			return new Target(target.code(), text == null ? target.code() : text, null);
		}

	}

	/** Only the targets that fit the kind of rule. */
	static List<Target> targets(RuleKind kind, ContentSnapshot draft) {
		List<Target> targets = new ArrayList<>();
		if (kind == null) {
			return targets;
		}
		switch (kind) {
			case SUGGEST, FIRST, BOOST, EXCLUDE, PREFER, CAUTION -> {
				for (OptionContent option : draft.options()) {
					if (option.stage() != Stage.URGENT) {
						targets.add(Target.of(new RuleTarget.Option(option.slug()), option.title()));
					}
				}
				if (kind.takesWholeStage()) {
					for (Stage stage : Stage.values()) {
						if (stage != Stage.URGENT) {
							targets.add(Target.of(new RuleTarget.WholeStage(stage), null));
						}
					}
				}
			}
			case DISPOSITION -> {
				for (Disposition d : Disposition.values()) {
					if (d != Disposition.ROUTINE) {
						targets.add(Target.of(new RuleTarget.Care(d), null));
					}
				}
			}
			case EXPLAIN -> draft.explanations()
				.forEach(e -> targets.add(Target.of(new RuleTarget.ExplanationKey(e.key()), e.title())));
			case ASK ->
				draft.questions().forEach(q -> targets.add(Target.of(new RuleTarget.QuestionKey(q.key()), q.text())));
			case SAFETY_NET -> draft.safetyNet()
				.forEach(line -> targets.add(Target.of(new RuleTarget.SafetyNetKey(line.key()), line.text())));
		}
		return targets;
	}

	/** Each rule's target in words, by rule key. */
	private void addLabels(Model model, List<DraftRule> rules, ContentSnapshot draft) {
		Map<String, String> texts = new HashMap<>();
		draft.options().forEach(o -> texts.put(o.slug(), o.title()));
		draft.explanations().forEach(e -> texts.put(e.key(), e.title()));
		draft.questions().forEach(q -> texts.put(q.key(), q.text()));
		draft.safetyNet().forEach(line -> texts.put(line.key(), line.text()));
		Map<String, Target> labels = new HashMap<>();
		for (DraftRule rule : rules) {
			RuleDefinition definition = rule.definition();
			labels.put(rule.key(),
					definition.ruleTarget()
						.map(target -> Target.of(target, texts.get(target.code())))
						.orElse(new Target(definition.target(), definition.target(), null)));
		}
		model.addAttribute("targetLabels", labels);
		model.addAttribute("itemsById", itemsById());
	}

	private DraftRule existing(String key) {
		return drafts.rule(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

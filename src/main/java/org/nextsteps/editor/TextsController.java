package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.nextsteps.account.StaffPrincipal;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftText;
import org.nextsteps.content.Readability;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.TextContent;
import org.nextsteps.content.TextKind;
import org.nextsteps.system.Coded;
import org.nextsteps.system.EditConflictException;
import org.nextsteps.system.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The short texts of the draft (issue 16): explanations, questions for the doctor and the
 * safety net, each with its reading grade, a form per text and new texts. A save over a
 * colleague's keeps every field they changed and the editor did not; the fields both
 * changed are shown side by side with the original, and the editor chooses.
 */
@Controller
@RequestMapping("/editor/texts")
class TextsController {

	static final String LIST_VIEW = "editor/texts";

	static final String FORM_VIEW = "editor/text";

	private final ContentDrafts drafts;

	private final TextEditing editing;

	private final SmartValidator validator;

	private final Citations citations;

	private final org.springframework.context.MessageSource messages;

	TextsController(ContentDrafts drafts, TextEditing editing, SmartValidator validator, Citations citations,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.citations = citations;
		this.drafts = drafts;
		this.editing = editing;
		this.validator = validator;
	}

	/** The texts of one kind, with their reading grades. */
	record Group(TextKind kind, List<DraftText> texts) {
	}

	@GetMapping
	String list(Model model) {
		Map<TextKind, List<DraftText>> byKind = new LinkedHashMap<>();
		for (TextKind kind : TextKind.values()) {
			byKind.put(kind, new ArrayList<>());
		}
		Map<String, Double> grades = new LinkedHashMap<>();
		Map<String, DraftText> savedFacts = new LinkedHashMap<>();
		for (DraftText text : drafts.texts()) {
			if (text.kind().isFixed()) {
				savedFacts.put(text.key(), text);
			}
			else {
				byKind.get(text.kind()).add(text);
			}
		}
		// the About page's facts in page order: each as saved, or the page's own wording
		for (String key : org.nextsteps.content.AboutFact.KEYS) {
			DraftText saved = savedFacts.get(key);
			byKind.get(TextKind.ABOUT).add(saved != null ? saved : pageWording(key));
		}
		byKind.values()
			.forEach(texts -> texts.forEach(text -> grades.put(text.kind().code() + ":" + text.key(),
					Readability.grade(text.content().body()))));
		model.addAttribute("groups", byKind.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList());
		model.addAttribute("grades", grades);
		model.addAttribute("maxGrade", Readability.MAX_GRADE);
		return LIST_VIEW;
	}

	@GetMapping("/{kind}/new")
	String create(@PathVariable String kind, Model model) {
		TextKind k = addable(kind);
		TextForm form = new TextForm();
		if (k.isSafetyNet()) {
			form.setLevel(SafetyNetLine.Level.TODAY.code());
		}
		model.addAttribute("form", form);
		return formView(model, k, null);
	}

	@PostMapping("/{kind}")
	String add(@PathVariable String kind, @ModelAttribute("form") TextForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		TextKind k = addable(kind);
		validator.validate(form, result, jakarta.validation.groups.Default.class, TextForm.New.class);
		form.checkFor(result, k, null);
		citations.check(result, "sources", OptionForm.list(form.getSources()), List.of());
		if (!result.hasFieldErrors("key") && drafts.text(k, form.getKey()).isPresent()) {
			result.rejectValue("key", "editor.text.error.key-taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, k, null);
		}
		DraftText saved = editing.add(form.toContent(k, form.getKey()), me.getUsername());
		Flash.add(redirect, "editor.flash.text-added", saved.key());
		return "redirect:/editor/texts/" + k.code() + "/" + saved.key();
	}

	@GetMapping("/{kind}/{key}")
	String edit(@PathVariable String kind, @PathVariable String key, Model model) {
		DraftText text = existing(kind(kind), key);
		model.addAttribute("form", TextForm.of(text));
		return formView(model, text.kind(), text);
	}

	@PostMapping("/{kind}/{key}")
	String save(@PathVariable String kind, @PathVariable String key, @ModelAttribute("form") TextForm form,
			BindingResult result, @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		TextKind k = kind(kind);
		DraftText saved = existing(k, key);
		form.setKey(key);
		Merge.applyChoices(form);
		validator.validate(form, result);
		form.checkFor(result, k, saved.content());
		citations.check(result, "sources", OptionForm.list(form.getSources()), saved.content().sources());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, k, saved);
		}
		TextContent mine = form.toContent(k, key);
		try {
			DraftText after = editing.save(saved, mine, form.getVersion(), me.getUsername(),
					form.lowers(saved.content()) ? form.getReason() : "");
			Flash.add(redirect, "editor.flash.text-saved", after.key(),
					String.format(java.util.Locale.ROOT, "%.1f", Readability.grade(after.content().body())));
			return "redirect:/editor/texts/" + k.code() + "/" + key;
		}
		catch (EditConflictException ex) {
			DraftText theirs = existing(k, key);
			model.addAttribute("merges",
					Merge.into(Fields.values(Fields.TEXT, theirs.content()), theirs.version(), form));
			response.setStatus(HttpStatus.CONFLICT.value());
			return formView(model, k, theirs);
		}
	}

	private String formView(Model model, TextKind kind, DraftText saved) {
		TextForm form = (TextForm) model.getAttribute("form");
		model.addAttribute("kind", kind);
		model.addAttribute("saved", saved);
		model.addAttribute("isNew", saved == null);
		model.addAttribute("grades",
				Map.of("title", Readability.grade(form.getTitle()), "body", Readability.grade(form.getBody())));
		model.addAttribute("maxGrade", Readability.MAX_GRADE);
		model.addAttribute("levels", SafetyNetLine.Level.values());
		return FORM_VIEW;
	}

	private static TextKind kind(String code) {
		return Coded.byCode(TextKind.class, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A text of the draft; a fact of the About page never saved is its page wording, at
	 * version {@link ContentDrafts#NEVER_SAVED}.
	 */
	private DraftText existing(TextKind kind, String key) {
		java.util.Optional<DraftText> saved = drafts.text(kind, key);
		if (saved.isEmpty() && kind.isFixed() && org.nextsteps.content.AboutFact.KEYS.contains(key)) {
			return pageWording(key);
		}
		return saved.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A fact of the About page that was never saved: the page's own wording. */
	private DraftText pageWording(String key) {
		String wording = messages.getMessage("about." + key, null, java.util.Locale.ENGLISH);
		return new DraftText(TextContent.of(new org.nextsteps.content.AboutFact(key, wording)),
				ContentDrafts.NEVER_SAVED, null, null);
	}

	/** A kind to which texts are added: not the About page's fixed facts. */
	private static TextKind addable(String code) {
		TextKind kind = kind(code);
		if (kind.isFixed()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return kind;
	}

}

package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.nextsteps.account.StaffPrincipal;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftTranslation;
import org.nextsteps.content.Readability;
import org.nextsteps.content.SpanishReadability;
import org.nextsteps.pathway.RuleDrafts;
import org.nextsteps.system.EditConflictException;
import org.nextsteps.system.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Spanish of the draft side by side with its English (issue 14): every patient text
 * (options' texts, explanations, questions, safety-net lines, About facts, enabled rules'
 * reasons), where it is used, its English grade and its Spanish INFLESZ, filtered to
 * those without Spanish when any lack it; a form per text saves its Spanish.
 */
@Controller
@RequestMapping("/editor/translations")
class TranslationsController {

	static final String LIST_VIEW = "editor/translations";

	static final String FORM_VIEW = "editor/translation";

	/** The longest search kept. */
	static final int MAX_QUERY = 200;

	private final ContentDrafts drafts;

	private final RuleDrafts rules;

	private final TranslationEditing editing;

	TranslationsController(ContentDrafts drafts, RuleDrafts rules, TranslationEditing editing) {
		this.drafts = drafts;
		this.rules = rules;
		this.editing = editing;
	}

	/**
	 * One patient text: its English, where it is used, its Spanish as saved, and what the
	 * pages show of them, measured once ({@code hash} finds it; {@code grade} is the
	 * English Flesch-Kincaid grade; {@code inflesz} the Spanish score, 0 without
	 * Spanish).
	 */
	record Row(String english, List<SpanishTexts.Use> uses, @Nullable DraftTranslation saved, String hash, double grade,
			double inflesz) {

		static Row of(String english, List<SpanishTexts.Use> uses, @Nullable DraftTranslation saved) {
			boolean missing = saved == null || saved.spanish().isBlank();
			return new Row(english, uses, saved, DraftTranslation.hash(english), Readability.grade(english),
					missing ? 0 : SpanishReadability.inflesz(saved.spanish()));
		}

		public boolean missing() {
			return saved == null || saved.spanish().isBlank();
		}

		/** Whether the English is long enough to grade and reads above grade 8. */
		public boolean hardEnglish() {
			return Readability.words(english) >= Readability.MIN_WORDS && grade > Readability.MAX_GRADE;
		}

		public String band() {
			return SpanishReadability.band(inflesz).label();
		}

		/** Whether the Spanish is long enough to score and reads under INFLESZ 65. */
		public boolean hardSpanish() {
			return !missing() && SpanishReadability.words(saved.spanish()) >= SpanishReadability.MIN_WORDS
					&& inflesz < SpanishReadability.MIN_INFLESZ;
		}

		boolean matches(String query) {
			String q = query.toLowerCase(Locale.ROOT);
			return english.toLowerCase(Locale.ROOT).contains(q)
					|| (saved != null && saved.spanish().toLowerCase(Locale.ROOT).contains(q))
					|| uses.stream()
						.anyMatch(u -> (u.subject() + " " + u.key() + " " + u.field()).toLowerCase(Locale.ROOT)
							.contains(q));
		}

	}

	@GetMapping
	String list(@RequestParam(required = false) String show, @RequestParam(defaultValue = "") String q, Model model) {
		List<Row> all = rows();
		long missing = all.stream().filter(Row::missing).count();
		boolean onlyMissing = show == null ? missing > 0 : "missing".equals(show);
		String query = q.strip();
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		List<Row> shown = new ArrayList<>();
		for (Row row : all) {
			if ((!onlyMissing || row.missing()) && (query.isEmpty() || row.matches(query))) {
				shown.add(row);
			}
		}
		model.addAttribute("rows", shown);
		model.addAttribute("total", all.size());
		model.addAttribute("missing", missing);
		model.addAttribute("onlyMissing", onlyMissing);
		model.addAttribute("q", query);
		model.addAttribute("maxQuery", MAX_QUERY);
		model.addAttribute("maxGrade", Readability.MAX_GRADE);
		model.addAttribute("minInflesz", SpanishReadability.MIN_INFLESZ);
		return LIST_VIEW;
	}

	@GetMapping("/{hash}")
	String edit(@PathVariable String hash, Model model) {
		Row row = row(hash);
		model.addAttribute("form", TranslationForm.of(row.saved()));
		return formView(model, row);
	}

	@PostMapping("/{hash}")
	String save(@PathVariable String hash, @Valid @ModelAttribute("form") TranslationForm form, BindingResult result,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Row row = row(hash);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formView(model, row);
		}
		try {
			DraftTranslation saved = editing.save(row.english(), row.saved(), form.normalised(), form.getVersion(),
					me.getUsername());
			Flash.add(redirect, "editor.flash.translation-saved",
					String.format(Locale.ROOT, "%.1f", SpanishReadability.inflesz(saved.spanish())));
			return "redirect:/editor/translations/" + hash;
		}
		catch (EditConflictException ex) {
			Row theirs = row(hash);
			// the form keeps what this editor wrote, over the version now saved: saving
			// again writes it over theirs
			form.setVersion(theirs.saved() == null ? ContentDrafts.NEVER_SAVED : theirs.saved().version());
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return formView(model, theirs);
		}
	}

	private String formView(Model model, Row row) {
		TranslationForm form = (TranslationForm) model.getAttribute("form");
		model.addAttribute("row", row);
		double typed = SpanishReadability.inflesz(form.getSpanish());
		model.addAttribute("typedInflesz", typed);
		model.addAttribute("typedHard", SpanishReadability.words(form.getSpanish()) >= SpanishReadability.MIN_WORDS
				&& typed < SpanishReadability.MIN_INFLESZ);
		model.addAttribute("typedBand", SpanishReadability.band(typed).label());
		model.addAttribute("maxGrade", Readability.MAX_GRADE);
		model.addAttribute("minInflesz", SpanishReadability.MIN_INFLESZ);
		model.addAttribute("maxSpanish", TranslationForm.MAX_SPANISH);
		return FORM_VIEW;
	}

	/** Every patient text of the draft, with its Spanish as saved. */
	private List<Row> rows() {
		Map<String, DraftTranslation> spanish = drafts.spanishDrafts();
		List<Row> rows = new ArrayList<>();
		SpanishTexts.uses(drafts.snapshot(), rules.all())
			.forEach((english, uses) -> rows.add(Row.of(english, List.copyOf(uses), spanish.get(english))));
		return rows;
	}

	/** The patient text of the draft whose English has this hash. */
	private Row row(String hash) {
		if (!hash.matches("[0-9a-f]{64}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return rows().stream()
			.filter(row -> row.hash().equals(hash))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.nextsteps.questionnaire.Answer;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;

/**
 * The questionnaire as a sequence of pages. Each page holds questions of one contract
 * step; a question whose enableWhen looks at another question sits on a later page than
 * that question, so that no page asks a question that its own answers may rule out (the
 * flow works without JavaScript), and it is left out when it does not apply.
 */
public final class QuestionnaireFlow {

	/**
	 * The standard questionnaire's pages, by linkId: short pages on a phone, and each
	 * follow-up question on the page after the answer it depends on.
	 */
	static final List<List<String>> STANDARD_PAGES = List.of(List.of("red_flags"), List.of("injection_type"),
			List.of("spine_region", "injection_count", "image_guidance", "time_since_injection"),
			List.of("relief_duration"), List.of("relief_amount", "pain_now_vs_before"),
			List.of("pain_location", "numbness_tingling"), List.of("walking_worse"),
			List.of("pain_duration", "pain_score", "daily_impact"), List.of("imaging", "previous_spine_surgery"),
			List.of("imaging_findings"), List.of("other_conditions", "age_band"), List.of("tried"),
			List.of("priorities"));

	/** One page of the wizard: its place, its step (for the heading) and its items. */
	public record Page(int index, int step, List<Item> items) {

		public boolean isSafetyCheck() {
			return index == 0;
		}

	}

	/**
	 * Where a page stands among the pages the patient will see: those the answers so far
	 * show, and ahead also those that answers still to come may show.
	 */
	public record Progress(int number, int total) {
	}

	private final Questionnaire questionnaire;

	private final List<Page> pages;

	QuestionnaireFlow(Questionnaire questionnaire) {
		this(questionnaire, STANDARD_PAGES);
	}

	QuestionnaireFlow(Questionnaire questionnaire, List<List<String>> layout) {
		this.questionnaire = questionnaire;
		List<Page> built = new ArrayList<>();
		Map<String, Integer> pageOf = new HashMap<>();
		for (List<String> linkIds : layout) {
			List<Item> items = linkIds.stream()
				.map(linkId -> questionnaire.item(linkId)
					.orElseThrow(() -> new IllegalArgumentException("Unknown item " + linkId)))
				.toList();
			int step = items.get(0).step();
			for (Item item : items) {
				boolean decidedEarlier = questionnaire.decidedBy(item)
					.stream()
					.allMatch(question -> pageOf.getOrDefault(question, built.size()) < built.size());
				if (item.step() != step || !decidedEarlier || pageOf.putIfAbsent(item.linkId(), built.size()) != null) {
					throw new IllegalArgumentException(item.linkId() + " does not fit page " + built.size());
				}
			}
			built.add(new Page(built.size(), step, items));
		}
		if (pageOf.size() != questionnaire.items().size()) {
			throw new IllegalArgumentException("Every item needs a page");
		}
		this.pages = List.copyOf(built);
	}

	List<Page> pages() {
		return pages;
	}

	Optional<Page> page(int index) {
		return index >= 0 && index < pages.size() ? Optional.of(pages.get(index)) : Optional.empty();
	}

	Page pageOf(String linkId) {
		return pages.stream()
			.filter(page -> page.items().stream().anyMatch(item -> item.linkId().equals(linkId)))
			.findFirst()
			.orElseThrow();
	}

	/** Whether any question of the page is asked, given the answers so far. */
	boolean isShown(Page page, Answers answers) {
		return page.items().stream().anyMatch(item -> questionnaire.isAsked(item, answers));
	}

	/**
	 * The page's place among the pages shown before it, and the pages after it that are
	 * shown or may still be: the total only falls as answers rule pages out, and the
	 * number goes up by one a page.
	 */
	Progress progress(Page page, Answers answers) {
		int number = 1 + (int) pages.subList(0, page.index()).stream().filter(p -> isShown(p, answers)).count();
		int ahead = (int) pages.subList(page.index() + 1, pages.size())
			.stream()
			.filter(p -> p.items().stream().anyMatch(item -> questionnaire.mayBeAsked(item, answers)))
			.count();
		return new Progress(number, number + ahead);
	}

	/**
	 * The questions of the page to ask: those that apply; on the way back to "Check your
	 * answers", only those still unanswered when there are any (a follow-up question that
	 * a changed answer made apply).
	 */
	List<Item> questions(Page page, Answers answers, boolean returning) {
		List<Item> asked = page.items().stream().filter(item -> questionnaire.isAsked(item, answers)).toList();
		List<Item> missing = asked.stream().filter(item -> isMissing(item, answers)).toList();
		return returning && !missing.isEmpty() ? missing : asked;
	}

	Optional<Page> next(Page page, Answers answers) {
		for (int i = page.index() + 1; i < pages.size(); i++) {
			if (isShown(pages.get(i), answers)) {
				return Optional.of(pages.get(i));
			}
		}
		return Optional.empty();
	}

	Optional<Page> previous(Page page, Answers answers) {
		for (int i = page.index() - 1; i >= 0; i--) {
			if (isShown(pages.get(i), answers)) {
				return Optional.of(pages.get(i));
			}
		}
		return Optional.empty();
	}

	/** The first shown page with a required question not yet answered, if any. */
	Optional<Page> firstUnanswered(Answers answers) {
		return pages.stream()
			.filter(page -> page.items().stream().anyMatch(item -> isMissing(item, answers)))
			.findFirst();
	}

	private boolean isMissing(Item item, Answers answers) {
		return item.required() && !answers.has(item.linkId()) && questionnaire.isAsked(item, answers);
	}

	/**
	 * "Check your answers": each question asked, in the order asked, under its step, with
	 * its answer as {@code display} shows it.
	 */
	List<StepRows> summary(Answers answers, BiFunction<Item, Answer, List<String>> display) {
		Map<Integer, List<SummaryRow>> byStep = new LinkedHashMap<>();
		for (Page page : pages) {
			for (Item item : page.items()) {
				answers.get(item.linkId())
					.filter(answer -> questionnaire.isAsked(item, answers))
					.ifPresent(answer -> byStep.computeIfAbsent(page.step(), step -> new ArrayList<>())
						.add(new SummaryRow(item, display.apply(item, answer), page.index())));
			}
		}
		return byStep.entrySet().stream().map(e -> new StepRows(e.getKey(), e.getValue())).toList();
	}

	/**
	 * Answers in questionnaire order without those to questions that no longer apply
	 * (after the patient changed an earlier answer), with the wizard's own answer to a
	 * question it does not ask.
	 */
	Answers prune(Map<String, Answer> values) {
		return settle(null, values);
	}

	/**
	 * As {@link #prune}, and without the answer to a question that {@code before} did not
	 * ask and these answers do, so that the patient is asked it (leg pain newly ticked:
	 * the walking question).
	 */
	Answers settle(@Nullable Answers before, Map<String, Answer> values) {
		Map<String, Answer> kept = new LinkedHashMap<>();
		for (Item item : questionnaire.items()) {
			Answers soFar = new Answers(kept);
			Optional<String> ours = questionnaire.answerWhenNotAsked(item, soFar);
			Answer answer = values.get(item.linkId());
			if (ours.isPresent()) {
				kept.put(item.linkId(), new Answer.Single(ours.get()));
			}
			else if (answer != null && questionnaire.isAsked(item, soFar)
					&& (before == null || questionnaire.isAsked(item, before))) {
				kept.put(item.linkId(), answer);
			}
		}
		return new Answers(kept);
	}

	/**
	 * Form values (as posted) for one item, turned into an answer; the caller validated
	 * them.
	 */
	static Optional<Answer> answerOf(Item item, List<String> values) {
		if (values == null || values.isEmpty()) {
			return Optional.empty();
		}
		return switch (item.type()) {
			case SINGLE -> Optional.of(new Answer.Single(values.get(0)));
			case INTEGER -> Optional.of(new Answer.Whole(Integer.parseInt(values.get(0).trim())));
			case MULTI -> Optional.of(new Answer.Multi(item.codes().stream().filter(values::contains).toList()));
		};
	}

	/** An answer as form values, the shape the validator and the templates use. */
	static List<String> formValues(Item item, Answer answer) {
		return item.type() == ItemType.INTEGER ? List.of(String.valueOf(((Answer.Whole) answer).value()))
				: answer.codes();
	}

	/**
	 * One question on a page: what the patient selected (or typed) and the error to show,
	 * if any.
	 */
	public record Question(Item item, List<String> codes, List<String> selected, String error) {

		public boolean isSelected(String code) {
			return selected.contains(code);
		}

	}

	/** One row of "Check your answers". */
	public record SummaryRow(Item item, List<String> answers, int page) {
	}

	/** The rows of "Check your answers" under one step's heading. */
	public record StepRows(int step, List<SummaryRow> rows) {

		public StepRows {
			rows = List.copyOf(rows);
		}

		public String titleKey() {
			return "q.step." + step + ".title";
		}

	}

}

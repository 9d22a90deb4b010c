package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nextsteps.questionnaire.Answer;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.Step;

/**
 * The questionnaire as a sequence of pages. Each contract step is one topic; an item
 * whose enableWhen looks at another item of the same step gets a page of its own, shown
 * only when it applies, so that no page asks a question that its own answers may rule out
 * (the flow works without JavaScript).
 */
public final class QuestionnaireFlow {

	/** One page of the wizard: its place, its step (for "Step 3 of 7") and its items. */
	public record Page(int index, int step, List<Item> items) {

		public boolean isSafetyCheck() {
			return index == 0;
		}

	}

	private final Questionnaire questionnaire;

	private final List<Page> pages;

	QuestionnaireFlow(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
		List<Page> built = new ArrayList<>();
		for (Step step : questionnaire.steps()) {
			List<Item> current = new ArrayList<>();
			for (Item item : step.items()) {
				boolean dependsOnThisStep = item.enableWhen() != null
						&& step.items().stream().anyMatch(other -> other.linkId().equals(item.enableWhen().question()));
				if (dependsOnThisStep) {
					flush(built, step.number(), current);
					built.add(new Page(built.size(), step.number(), List.of(item)));
				}
				else {
					current.add(item);
				}
			}
			flush(built, step.number(), current);
		}
		this.pages = List.copyOf(built);
	}

	private static void flush(List<Page> pages, int step, List<Item> items) {
		if (!items.isEmpty()) {
			pages.add(new Page(pages.size(), step, List.copyOf(items)));
			items.clear();
		}
	}

	List<Page> pages() {
		return pages;
	}

	int stepCount() {
		return questionnaire.steps().size();
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

	/** Whether any question of the page applies, given the answers so far. */
	boolean isShown(Page page, Answers answers) {
		return page.items().stream().anyMatch(item -> questionnaire.isEnabled(item, answers));
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
		for (Page page : pages) {
			for (Item item : page.items()) {
				if (item.required() && !answers.has(item.linkId()) && questionnaire.isEnabled(item, answers)) {
					return Optional.of(page);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Answers in questionnaire order without those to questions that no longer apply
	 * (after the patient changed an earlier answer).
	 */
	Answers prune(Map<String, Answer> values) {
		Map<String, Answer> kept = new LinkedHashMap<>();
		for (Item item : questionnaire.items()) {
			Answer answer = values.get(item.linkId());
			if (answer != null && questionnaire.isEnabled(item, new Answers(kept))) {
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

}

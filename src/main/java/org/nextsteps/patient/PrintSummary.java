package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.content.Citation;
import org.nextsteps.content.Outcome;
import org.nextsteps.content.SourceCatalogue;
import org.nextsteps.content.Stage;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.resultpage.Reflection;
import org.nextsteps.resultpage.ResultPage;
import org.springframework.context.MessageSource;

/**
 * The one-page summary to bring to a visit (issue 13): the patient's key answers, what
 * matters to them, their leaning and readiness, the top options with their balance,
 * numbers and cautions, and the other options by name. The page adds the safety net, the
 * questions to tick, the link with its QR code and the release.
 *
 * @param told the key answers, as "What you told us" on the result page
 * @param priorities what the patient chose as mattering most in the questionnaire
 * @param ratings the trade-offs rated, most important first
 * @param leaning the title of the option the patient leans toward, "not sure yet", or
 * {@code null}
 * @param readiness the readiness answers given
 * @param readinessOutcome "ready", "not-yet" or "" (see {@link Reflection})
 * @param top the top options beyond urgent care, in full
 * @param more the titles of the next options, by name only
 */
record PrintSummary(List<Row> told, List<String> priorities, List<Row> ratings, @Nullable String leaning,
		List<Row> readiness, String readinessOutcome, List<TopOption> top, List<String> more) {

	/** How many options the summary gives in full. */
	static final int TOP = 3;

	/** The questionnaire's priorities, given with what matters to the patient. */
	static final String PRIORITIES = "priorities";

	/** The injection's item, and where in the spine it was, given on the same line. */
	static final String INJECTION = "injection_type";

	static final String SPINE_REGION = "spine_region";

	/** How many more it names. */
	static final int MORE = 4;

	/** A label and what the patient said. */
	record Row(String label, String value) {
	}

	/**
	 * A top option: its suggestion, its first outcome number with that number's source,
	 * when it has one.
	 */
	record TopOption(Assessments.Suggestion suggestion, @Nullable Outcome outcome, @Nullable Citation source) {
	}

	static PrintSummary of(Assessments.Result result, Reflection reflection, Questionnaire questionnaire,
			SourceCatalogue catalogue, MessageSource messages, Locale locale) {
		List<Row> told = told(result.answers(), questionnaire, messages, locale);
		List<Row> ratings = new ArrayList<>();
		reflection.orderedRatings()
			.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue() - a.getValue())
			.forEach(rating -> ratings.add(new Row(messages.getMessage("weigh.value." + rating.getKey(), null, locale),
					messages.getMessage("weigh.scale." + rating.getValue(), null, locale))));
		String leaning = null;
		if (Reflection.NOT_SURE.equals(reflection.leaning())) {
			leaning = messages.getMessage("weigh.leaning.not-sure", null, locale);
		}
		else if (reflection.leaning() != null) {
			leaning = result.suggestions()
				.stream()
				.filter(s -> s.ranked().slug().equals(reflection.leaning()))
				.map(s -> s.option().content().title())
				.findFirst()
				.orElse(null);
		}
		List<Row> readiness = new ArrayList<>();
		for (String question : Reflection.READINESS) {
			String answer = reflection.ready(question);
			if (!answer.isEmpty()) {
				readiness.add(new Row(messages.getMessage("weigh.ready." + question + ".short", null, locale),
						messages.getMessage("weigh." + answer, null, locale)));
			}
		}
		List<TopOption> top = new ArrayList<>();
		List<String> more = new ArrayList<>();
		for (Assessments.Suggestion s : result.suggestions()) {
			if (s.option().content().stage() == Stage.URGENT) {
				continue;
			}
			if (top.size() < TOP) {
				List<Outcome> outcomes = s.option().content().outcomes();
				Outcome first = outcomes.isEmpty() ? null : outcomes.get(0);
				top.add(new TopOption(s, first, first == null ? null : catalogue.cite(first.source())));
			}
			else if (more.size() < MORE) {
				more.add(s.option().content().title());
			}
		}
		List<String> priorities = result.answers()
			.codes(PRIORITIES)
			.stream()
			.map(code -> messages.getMessage(questionnaire.item(PRIORITIES).orElseThrow().codeKey(code), null, locale))
			.toList();
		return new PrintSummary(List.copyOf(told), priorities, List.copyOf(ratings), leaning, List.copyOf(readiness),
				reflection.readinessOutcome(), List.copyOf(top), List.copyOf(more));
	}

	/** The key answers, each item on one line, its answers joined by commas. */
	private static List<Row> told(Answers answers, Questionnaire questionnaire, MessageSource messages, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (String id : ResultPage.TOLD) {
			if (id.equals(PRIORITIES) || id.equals(SPINE_REGION)) {
				continue; // under what matters to the patient; with the injection
			}
			Item item = questionnaire.item(id).orElseThrow();
			List<String> texts = new ArrayList<>();
			if (item.type() == ItemType.INTEGER) {
				answers.integer(id)
					.ifPresent(
							n -> texts.add(messages.getMessage("told." + id + ".value", new Object[] { n }, locale)));
			}
			else {
				answers.codes(id).forEach(code -> texts.add(messages.getMessage(item.codeKey(code), null, locale)));
			}
			if (id.equals(INJECTION) && answers.code(SPINE_REGION).isPresent()) {
				Item region = questionnaire.item(SPINE_REGION).orElseThrow();
				texts.add(messages.getMessage(region.codeKey(answers.code(SPINE_REGION).get()), null, locale));
			}
			if (!texts.isEmpty()) {
				rows.add(new Row(messages.getMessage("told." + id, null, locale), String.join("; ", texts)));
			}
		}
		return rows;
	}

}

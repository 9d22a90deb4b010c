package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.content.Stage;
import org.nextsteps.questionnaire.Answer;
import org.nextsteps.questionnaire.Answers;

/**
 * Evaluator semantics on small hand-written tables (the seed table is covered by the
 * scenario and property tests).
 */
class EvaluatorTest {

	private final Evaluator evaluator = new Evaluator();

	private final List<RuleDefinition> rules = new ArrayList<>();

	private void add(RuleKind kind, String target, int weight, String reason, ConditionDefinition... when) {
		rules.add(new RuleDefinition("rule-" + rules.size(), kind, List.of(when), target, weight, reason,
				List.of("NICE NG59"), true));
	}

	private static ConditionDefinition is(String linkId, String... codes) {
		return ConditionDefinition.of(linkId, codes.length == 1 ? "is" : "is_any_of", codes);
	}

	private static Answers answers(Object... pairs) {
		Map<String, Answer> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			Object value = pairs[i + 1];
			map.put((String) pairs[i],
					value instanceof Integer n ? new Answer.Whole(n)
							: value instanceof List<?> list
									? new Answer.Multi(list.stream().map(String.class::cast).toList())
									: new Answer.Single((String) value));
		}
		return new Answers(map);
	}

	private Evaluation evaluate(Answers answers) {
		return evaluator.evaluate(answers, Fixtures.compile(rules));
	}

	private static List<String> slugs(Evaluation e) {
		return GuideChecks.slugs(e);
	}

	@Test
	void withoutMatchingDispositionRulesItIsRoutine() {
		add(RuleKind.DISPOSITION, "emergency", 100, "Go now.", is("red_flags", "saddle_numbness"));
		Evaluation e = evaluate(answers("red_flags", List.of("none")));
		assertThat(e.disposition()).isEqualTo(Disposition.ROUTINE);
		assertThat(e.options()).isEmpty();
	}

	@Test
	void theMostUrgentDispositionWinsAndOnlyItsUrgentOptionIsShownFirstWithEveryFlagsReason() {
		add(RuleKind.DISPOSITION, "soon", 100, "Soon reason.", is("red_flags", "recent_trauma"));
		add(RuleKind.DISPOSITION, "urgent", 100, "Urgent reason.", is("red_flags", "headache_upright"));
		add(RuleKind.SUGGEST, "physical-therapy", 100, "PT reason.");
		Evaluation e = evaluate(answers("red_flags", List.of("headache_upright", "recent_trauma")));
		assertThat(e.disposition()).isEqualTo(Disposition.URGENT);
		assertThat(slugs(e)).containsExactly("same-day-medical-review", "physical-therapy");
		assertThat(e.options().get(0).reasons()).containsExactly("Urgent reason.", "Soon reason.");
		assertThat(e.options().get(0).stage()).isEqualTo(Stage.URGENT);
	}

	@Test
	void suggestionsAddUpAndUnsuggestedOptionsAreAbsent() {
		add(RuleKind.SUGGEST, "pain-diary", 10, "Diary.");
		add(RuleKind.SUGGEST, "physical-therapy", 30, "PT one.");
		add(RuleKind.SUGGEST, "physical-therapy", 5, "PT two.", is("tried", "massage"));
		add(RuleKind.SUGGEST, "physical-therapy", 5, "PT one.", is("tried", "massage"));
		add(RuleKind.SUGGEST, "acupuncture", 50, "Never.", is("tried", "acupuncture"));
		Evaluation e = evaluate(answers("tried", List.of("massage", "opioids")));
		assertThat(e.options()).extracting(RankedOption::slug, RankedOption::rank, RankedOption::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("physical-therapy", 1, 40),
					org.assertj.core.groups.Tuple.tuple("pain-diary", 2, 10));
		assertThat(e.options().get(0).reasons()).as("rule order, no duplicates").containsExactly("PT one.", "PT two.");
	}

	@Test
	void firstOptionsLeadWhateverTheScores() {
		add(RuleKind.SUGGEST, "physical-therapy", 100, "PT.");
		add(RuleKind.SUGGEST, "diagnostic-re-evaluation", 100, "Check.");
		add(RuleKind.FIRST, "give-it-time", 1, "Wait.");
		add(RuleKind.PREFER, "stage:conservative", 100, null, is("priorities", "stay_active"));
		add(RuleKind.DISPOSITION, "soon", 1, "Soon.", is("red_flags", "recent_trauma"));
		assertThat(slugs(evaluate(answers("priorities", List.of("stay_active"))))).containsExactly("give-it-time",
				"physical-therapy", "diagnostic-re-evaluation");
		assertThat(slugs(evaluate(answers("red_flags", List.of("recent_trauma")))))
			.containsExactly("prompt-medical-review", "give-it-time", "diagnostic-re-evaluation", "physical-therapy");
	}

	@Test
	void exclusionBeatsEverySuggestion() {
		add(RuleKind.SUGGEST, "discectomy", 100, "Op.");
		add(RuleKind.FIRST, "laminectomy", 100, "Op.");
		add(RuleKind.SUGGEST, "physical-therapy", 10, "PT.");
		add(RuleKind.EXCLUDE, "discectomy", 0, null,
				ConditionDefinition.of("imaging_findings", "is_not", "herniated_disc"));
		add(RuleKind.EXCLUDE, "stage:surgical", 0, null, is("injection_type", "joint_or_tendon_steroid"));
		assertThat(slugs(evaluate(answers("imaging_findings", List.of("spinal_stenosis")))))
			.containsExactly("laminectomy", "physical-therapy");
		assertThat(slugs(evaluate(answers("imaging_findings", List.of("herniated_disc")))))
			.containsExactly("laminectomy", "discectomy", "physical-therapy");
		assertThat(slugs(evaluate(
				answers("injection_type", "joint_or_tendon_steroid", "imaging_findings", List.of("herniated_disc")))))
			.containsExactly("physical-therapy");
	}

	@Test
	void boostsAndPreferencesOnlyReorderSuitableOptions() {
		add(RuleKind.SUGGEST, "physical-therapy", 40, "PT.");
		add(RuleKind.SUGGEST, "radiofrequency-ablation", 50, "RFA.");
		add(RuleKind.BOOST, "spinal-fusion", 100, "Never shown.");
		add(RuleKind.PREFER, "stage:interventional", -20, null, is("priorities", "avoid_procedures"));
		add(RuleKind.PREFER, "physical-therapy", 5, "You want to stay active.", is("priorities", "stay_active"));
		assertThat(slugs(evaluate(answers()))).containsExactly("radiofrequency-ablation", "physical-therapy");
		Evaluation avoiding = evaluate(answers("priorities", List.of("avoid_procedures", "stay_active")));
		assertThat(avoiding.options()).extracting(RankedOption::slug, RankedOption::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("physical-therapy", 45),
					org.assertj.core.groups.Tuple.tuple("radiofrequency-ablation", 30));
		assertThat(avoiding.options().get(0).reasons()).containsExactly("PT.", "You want to stay active.");
		assertThat(avoiding.options().get(1).reasons()).containsExactly("RFA.");
	}

	@Test
	void preferencesNeverLiftAnythingAboveTheUrgentOption() {
		add(RuleKind.DISPOSITION, "urgent", 1, "Today.", is("red_flags", "fever_or_site_infection"));
		add(RuleKind.SUGGEST, "physical-therapy", 100, "PT.");
		add(RuleKind.PREFER, "physical-therapy", 100, null, is("priorities", "stay_active"));
		assertThat(slugs(evaluate(
				answers("red_flags", List.of("fever_or_site_infection"), "priorities", List.of("stay_active")))))
			.containsExactly("same-day-medical-review", "physical-therapy");
	}

	@Test
	void tiesGoToTheLessInvasiveStageThenTheSlug() {
		add(RuleKind.SUGGEST, "spinal-fusion", 10, "A.");
		add(RuleKind.SUGGEST, "radiofrequency-ablation", 10, "B.");
		add(RuleKind.SUGGEST, "massage-therapy", 10, "C.");
		add(RuleKind.SUGGEST, "acupuncture", 10, "D.");
		assertThat(slugs(evaluate(answers()))).containsExactly("acupuncture", "massage-therapy",
				"radiofrequency-ablation", "spinal-fusion");
	}

	@Test
	void explanationAndQuestionKeysComeOnceInRuleOrder() {
		add(RuleKind.EXPLAIN, "too_early", 0, null);
		add(RuleKind.ASK, "q_flare", 0, null);
		add(RuleKind.EXPLAIN, "anaesthetic_only", 0, null);
		add(RuleKind.EXPLAIN, "too_early", 0, null);
		add(RuleKind.ASK, "q_pain_diary", 0, null);
		add(RuleKind.ASK, "q_flare", 0, null);
		add(RuleKind.ASK, "q_evidence", 0, null, is("tried", "massage"));
		Evaluation e = evaluate(answers());
		assertThat(e.explanationKeys()).containsExactly("too_early", "anaesthetic_only");
		assertThat(e.questionKeys()).containsExactly("q_flare", "q_pain_diary");
	}

	@Test
	void unknownItemsAndCodesInHandBuiltAnswersAreIgnored() {
		add(RuleKind.SUGGEST, "pain-diary", 10, "Diary.", ConditionDefinition.of("tried", "is_not", "massage"));
		assertThat(slugs(evaluate(answers("colour", "blue", "tried", List.of("yoga"))))).containsExactly("pain-diary");
	}

	@Test
	void integerConditions() {
		add(RuleKind.SUGGEST, "pain-diary", 10, "Diary.", ConditionDefinition.of("pain_score", "at_least", "7"));
		assertThat(slugs(evaluate(answers("pain_score", 7)))).containsExactly("pain-diary");
		assertThat(slugs(evaluate(answers("pain_score", 6)))).isEmpty();
		assertThat(slugs(evaluate(answers()))).isEmpty();
	}

}

package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;

/**
 * check-guide.py --random, without the server: 5000 random valid answer sets (its
 * generator, fixed seed), each checked against its shape rules and clinical invariants,
 * and evaluated twice for determinism.
 */
class PathwayPropertyTest {

	private static final int RUNS = 5000;

	private final AnswerValidator validator = new AnswerValidator(Questionnaire.standard());

	private final Evaluator evaluator = new Evaluator();

	@Test
	void everyRandomAnswerSetKeepsTheInvariants() {
		Random rng = new Random(20_261_122L);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			Map<String, Object> answers = GuideChecks.randomAnswers(rng);
			ValidationResult result = validator.validate(answers);
			if (!result.isValid()) {
				failures.add("#" + i + " " + answers + ": rejected " + result.errors());
				continue;
			}
			Evaluation evaluation = evaluator.evaluate(result.answers(), Fixtures.seedRules());
			List<String> problems = new ArrayList<>(GuideChecks.shapeProblems(evaluation));
			problems.addAll(GuideChecks.invariantProblems(answers, evaluation));
			if (!evaluation.equals(evaluator.evaluate(validator.validate(answers).answers(), Fixtures.seedRules()))) {
				problems.add("the same answers gave another result");
			}
			if (!problems.isEmpty()) {
				failures.add("#" + i + " " + answers + ": " + problems + " -> " + GuideChecks.slugs(evaluation));
			}
		}
		assertThat(failures).as("%d of %d random answer sets fail", failures.size(), RUNS).isEmpty();
	}

	@Test
	void withoutUrgentOrLeadingOptionsTheListIsInScoreOrder() {
		Random rng = new Random(7);
		CompiledRuleSet rules = Fixtures.seedRules();
		for (int i = 0; i < 1000; i++) {
			Map<String, Object> answers = GuideChecks.randomAnswers(rng);
			Answers valid = validator.validate(answers).answers();
			Evaluation e = evaluator.evaluate(valid, rules);
			// the options that FIRST rules lead with, for these answers
			long[] selected = new long[rules.itemCount()];
			int[] numbers = new int[selected.length];
			rules.encode(valid, selected, numbers);
			java.util.Set<String> leading = new java.util.HashSet<>();
			for (CompiledRule rule : rules.rules) {
				if (rule.kind() == RuleKind.FIRST && rule.holds(selected, numbers)) {
					leading.add(rules.slugs[rule.targets()[0]]);
				}
			}
			assertThat(e.options()
				.stream()
				.filter(o -> o.stage() != org.nextsteps.content.Stage.URGENT && !leading.contains(o.slug()))
				.map(RankedOption::score)
				.toList()).as("%s", answers).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		}
	}

	/**
	 * The clinician summary's trace agrees with the result on 1000 random answer sets:
	 * every ranked option has a rule behind it, no ranked option was excluded, the score
	 * is the sum of the weights of the rules named, and there are disposition rules
	 * exactly when the result is not routine.
	 */
	@Test
	void theTraceNamesTheRulesBehindEveryRankedOptionAndNoOther() {
		Random rng = new Random(15);
		CompiledRuleSet rules = Fixtures.seedRules();
		Map<String, CompiledRule> byKey = new java.util.HashMap<>();
		for (CompiledRule rule : rules.rules) {
			byKey.put(rule.key(), rule);
		}
		for (int i = 0; i < 1000; i++) {
			Map<String, Object> answers = GuideChecks.randomAnswers(rng);
			Answers valid = validator.validate(answers).answers();
			Evaluation e = evaluator.evaluate(valid, rules);
			Trace trace = evaluator.trace(valid, rules);
			assertThat(trace.disposition().isEmpty()).as("%s", answers)
				.isEqualTo(e.disposition() == Disposition.ROUTINE);
			for (RankedOption option : e.options()) {
				assertThat(trace.forOption(option.slug())).as("%s %s", option.slug(), answers).isNotEmpty();
				assertThat(trace.excluded()).as("%s", answers).doesNotContainKey(option.slug());
				int weights = trace.forOption(option.slug()).stream().mapToInt(key -> byKey.get(key).weight()).sum();
				assertThat(weights).as("%s %s", option.slug(), answers).isEqualTo(option.score());
			}
		}
	}

}

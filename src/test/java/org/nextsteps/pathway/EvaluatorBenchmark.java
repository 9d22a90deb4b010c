package org.nextsteps.pathway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;

/**
 * Times {@link Evaluator#evaluate} on the seed rules over 10,000 random valid answer
 * sets, after a warm-up, and prints microseconds per assessment. Validation and rule
 * compilation are outside the timed loop (they happen once per request and once per
 * release). Run with a full JIT, e.g.:
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.nextsteps.pathway.EvaluatorBenchmark
 * </pre>
 */
public final class EvaluatorBenchmark {

	private static final int SETS = 10_000;

	private static final int WARM_UP_ROUNDS = 30;

	private static final int TIMED_ROUNDS = 15;

	private EvaluatorBenchmark() {
	}

	public static void main(String[] args) {
		CompiledRuleSet rules = Fixtures.seedRules();
		AnswerValidator validator = new AnswerValidator(Questionnaire.standard());
		Random rng = new Random(1);
		List<Answers> sets = new ArrayList<>(SETS);
		while (sets.size() < SETS) {
			sets.add(validator.validate(GuideChecks.randomAnswers(rng)).answers());
		}
		Evaluator evaluator = new Evaluator();
		long sink = 0;
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			sink += run(evaluator, rules, sets);
		}
		double[] micros = new double[TIMED_ROUNDS];
		for (int round = 0; round < TIMED_ROUNDS; round++) {
			long start = System.nanoTime();
			sink += run(evaluator, rules, sets);
			micros[round] = (System.nanoTime() - start) / 1_000.0 / SETS;
		}
		Arrays.sort(micros);
		System.out.printf("evaluate(): %d rules, %d answer sets x %d rounds after %d warm-up rounds%n",
				rules.rules.length, SETS, TIMED_ROUNDS, WARM_UP_ROUNDS);
		System.out.printf("median %.2f us per assessment (best %.2f, worst %.2f) [checksum %d]%n",
				micros[TIMED_ROUNDS / 2], micros[0], micros[TIMED_ROUNDS - 1], sink);
	}

	/** Returns a value derived from every result so the JIT cannot drop the work. */
	private static long run(Evaluator evaluator, CompiledRuleSet rules, List<Answers> sets) {
		long sum = 0;
		for (Answers answers : sets) {
			Evaluation e = evaluator.evaluate(answers, rules);
			sum += e.options().size() + e.disposition().ordinal() + e.options().get(0).score();
		}
		return sum;
	}

}

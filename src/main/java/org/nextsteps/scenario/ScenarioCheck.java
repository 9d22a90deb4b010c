package org.nextsteps.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.nextsteps.content.Explanation;
import org.nextsteps.pathway.Evaluation;

/**
 * Checks a result against a scenario's expectations, the way shared/tools/check-guide.py
 * does (check_expect). Each failure is a message key with its arguments
 * (messages/scenario), so editors read why in words.
 */
public final class ScenarioCheck {

	/** One expectation the result does not meet, as a message key and its arguments. */
	public record Failure(String key, List<Object> args) {

		Failure(String key, Object... args) {
			this(key, List.of(args));
		}

		public Object[] argArray() {
			return args.toArray();
		}

	}

	private ScenarioCheck() {
	}

	/**
	 * What the result fails of the expectations.
	 * @param evaluation the ranking, disposition and reasons
	 * @param explanations the explanations the result shows, with their texts
	 */
	public static List<Failure> check(List<Expectation> expectations, Evaluation evaluation,
			List<Explanation> explanations) {
		Result result = new Result(evaluation, explanations);
		List<Failure> failures = new ArrayList<>();
		for (Expectation expectation : expectations) {
			failure(expectation, result).ifPresent(failures::add);
		}
		return failures;
	}

	/** The result as the checks read it: each option's rank by slug, and the first. */
	private record Result(Evaluation evaluation, List<Explanation> explanations, Map<String, Integer> rank,
			String first) {

		Result(Evaluation evaluation, List<Explanation> explanations) {
			this(evaluation, explanations, ranks(evaluation),
					evaluation.options().isEmpty() ? "-" : evaluation.options().get(0).slug());
		}

		private static Map<String, Integer> ranks(Evaluation evaluation) {
			Map<String, Integer> rank = new HashMap<>();
			evaluation.options().forEach(option -> rank.put(option.slug(), option.rank()));
			return rank;
		}

	}

	// One branch per case of the sealed Expectation; the last line is never reached.
	private static Optional<Failure> failure(Expectation expectation, Result result) {
		Map<String, Integer> rank = result.rank();
		if (expectation instanceof Expectation.DispositionIs e) {
			String actual = result.evaluation().disposition().code();
			return failIf(!actual.equals(e.code()), "scenario.check.disposition", e.code(), actual);
		}
		if (expectation instanceof Expectation.First e) {
			return failIf(!result.first().equals(e.slug()), "scenario.check.first", e.slug(), result.first());
		}
		if (expectation instanceof Expectation.InTop e) {
			Integer at = rank.get(e.slug());
			if (at == null) {
				return fail("scenario.check.in-top.absent", e.slug(), e.n());
			}
			return failIf(at > e.n(), "scenario.check.in-top", e.slug(), e.n(), at);
		}
		if (expectation instanceof Expectation.NotInTop e) {
			Integer at = rank.get(e.slug());
			return failIf(at != null && at <= e.n(), "scenario.check.not-in-top", e.slug(), e.n(), at);
		}
		if (expectation instanceof Expectation.Present e) {
			return failIf(!rank.containsKey(e.slug()), "scenario.check.present", e.slug());
		}
		if (expectation instanceof Expectation.Absent e) {
			return failIf(rank.containsKey(e.slug()), "scenario.check.absent", e.slug(), rank.get(e.slug()));
		}
		if (expectation instanceof Expectation.Before e) {
			Integer at = rank.get(e.slug());
			Integer other = rank.get(e.other());
			if (at == null) {
				return fail("scenario.check.before.absent", e.slug(), e.other());
			}
			return failIf(other != null && other < at, "scenario.check.before", e.slug(), e.other(), at, other);
		}
		if (expectation instanceof Expectation.ExplanationAbsent e) {
			return failIf(result.explanations().stream().anyMatch(x -> x.key().equals(e.key())),
					"scenario.check.explanation-absent", e.key());
		}
		if (expectation instanceof Expectation.ReasonsNotMatching e) {
			List<String> reasons = result.evaluation()
				.options()
				.stream()
				.flatMap(option -> option.reasons().stream())
				.toList();
			return matching("scenario.check.reasons-matching", e.pattern(), reasons);
		}
		if (expectation instanceof Expectation.ExplanationsNotMatching e) {
			return matching("scenario.check.explanations-matching", e.pattern(),
					result.explanations().stream().map(x -> x.title() + " " + x.body()).toList());
		}
		if (expectation instanceof Expectation.Unknown e) {
			return fail("scenario.check.unknown", e.type());
		}
		throw new IllegalStateException("No check for " + expectation);
	}

	/**
	 * A failure naming the first text with a match of the pattern (its first 120
	 * characters), as check-guide.py does; a pattern that does not compile fails too.
	 */
	private static Optional<Failure> matching(String key, String pattern, List<String> texts) {
		Pattern compiled;
		try {
			compiled = Pattern.compile(pattern);
		}
		catch (PatternSyntaxException ex) {
			return fail("scenario.check.pattern", pattern);
		}
		return texts.stream()
			.filter(text -> compiled.matcher(text).find())
			.findFirst()
			.map(text -> new Failure(key, pattern, text.substring(0, Math.min(120, text.length()))));
	}

	private static Optional<Failure> failIf(boolean failed, String key, Object... args) {
		return failed ? fail(key, args) : Optional.empty();
	}

	private static Optional<Failure> fail(String key, Object... args) {
		return Optional.of(new Failure(key, args));
	}

}

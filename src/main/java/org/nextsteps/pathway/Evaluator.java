package org.nextsteps.pathway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nextsteps.questionnaire.Answers;

/**
 * Runs a compiled rule set on one set of answers. Pure and deterministic; stateless, so
 * one instance serves every thread.
 * <p>
 * Ranking, in this order: the urgent option of the disposition (only DISPOSITION rules
 * can bring one in, so emergency-care never shows without an emergency rule); then FIRST
 * options; then every other suitable option. Within each group the higher score wins,
 * then the less invasive stage, then the slug. SUGGEST and FIRST make an option suitable;
 * BOOST, PREFER and CAUTION only add to the score of options that are already suitable (a
 * CAUTION also attaches its text to the option); EXCLUDE removes an option whatever else
 * matched.
 */
public final class Evaluator {

	private static final byte UNSUITABLE = 0;

	private static final byte SUGGESTED = 1;

	private static final byte LEADING = 2;

	private static final byte URGENT = 3;

	public Evaluation evaluate(Answers answers, CompiledRuleSet rules) {
		long[] selected = new long[rules.itemCount()];
		int[] numbers = new int[selected.length];
		rules.encode(answers, selected, numbers);

		CompiledRule[] all = rules.rules;
		int optionCount = rules.slugs.length;
		int[] score = new int[optionCount];
		byte[] tier = new byte[optionCount];
		boolean[] excluded = new boolean[optionCount];
		@SuppressWarnings("unchecked")
		List<String>[] reasons = new List[optionCount];
		@SuppressWarnings("unchecked")
		List<String>[] cautions = new List[optionCount];
		int[] later = new int[all.length]; // matched BOOST/PREFER/CAUTION rules: they
											// need to know what is suitable
		int laterCount = 0;
		int[] flags = new int[all.length]; // matched DISPOSITION rules
		int flagCount = 0;
		int disposition = Disposition.ROUTINE.ordinal();
		boolean[] explained = new boolean[rules.explanationKeys.length];
		boolean[] asked = new boolean[rules.questionKeys.length];
		boolean[] warned = new boolean[rules.safetyNetKeys.length];
		List<String> explanations = new ArrayList<>();
		List<String> questions = new ArrayList<>();
		List<String> safetyNet = new ArrayList<>();

		for (int r = 0; r < all.length; r++) {
			CompiledRule rule = all[r];
			if (!rule.holds(selected, numbers)) {
				continue;
			}
			int target = rule.targets().length == 0 ? -1 : rule.targets()[0];
			switch (rule.kind()) {
				case SUGGEST, FIRST -> {
					byte level = rule.kind() == RuleKind.FIRST ? LEADING : SUGGESTED;
					tier[target] = (byte) Math.max(tier[target], level);
					score[target] += rule.weight();
					reasons[target] = addReason(reasons[target], rule.reason());
				}
				case EXCLUDE -> {
					for (int option : rule.targets()) {
						excluded[option] = true;
					}
				}
				case DISPOSITION -> {
					flags[flagCount++] = r;
					disposition = Math.min(disposition, target);
				}
				case EXPLAIN -> {
					if (!explained[target]) {
						explained[target] = true;
						explanations.add(rules.explanationKeys[target]);
					}
				}
				case ASK -> {
					if (!asked[target]) {
						asked[target] = true;
						questions.add(rules.questionKeys[target]);
					}
				}
				case SAFETY_NET -> {
					if (!warned[target]) {
						warned[target] = true;
						safetyNet.add(rules.safetyNetKeys[target]);
					}
				}
				case BOOST, PREFER, CAUTION -> later[laterCount++] = r;
			}
		}
		for (int i = 0; i < laterCount; i++) {
			CompiledRule rule = all[later[i]];
			for (int option : rule.targets()) {
				if (tier[option] != UNSUITABLE) {
					score[option] += rule.weight();
					if (rule.kind() == RuleKind.CAUTION) {
						cautions[option] = addReason(cautions[option], rule.reason());
					}
					else {
						reasons[option] = addReason(reasons[option], rule.reason());
					}
				}
			}
		}
		int urgent = rules.urgentOption[disposition];
		if (urgent >= 0) {
			// one urgent option, for the most urgent disposition; every flag's reason is
			// shown under it, most urgent first
			tier[urgent] = URGENT;
			for (int level = disposition; level < Disposition.ROUTINE.ordinal(); level++) {
				for (int i = 0; i < flagCount; i++) {
					CompiledRule rule = all[flags[i]];
					if (rule.targets()[0] == level) {
						score[urgent] += rule.weight();
						reasons[urgent] = addReason(reasons[urgent], rule.reason());
					}
				}
			}
		}

		int[] order = new int[optionCount];
		int count = 0;
		for (int option = 0; option < optionCount; option++) {
			if (tier[option] != UNSUITABLE && !excluded[option]) {
				count = insert(order, count, option, tier, score);
			}
		}
		List<RankedOption> ranked = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int option = order[i];
			ranked.add(new RankedOption(rules.slugs[option], rules.stages[option], i + 1, score[option],
					reasons[option], cautions[option] == null ? List.of() : cautions[option]));
		}
		return new Evaluation(Disposition.values()[disposition], ranked, explanations, questions, safetyNet);
	}

	/**
	 * The keys of the rules that held for these answers, by the option or disposition
	 * they acted on (the clinician summary's "rules that fired"). A second pass over the
	 * rules, kept out of {@link #evaluate} so the result page pays nothing for it.
	 */
	public Trace trace(Answers answers, CompiledRuleSet rules) {
		long[] selected = new long[rules.itemCount()];
		int[] numbers = new int[selected.length];
		rules.encode(answers, selected, numbers);
		List<String> disposition = new ArrayList<>();
		Map<String, List<String>> options = new LinkedHashMap<>();
		Map<String, List<String>> exclusions = new LinkedHashMap<>();
		java.util.Set<String> suitable = new java.util.HashSet<>();
		int level = Disposition.ROUTINE.ordinal();
		for (CompiledRule rule : rules.rules) {
			if (!rule.holds(selected, numbers)) {
				continue;
			}
			switch (rule.kind()) {
				case DISPOSITION -> {
					disposition.add(rule.key());
					level = Math.min(level, rule.targets()[0]);
				}
				case EXCLUDE -> {
					for (int option : rule.targets()) {
						exclusions.computeIfAbsent(rules.slugs[option], slug -> new ArrayList<>()).add(rule.key());
					}
				}
				case SUGGEST, FIRST, BOOST, PREFER, CAUTION -> {
					for (int option : rule.targets()) {
						options.computeIfAbsent(rules.slugs[option], slug -> new ArrayList<>()).add(rule.key());
						if (rule.kind() == RuleKind.SUGGEST || rule.kind() == RuleKind.FIRST) {
							suitable.add(rules.slugs[option]);
						}
					}
				}
				case EXPLAIN, ASK, SAFETY_NET -> {
					// content keys, not options
				}
			}
		}
		int urgent = rules.urgentOption[level];
		if (urgent >= 0) {
			options.computeIfAbsent(rules.slugs[urgent], slug -> new ArrayList<>()).addAll(disposition);
			suitable.add(rules.slugs[urgent]);
		}
		// an exclusion matters to a reader where it removed an option that was suitable
		Map<String, List<String>> excluded = new LinkedHashMap<>(exclusions);
		excluded.keySet().retainAll(suitable);
		options.keySet().removeAll(exclusions.keySet());
		return new Trace(disposition, options, excluded);
	}

	/**
	 * Insertion into the ranked prefix: tier, then score, then option index (stage, then
	 * slug).
	 */
	private static int insert(int[] order, int count, int option, byte[] tier, int[] score) {
		int at = count;
		while (at > 0 && before(option, order[at - 1], tier, score)) {
			order[at] = order[at - 1];
			at--;
		}
		order[at] = option;
		return count + 1;
	}

	private static boolean before(int a, int b, byte[] tier, int[] score) {
		if (tier[a] != tier[b]) {
			return tier[a] > tier[b];
		}
		if (score[a] != score[b]) {
			return score[a] > score[b];
		}
		return a < b;
	}

	private static @Nullable List<String> addReason(@Nullable List<String> reasons, @Nullable String reason) {
		if (reason == null) {
			return reasons;
		}
		List<String> list = reasons == null ? new ArrayList<>(2) : reasons;
		if (!list.contains(reason)) {
			list.add(reason);
		}
		return list;
	}

}

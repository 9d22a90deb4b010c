package org.nextsteps.pathway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.nextsteps.content.Stage;
import org.nextsteps.pathway.RuleProblem.Code;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;

/**
 * Validates rule definitions and compiles them for {@link Evaluator}. Conditions are
 * checked against the questionnaire and turned into bit-mask tests; targets are checked
 * against the content (option stages, explanation and question keys). Editor input is
 * only ever matched against these closed sets, never evaluated.
 */
public final class RuleSetCompiler {

	/** Weights stay small so no single editor row can swamp the table. */
	public static final int MIN_WEIGHT = -100;

	public static final int MAX_WEIGHT = 100;

	static final int MAX_REASON = 400;

	private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final String PRIORITIES = "priorities";

	private RuleSetCompiler() {
	}

	/** Compiles against the standard questionnaire. */
	public static CompiledRuleSet compile(List<RuleDefinition> rules, RuleTargets targets) {
		return compile(Questionnaire.standard(), rules, targets);
	}

	/**
	 * Compiles the enabled rules, keeping their order (which orders reasons and keys).
	 * @throws InvalidRulesException with every problem, when any enabled rule is invalid
	 * or a key is used twice
	 */
	public static CompiledRuleSet compile(Questionnaire questionnaire, List<RuleDefinition> rules,
			RuleTargets targets) {
		Context context = new Context(questionnaire, targets);
		List<RuleProblem> problems = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (RuleDefinition rule : rules) {
			if (rule == null) {
				problems.add(RuleProblem.of(null, Code.RULE_MISSING));
				continue;
			}
			if (rule.key() != null && !keys.add(rule.key())) {
				problems.add(RuleProblem.of(rule.key(), Code.KEY_TAKEN));
			}
			if (rule.enabled()) {
				problems.addAll(context.validate(rule));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRulesException(problems);
		}
		CompiledRule[] compiled = rules.stream()
			.filter(RuleDefinition::enabled)
			.map(context::compile)
			.toArray(CompiledRule[]::new);
		return new CompiledRuleSet(questionnaire, rules, targets.optionStages(), context.slugs, compiled,
				context.explanationKeys, context.questionKeys, context.safetyNetKeys);
	}

	/**
	 * The problems of one rule against the standard questionnaire (empty when it may be
	 * saved).
	 */
	public static List<RuleProblem> validate(RuleDefinition rule, RuleTargets targets) {
		return validate(Questionnaire.standard(), rule, targets);
	}

	public static List<RuleProblem> validate(Questionnaire questionnaire, RuleDefinition rule, RuleTargets targets) {
		if (rule == null) {
			return List.of(RuleProblem.of(null, Code.RULE_MISSING));
		}
		return new Context(questionnaire, targets).validate(rule);
	}

	/** What rules are checked against, indexed once. */
	private static final class Context {

		private final Questionnaire questionnaire;

		private final Map<String, Stage> optionStages;

		private final String[] slugs;

		private final Map<String, Integer> slugIndex = new HashMap<>();

		private final String[] explanationKeys;

		private final String[] questionKeys;

		private final String[] safetyNetKeys;

		Context(Questionnaire questionnaire, RuleTargets targets) {
			this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
			Map<String, Stage> optionStages = targets.optionStages();
			this.optionStages = Map.copyOf(optionStages);
			for (Item item : questionnaire.items()) {
				if (item.codes().size() > Long.SIZE) {
					throw new IllegalArgumentException(item.linkId() + " has more codes than a rule mask can hold");
				}
			}
			this.slugs = optionStages.keySet()
				.stream()
				.sorted(Comparator.comparing((String slug) -> optionStages.get(slug)).thenComparing(slug -> slug))
				.toArray(String[]::new);
			for (int i = 0; i < slugs.length; i++) {
				slugIndex.put(slugs[i], i);
			}
			this.explanationKeys = targets.explanationKeys().stream().sorted().toArray(String[]::new);
			this.questionKeys = targets.questionKeys().stream().sorted().toArray(String[]::new);
			this.safetyNetKeys = targets.safetyNetKeys().stream().sorted().toArray(String[]::new);
		}

		List<RuleProblem> validate(RuleDefinition rule) {
			Problems p = new Problems(rule.key());
			if (rule.key() == null || !KEBAB.matcher(rule.key()).matches() || rule.key().length() > 80) {
				p.add(Code.KEY_FORMAT);
			}
			if (rule.kind() == null) {
				p.add(Code.KIND_MISSING);
			}
			else {
				resolveTarget(rule, p);
				checkWeight(rule, p);
				checkReason(rule, p);
			}
			for (int i = 0; i < rule.when().size(); i++) {
				checkCondition(rule.when().get(i), i, p);
			}
			if (rule.kind() == RuleKind.PREFER && rule.when().stream().noneMatch(Context::positivePriority)) {
				p.add(Code.PREFER_PRIORITY);
			}
			if (rule.sources().isEmpty() || rule.sources().stream().anyMatch(s -> s == null || s.isBlank())) {
				p.add(Code.SOURCES_MISSING);
			}
			return p.list;
		}

		private static boolean positivePriority(ConditionDefinition c) {
			return c != null && PRIORITIES.equals(c.linkId()) && (ConditionOperator.IS.code().equals(c.operator())
					|| ConditionOperator.IS_ANY_OF.code().equals(c.operator()));
		}

		/**
		 * Checks the target against the content: the indices it stands for (options, the
		 * disposition, or a key), or null when it is wrong.
		 */
		private int @Nullable [] resolveTarget(RuleDefinition rule, Problems p) {
			String text = rule.target();
			if (text == null || text.isBlank()) {
				p.add(Code.TARGET_MISSING);
				return null;
			}
			RuleTarget target = rule.ruleTarget().orElse(null);
			if (target == null) {
				p.add(rule.kind() == RuleKind.DISPOSITION ? Code.TARGET_DISPOSITION : Code.TARGET_UNKNOWN_STAGE, text);
				return null;
			}
			if (target instanceof RuleTarget.Option option) {
				Stage stage = optionStages.get(option.slug());
				if (stage == null || stage == Stage.URGENT) {
					p.add(stage == null ? Code.TARGET_UNKNOWN_OPTION : Code.TARGET_URGENT, option.slug());
					return null;
				}
				return new int[] { slugIndex.get(option.slug()) };
			}
			if (target instanceof RuleTarget.WholeStage whole) {
				if (!rule.kind().takesWholeStage() || whole.stage() == Stage.URGENT) {
					p.add(rule.kind().takesWholeStage() ? Code.TARGET_URGENT : Code.TARGET_WHOLE_STAGE);
					return null;
				}
				return IntStream.range(0, slugs.length)
					.filter(i -> optionStages.get(slugs[i]) == whole.stage())
					.toArray();
			}
			if (target instanceof RuleTarget.Care care) {
				Disposition d = care.disposition();
				if (d == Disposition.ROUTINE) {
					p.add(Code.TARGET_DISPOSITION, text);
					return null;
				}
				if (optionStages.get(d.urgentOption().orElseThrow()) != Stage.URGENT) {
					p.add(Code.TARGET_NO_URGENT_OPTION, d.urgentOption().orElseThrow());
					return null;
				}
				return new int[] { d.ordinal() };
			}
			if (target instanceof RuleTarget.ExplanationKey key) {
				return index(explanationKeys, key.key(), Code.TARGET_UNKNOWN_EXPLANATION, p);
			}
			if (target instanceof RuleTarget.QuestionKey key) {
				return index(questionKeys, key.key(), Code.TARGET_UNKNOWN_QUESTION, p);
			}
			if (target instanceof RuleTarget.SafetyNetKey key) {
				return index(safetyNetKeys, key.key(), Code.TARGET_UNKNOWN_SAFETY_NET, p);
			}
			throw new IllegalStateException("No check for " + target);
		}

		private static int @Nullable [] index(String[] sortedKeys, String key, Code unknown, Problems p) {
			int index = Arrays.binarySearch(sortedKeys, key);
			if (index < 0) {
				p.add(unknown, key);
				return null;
			}
			return new int[] { index };
		}

		private static void checkWeight(RuleDefinition rule, Problems p) {
			int w = rule.weight();
			if (w < MIN_WEIGHT || w > MAX_WEIGHT) {
				p.add(Code.WEIGHT_RANGE, MIN_WEIGHT, MAX_WEIGHT);
			}
			else if ((rule.kind() == RuleKind.SUGGEST || rule.kind() == RuleKind.FIRST) && w <= 0) {
				p.add(Code.WEIGHT_NOT_POSITIVE);
			}
			else if ((rule.kind() == RuleKind.BOOST || rule.kind() == RuleKind.PREFER) && w == 0) {
				p.add(Code.WEIGHT_ZERO);
			}
			else if (rule.kind() == RuleKind.CAUTION && w > 0) {
				p.add(Code.WEIGHT_RAISES);
			}
		}

		private static void checkReason(RuleDefinition rule, Problems p) {
			String reason = rule.reason();
			if (rule.kind().needsReason() && (reason == null || reason.isBlank())) {
				p.add(Code.REASON_MISSING);
			}
			else if (reason != null && reason.length() > MAX_REASON) {
				p.add(Code.REASON_LONG, MAX_REASON);
			}
		}

		private void checkCondition(ConditionDefinition c, int index, Problems p) {
			if (c == null) {
				p.inCondition(index, Code.CONDITION_MISSING);
				return;
			}
			Item item = questionnaire.item(c.linkId()).orElse(null);
			if (item == null) {
				p.inCondition(index, Code.QUESTION_UNKNOWN, c.linkId());
			}
			ConditionOperator op = c.operator() == null ? null : ConditionOperator.byCode(c.operator()).orElse(null);
			if (op == null) {
				p.inCondition(index, Code.OPERATOR_UNKNOWN, c.operator());
			}
			if (item == null || op == null) {
				return;
			}
			if (!op.appliesTo(item.type())) {
				p.inCondition(index,
						item.type() == ItemType.INTEGER ? Code.OPERATOR_FOR_CHOICES : Code.OPERATOR_FOR_NUMBERS);
				return;
			}
			List<String> values = c.values();
			if (!op.takesValues()) {
				if (!values.isEmpty()) {
					p.inCondition(index, Code.VALUES_NOT_TAKEN);
				}
				return;
			}
			if (values.isEmpty()) {
				p.inCondition(index, Code.VALUES_MISSING);
				return;
			}
			boolean oneValue = op == ConditionOperator.IS || item.type() == ItemType.INTEGER;
			if (oneValue && values.size() != 1) {
				p.inCondition(index, op == ConditionOperator.IS ? Code.VALUES_ONE : Code.VALUES_ONE_NUMBER);
				return;
			}
			for (String value : values) {
				if (item.type() == ItemType.INTEGER) {
					Integer number = parseInt(value);
					if (number == null || number < item.min() || number > item.max()) {
						p.inCondition(index, Code.VALUES_NUMBER_RANGE, item.min(), item.max());
					}
				}
				else if (value == null || !item.hasCode(value)) {
					p.inCondition(index, Code.VALUES_UNKNOWN, value);
				}
			}
		}

		private static Integer parseInt(String value) {
			if (value == null || !value.matches("-?\\d{1,9}")) {
				return null;
			}
			return Integer.valueOf(value);
		}

		/** Only called on a validated rule. */
		CompiledRule compile(RuleDefinition rule) {
			Condition[] when = rule.when().stream().map(this::compile).toArray(Condition[]::new);
			int[] targets = Objects.requireNonNull(resolveTarget(rule, new Problems(rule.key())));
			return new CompiledRule(rule.key(), rule.kind(), when, targets, rule.weight(),
					rule.reason() == null || rule.reason().isBlank() ? null : rule.reason().strip());
		}

		private Condition compile(ConditionDefinition c) {
			Item item = questionnaire.item(c.linkId()).orElseThrow();
			int index = questionnaire.items().indexOf(item);
			ConditionOperator op = ConditionOperator.byCode(c.operator()).orElseThrow();
			return switch (op) {
				case IS, IS_ANY_OF -> new Condition.AnyOf(index, mask(item, c.values()));
				case IS_NOT -> new Condition.NoneOf(index, mask(item, c.values()));
				case AT_LEAST -> new Condition.AtLeast(index, Integer.parseInt(c.values().get(0)));
				case AT_MOST -> new Condition.AtMost(index, Integer.parseInt(c.values().get(0)));
				case IS_ANSWERED -> new Condition.Answered(index);
				case IS_NOT_ANSWERED -> new Condition.NotAnswered(index);
			};
		}

		private static long mask(Item item, List<String> codes) {
			long mask = 0;
			for (String code : codes) {
				mask |= 1L << item.codeIndex(code);
			}
			return mask;
		}

	}

	/** Collects the problems of one rule. */
	private static final class Problems {

		private final String key;

		private final List<RuleProblem> list = new ArrayList<>();

		Problems(String key) {
			this.key = key;
		}

		void add(Code code, Object... args) {
			list.add(RuleProblem.of(key, code, args));
		}

		void inCondition(int condition, Code code, Object... args) {
			list.add(RuleProblem.inCondition(key, condition, code, args));
		}

	}

}

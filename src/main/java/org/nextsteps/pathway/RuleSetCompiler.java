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

import org.nextsteps.content.Stage;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.system.Coded;

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

	static final String STAGE_PREFIX = "stage:";

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
				problems.add(new RuleProblem(null, "rule", "A rule is missing."));
				continue;
			}
			if (rule.key() != null && !keys.add(rule.key())) {
				problems.add(new RuleProblem(rule.key(), "key", "Another rule already uses this key."));
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
			return List.of(new RuleProblem(null, "rule", "A rule is missing."));
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
				p.add("key", "Use lower-case words joined by hyphens (at most 80 characters).");
			}
			if (rule.kind() == null) {
				p.add("kind", "Choose what the rule does.");
			}
			else {
				checkTarget(rule, p);
				checkWeight(rule, p);
				checkReason(rule, p);
			}
			for (int i = 0; i < rule.when().size(); i++) {
				checkCondition(rule.when().get(i), "when[" + i + "]", p);
			}
			if (rule.kind() == RuleKind.PREFER && rule.when().stream().noneMatch(Context::positivePriority)) {
				p.add("when", "A preference rule needs a condition that the priorities answer is one of some codes.");
			}
			if (rule.sources().isEmpty() || rule.sources().stream().anyMatch(s -> s == null || s.isBlank())) {
				p.add("sources", "Cite at least one source; no source may be blank.");
			}
			return p.list;
		}

		private static boolean positivePriority(ConditionDefinition c) {
			return c != null && PRIORITIES.equals(c.linkId()) && (ConditionOperator.IS.code().equals(c.operator())
					|| ConditionOperator.IS_ANY_OF.code().equals(c.operator()));
		}

		private void checkTarget(RuleDefinition rule, Problems p) {
			String target = rule.target();
			if (target == null || target.isBlank()) {
				p.add("target", "Choose a target.");
				return;
			}
			switch (rule.kind()) {
				case SUGGEST, FIRST, BOOST, EXCLUDE, PREFER, CAUTION -> {
					boolean stageAllowed = rule.kind() != RuleKind.SUGGEST && rule.kind() != RuleKind.FIRST;
					Stage stage = target.startsWith(STAGE_PREFIX) && stageAllowed
							? stageByCode(target.substring(STAGE_PREFIX.length())) : optionStages.get(target);
					if (stage == null) {
						p.add("target",
								stageAllowed ? "Unknown option or stage: " + target : "Unknown option: " + target);
					}
					else if (stage == Stage.URGENT) {
						p.add("target", "Urgent options come only from disposition rules and cannot be changed here.");
					}
				}
				case DISPOSITION -> {
					Disposition d = Disposition.byCode(target).orElse(null);
					if (d == null || d == Disposition.ROUTINE) {
						p.add("target", "Use emergency, urgent or soon.");
					}
					else if (optionStages.get(d.urgentOption().orElseThrow()) != Stage.URGENT) {
						p.add("target", "The content has no urgent option " + d.urgentOption().orElseThrow() + ".");
					}
				}
				case EXPLAIN -> {
					if (Arrays.binarySearch(explanationKeys, target) < 0) {
						p.add("target", "Unknown explanation: " + target);
					}
				}
				case ASK -> {
					if (Arrays.binarySearch(questionKeys, target) < 0) {
						p.add("target", "Unknown doctor question: " + target);
					}
				}
				case SAFETY_NET -> {
					if (Arrays.binarySearch(safetyNetKeys, target) < 0) {
						p.add("target", "Unknown safety-net line: " + target);
					}
				}
			}
		}

		private static Stage stageByCode(String code) {
			return Coded.byCode(Stage.class, code).orElse(null);
		}

		private static void checkWeight(RuleDefinition rule, Problems p) {
			int w = rule.weight();
			if (w < MIN_WEIGHT || w > MAX_WEIGHT) {
				p.add("weight", "Use a weight from " + MIN_WEIGHT + " to " + MAX_WEIGHT + ".");
			}
			else if ((rule.kind() == RuleKind.SUGGEST || rule.kind() == RuleKind.FIRST) && w <= 0) {
				p.add("weight", "A suggestion needs a positive weight.");
			}
			else if ((rule.kind() == RuleKind.BOOST || rule.kind() == RuleKind.PREFER) && w == 0) {
				p.add("weight", "A weight of 0 changes nothing.");
			}
			else if (rule.kind() == RuleKind.CAUTION && w > 0) {
				p.add("weight", "A caution can lower an option or leave its place; it never raises it.");
			}
		}

		private static void checkReason(RuleDefinition rule, Problems p) {
			String reason = rule.reason();
			if (rule.kind().needsReason() && (reason == null || reason.isBlank())) {
				p.add("reason", "Say why, in the patient's words.");
			}
			else if (reason != null && reason.length() > MAX_REASON) {
				p.add("reason", "Keep the reason under " + MAX_REASON + " characters.");
			}
		}

		private void checkCondition(ConditionDefinition c, String field, Problems p) {
			if (c == null) {
				p.add(field, "A condition is missing.");
				return;
			}
			Item item = questionnaire.item(c.linkId()).orElse(null);
			if (item == null) {
				p.add(field + ".linkId", "Unknown question: " + c.linkId());
			}
			ConditionOperator op = c.operator() == null ? null : ConditionOperator.byCode(c.operator()).orElse(null);
			if (op == null) {
				p.add(field + ".operator", "Unknown operator: " + c.operator());
			}
			if (item == null || op == null) {
				return;
			}
			if (!op.appliesTo(item.type())) {
				p.add(field + ".operator", op.code() + " does not apply to " + item.type().code() + " questions.");
				return;
			}
			List<String> values = c.values();
			if (!op.takesValues()) {
				if (!values.isEmpty()) {
					p.add(field + ".values", op.code() + " takes no values.");
				}
				return;
			}
			if (values.isEmpty()) {
				p.add(field + ".values", "Give at least one value.");
				return;
			}
			boolean oneValue = op == ConditionOperator.IS || item.type() == ItemType.INTEGER;
			if (oneValue && values.size() != 1) {
				p.add(field + ".values", op.code() + " takes exactly one value"
						+ (op == ConditionOperator.IS ? "; use is_any_of for several." : "."));
				return;
			}
			for (String value : values) {
				if (item.type() == ItemType.INTEGER) {
					Integer number = parseInt(value);
					if (number == null || number < item.min() || number > item.max()) {
						p.add(field + ".values", "Use a whole number from " + item.min() + " to " + item.max() + ".");
					}
				}
				else if (value == null || !item.hasCode(value)) {
					p.add(field + ".values", "Unknown answer for " + item.linkId() + ": " + value);
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
			return new CompiledRule(rule.key(), rule.kind(), when, targets(rule), rule.weight(),
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

		private int[] targets(RuleDefinition rule) {
			String target = rule.target();
			return switch (rule.kind()) {
				case SUGGEST, FIRST, BOOST, EXCLUDE, PREFER, CAUTION -> {
					if (target.startsWith(STAGE_PREFIX)) {
						Stage stage = stageByCode(target.substring(STAGE_PREFIX.length()));
						yield IntStream.range(0, slugs.length)
							.filter(i -> optionStages.get(slugs[i]) == stage)
							.toArray();
					}
					yield new int[] { slugIndex.get(target) };
				}
				case DISPOSITION -> new int[] { Disposition.fromCode(target).ordinal() };
				case EXPLAIN -> new int[] { Arrays.binarySearch(explanationKeys, target) };
				case ASK -> new int[] { Arrays.binarySearch(questionKeys, target) };
				case SAFETY_NET -> new int[] { Arrays.binarySearch(safetyNetKeys, target) };
			};
		}

	}

	/** Collects the problems of one rule. */
	private static final class Problems {

		private final String key;

		private final List<RuleProblem> list = new ArrayList<>();

		Problems(String key) {
			this.key = key;
		}

		void add(String field, String message) {
			list.add(new RuleProblem(key, field, message));
		}

	}

}

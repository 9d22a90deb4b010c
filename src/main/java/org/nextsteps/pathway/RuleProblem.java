package org.nextsteps.pathway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why a rule cannot be saved or published: a {@link Code} and its arguments. It is itself
 * resolvable against {@code messages/pathway.properties}, so every caller turns it into
 * the editors' words the same way: {@code messageSource.getMessage(problem, locale)}.
 *
 * @param ruleKey the rule it is about; null for a missing rule or the release as a whole
 * @param code what is wrong, and so which part of the rule
 * @param condition the index of the condition it is about, -1 when it is not about one
 * @param args the message's arguments (the text that is wrong, a limit)
 */
public record RuleProblem(@Nullable String ruleKey, Code code, int condition,
		List<@Nullable Object> args) implements MessageSourceResolvable {

	public RuleProblem {
		Objects.requireNonNull(code, "code");
		args = Collections.unmodifiableList(new ArrayList<>(args));
	}

	public static RuleProblem of(@Nullable String ruleKey, Code code, @Nullable Object... args) {
		return new RuleProblem(ruleKey, code, -1, Arrays.asList(args));
	}

	static RuleProblem inCondition(@Nullable String ruleKey, int condition, Code code, @Nullable Object... args) {
		return new RuleProblem(ruleKey, code, condition, Arrays.asList(args));
	}

	/**
	 * The offending part as the rule's JSON names it: {@code key}, {@code target},
	 * {@code when[1].values}, ...
	 */
	public String field() {
		return code.part().field(condition);
	}

	/** The key of its message ({@code messages/pathway.properties}). */
	public String messageKey() {
		return code.messageKey();
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey() };
	}

	@Override
	public Object[] getArguments() {
		return args.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return messageKey();
	}

	/** The parts of a rule a problem can be about. */
	public enum Part {

		/** The rule as a whole (a missing rule). */
		RULE("rule"), KEY("key"), KIND("kind"), TARGET("target"), WEIGHT("weight"), REASON("reason"),
		SOURCES("sources"),
		/** All the conditions together: what they must include. */
		WHEN("when"),
		/** All the conditions as stored: their size. */
		CONDITIONS("conditions"),
		/** One condition as a whole (a missing one). */
		CONDITION(""),
		/** One condition's question. */
		QUESTION(".linkId"),
		/** One condition's test. */
		OPERATOR(".operator"),
		/** One condition's answers or number. */
		VALUES(".values"),
		/** Not a rule: the release's safety net. */
		SAFETY_NET("safetyNet");

		private final String name;

		Part(String name) {
			this.name = name;
		}

		/** Whether the part belongs to one condition. */
		public boolean inCondition() {
			return this == CONDITION || this == QUESTION || this == OPERATOR || this == VALUES;
		}

		String field(int condition) {
			return inCondition() ? "when[" + condition + "]" + name : name;
		}

	}

	/** Everything that can be wrong, each with the part it is about. */
	public enum Code {

		RULE_MISSING(Part.RULE),

		KEY_FORMAT(Part.KEY), KEY_TAKEN(Part.KEY),

		KIND_MISSING(Part.KIND),

		TARGET_MISSING(Part.TARGET),
		/** The option (argument) is not in the content. */
		TARGET_UNKNOWN_OPTION(Part.TARGET),
		/** {@code stage:} followed by something that is not a stage (argument). */
		TARGET_UNKNOWN_STAGE(Part.TARGET),
		/** A suggestion names a whole stage. */
		TARGET_WHOLE_STAGE(Part.TARGET),
		/** An urgent option, or the urgent stage, outside a disposition rule. */
		TARGET_URGENT(Part.TARGET),
		/** Not emergency, urgent or soon. */
		TARGET_DISPOSITION(Part.TARGET),
		/** The content lacks the disposition's urgent option (argument). */
		TARGET_NO_URGENT_OPTION(Part.TARGET), TARGET_UNKNOWN_EXPLANATION(Part.TARGET),
		TARGET_UNKNOWN_QUESTION(Part.TARGET), TARGET_UNKNOWN_SAFETY_NET(Part.TARGET),

		/** Outside the range (arguments: lowest, highest). */
		WEIGHT_RANGE(Part.WEIGHT),
		/** A suggestion with a weight of 0 or less. */
		WEIGHT_NOT_POSITIVE(Part.WEIGHT),
		/** A raise, lower or priority that changes nothing. */
		WEIGHT_ZERO(Part.WEIGHT),
		/** A caution that would raise its option. */
		WEIGHT_RAISES(Part.WEIGHT),

		REASON_MISSING(Part.REASON),
		/** Argument: the longest reason. */
		REASON_LONG(Part.REASON),

		SOURCES_MISSING(Part.SOURCES), SOURCES_LONG(Part.SOURCES),

		/** A preference rule without a condition that priorities is one of some codes. */
		PREFER_PRIORITY(Part.WHEN),

		CONDITIONS_LONG(Part.CONDITIONS),

		CONDITION_MISSING(Part.CONDITION),

		/** Argument: the question's id. */
		QUESTION_UNKNOWN(Part.QUESTION),

		OPERATOR_UNKNOWN(Part.OPERATOR),
		/** A test of answer codes on a question answered with a number. */
		OPERATOR_FOR_CHOICES(Part.OPERATOR),
		/** A test of a number on a question answered with codes. */
		OPERATOR_FOR_NUMBERS(Part.OPERATOR),

		/** Values for a test that takes none. */
		VALUES_NOT_TAKEN(Part.VALUES), VALUES_MISSING(Part.VALUES),
		/** Several values for {@code is}. */
		VALUES_ONE(Part.VALUES),
		/** Several numbers. */
		VALUES_ONE_NUMBER(Part.VALUES),
		/** Not a whole number in the question's range (arguments: lowest, highest). */
		VALUES_NUMBER_RANGE(Part.VALUES),
		/** Argument: a code the question does not have. */
		VALUES_UNKNOWN(Part.VALUES),

		/** Argument: the level without a line shown always. */
		SAFETY_NET_LEVEL(Part.SAFETY_NET);

		private final Part part;

		Code(Part part) {
			this.part = part;
		}

		public Part part() {
			return part;
		}

		/** {@code pathway.problem.target-unknown-option}, ... */
		public String messageKey() {
			return "pathway.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}

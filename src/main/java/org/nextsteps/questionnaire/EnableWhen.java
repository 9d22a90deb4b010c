package org.nextsteps.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * When an item is shown: a test on the answer to an earlier item. An item that is not
 * enabled must be absent.
 * <p>
 * Equality operators read a multi answer as "any selected code"; the negative operators
 * hold for an unanswered question, so an item guarded by {@code not-equals} stays visible
 * until the answer rules it out.
 */
public record EnableWhen(String question, Operator operator, List<String> codes) {

	public enum Operator {

		EQUALS, NOT_EQUALS, IN, NOT_IN;

		/** The code used in the JSON questionnaire, e.g. {@code not-in}. */
		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		boolean negated() {
			return this == NOT_EQUALS || this == NOT_IN;
		}

	}

	public EnableWhen {
		Objects.requireNonNull(question, "question");
		Objects.requireNonNull(operator, "operator");
		codes = List.copyOf(codes);
		if (codes.isEmpty()
				|| ((operator == Operator.EQUALS || operator == Operator.NOT_EQUALS) && codes.size() != 1)) {
			throw new IllegalArgumentException(
					"enableWhen on " + question + " needs " + (codes.isEmpty() ? "codes" : "one code"));
		}
	}

	/** Whether the answers given so far enable the guarded item. */
	public boolean test(Answers answers) {
		boolean any = false;
		for (String code : answers.codes(question)) {
			if (codes.contains(code)) {
				any = true;
				break;
			}
		}
		return operator.negated() != any;
	}

}

package org.nextsteps.pathway;

import java.util.Optional;

import org.nextsteps.questionnaire.ItemType;
import org.nextsteps.system.Coded;

/**
 * Operators of a rule condition, by their stored code. For a multi item
 * {@code is}/{@code is_any_of} hold when any selected code is among the values and
 * {@code is_not} when none is. An unanswered item never satisfies {@code is},
 * {@code is_any_of}, {@code at_least} or {@code at_most}, and always satisfies
 * {@code is_not}.
 */
public enum ConditionOperator implements Coded {

	IS("is"), IS_ANY_OF("is_any_of"), IS_NOT("is_not"), AT_LEAST("at_least"), AT_MOST("at_most"),
	IS_ANSWERED("is_answered"), IS_NOT_ANSWERED("is_not_answered");

	private final String code;

	ConditionOperator(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	public static Optional<ConditionOperator> byCode(String code) {
		return Coded.byCode(ConditionOperator.class, code);
	}

	/**
	 * Whether the operator can test an item of this type (for the rule editor's choices).
	 */
	public boolean appliesTo(ItemType type) {
		return switch (this) {
			case IS, IS_ANY_OF, IS_NOT -> type != ItemType.INTEGER;
			case AT_LEAST, AT_MOST -> type == ItemType.INTEGER;
			case IS_ANSWERED, IS_NOT_ANSWERED -> true;
		};
	}

	/** Whether the operator compares with values (all but the answered tests). */
	public boolean takesValues() {
		return this != IS_ANSWERED && this != IS_NOT_ANSWERED;
	}

}

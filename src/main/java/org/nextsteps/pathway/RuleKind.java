package org.nextsteps.pathway;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.nextsteps.system.Coded;

/**
 * What a rule does when all its conditions hold. Stored and sent as the lower-case
 * {@link #code()}.
 */
public enum RuleKind implements Coded {

	/** Makes the target option suitable, adds the weight and gives the reason. */
	SUGGEST,
	/**
	 * Like SUGGEST, and ranks the option ahead of every non-urgent option whatever the
	 * scores (e.g. give-it-time while it is too early to judge the injection).
	 */
	FIRST,
	/**
	 * Adds the weight (may be negative) to the target option, or every option of
	 * {@code stage:<code>}, when other rules made it suitable; never makes an option
	 * suitable.
	 */
	BOOST,
	/** The target option, or every option of {@code stage:<code>}, can never appear. */
	EXCLUDE,
	/**
	 * Sets at least this disposition (target: its code) and gives the reason shown under
	 * its urgent option.
	 */
	DISPOSITION,
	/** Adds an explanation key: why the injection may not have worked. */
	EXPLAIN,
	/** Adds a question key: something to ask the doctor. */
	ASK,
	/**
	 * A patient's value: like BOOST for an option or {@code stage:<code>}, and only when
	 * a condition on {@code priorities} holds. Reorders suitable options; never above
	 * urgent or FIRST options.
	 */
	PREFER,
	/**
	 * A guideline position against the target option, or every option of
	 * {@code stage:<code>}, that applies to these answers: when the option is suitable,
	 * its weight (zero or negative) lowers the option and its reason is shown with the
	 * option as a caution. Never makes an option suitable.
	 */
	CAUTION,
	/**
	 * Adds a safety-net line (its key) for these answers, next to the lines every result
	 * carries.
	 */
	SAFETY_NET;

	@JsonValue
	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<RuleKind> byCode(String code) {
		return Coded.byCode(RuleKind.class, code);
	}

	@JsonCreator
	public static RuleKind fromCode(String code) {
		return Coded.fromCode(RuleKind.class, code);
	}

	/**
	 * Whether the target may be every option of a stage ({@code stage:<code>}) as well as
	 * one option.
	 */
	public boolean takesWholeStage() {
		return this == BOOST || this == EXCLUDE || this == PREFER || this == CAUTION;
	}

	/** Whether the rule must say why, in the patient's words. */
	boolean needsReason() {
		return this == SUGGEST || this == FIRST || this == DISPOSITION || this == CAUTION;
	}

}

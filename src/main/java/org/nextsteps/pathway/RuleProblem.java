package org.nextsteps.pathway;

import org.jspecify.annotations.Nullable;

/**
 * Why a rule cannot be saved or published. {@code field} names the offending part
 * ({@code key}, {@code kind}, {@code when[1].values}, {@code target}, {@code weight},
 * {@code reason}, {@code sources}, or {@code conditions} for all of them); the message is
 * for editors.
 */
public record RuleProblem(@Nullable String ruleKey, String field, String message) {

	/** How the message of a part too long to store starts. */
	public static final String TOO_LONG = "Too long to store";

	public boolean tooLong() {
		return message.startsWith(TOO_LONG);
	}

}

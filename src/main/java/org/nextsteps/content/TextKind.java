package org.nextsteps.content;

import java.util.Locale;

import org.nextsteps.system.Coded;

/**
 * The kinds of short text besides the options, each chosen by rules through its key: an
 * explanation of why an injection may not have worked, a question for the care team, and
 * a line of the safety net.
 */
public enum TextKind implements Coded {

	EXPLANATION, QUESTION, SAFETY,
	/** A fact of the About page ({@link AboutFact}): a fixed set of keys. */
	ABOUT;

	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether its keys are a fixed set, so that no text of this kind is added. */
	public boolean isFixed() {
		return this == ABOUT;
	}

	/** Whether a text of this kind has a title (explanations do). */
	public boolean hasTitle() {
		return this == EXPLANATION;
	}

	/** Whether a text of this kind names its sources (explanations do). */
	public boolean hasSources() {
		return this == EXPLANATION;
	}

	/** Whether a text of this kind has a level and may be shown always (safety net). */
	public boolean isSafetyNet() {
		return this == SAFETY;
	}

}

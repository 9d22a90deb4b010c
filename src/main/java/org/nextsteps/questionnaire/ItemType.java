package org.nextsteps.questionnaire;

import java.util.Locale;

/** How an item is answered (contract: questionnaire.md). */
public enum ItemType {

	/** Exactly one code. */
	SINGLE,
	/** One or more codes; an exclusive code stands alone. */
	MULTI,
	/** A whole number within the item's range. */
	INTEGER;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}

package org.nextsteps.questionnaire;

import java.util.List;

/** One page of the wizard: its number (1..7) and its items in contract order. */
public record Step(int number, List<Item> items) {

	public Step {
		items = List.copyOf(items);
	}

}

package org.nextsteps.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Test help: what lets a patient skip the rest, found the way the validator finds it. */
public final class ShortCircuits {

	private ShortCircuits() {
	}

	/** The red-flag codes that, ticked alone, make every other item optional. */
	public static Set<String> skipCodes(Questionnaire questionnaire) {
		return questionnaire.item("red_flags")
			.orElseThrow()
			.codes()
			.stream()
			.filter(code -> questionnaire
				.isShortCircuited(new Answers(Map.of("red_flags", new Answer.Multi(List.of(code))))))
			.collect(Collectors.toSet());
	}

}

package org.nextsteps.pathway;

import java.util.List;

/**
 * The result for one set of answers: the disposition, the suitable options best first, and explanation and
 * question keys (content keys) in rule order without duplicates.
 */
public record Evaluation(Disposition disposition, List<RankedOption> options, List<String> explanationKeys,
		List<String> questionKeys) {

	public Evaluation {
		options = List.copyOf(options);
		explanationKeys = List.copyOf(explanationKeys);
		questionKeys = List.copyOf(questionKeys);
	}

}

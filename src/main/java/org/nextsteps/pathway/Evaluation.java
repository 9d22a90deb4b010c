package org.nextsteps.pathway;

import java.util.List;

/**
 * The result for one set of answers: the disposition, the suitable options best first,
 * and explanation, question and safety-net keys (content keys) in rule order without
 * duplicates. The safety-net keys are the lines these answers add; the lines every result
 * carries come from the content.
 */
public record Evaluation(Disposition disposition, List<RankedOption> options, List<String> explanationKeys,
		List<String> questionKeys, List<String> safetyNetKeys) {

	public Evaluation {
		options = List.copyOf(options);
		explanationKeys = List.copyOf(explanationKeys);
		questionKeys = List.copyOf(questionKeys);
		safetyNetKeys = List.copyOf(safetyNetKeys);
	}

}

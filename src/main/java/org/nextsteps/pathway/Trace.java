package org.nextsteps.pathway;

import java.util.List;
import java.util.Map;

/**
 * Which rules held for one set of answers, by what they acted on: for the clinician
 * summary (issue 15), which names the rules behind each option. Built apart from
 * {@link Evaluator#evaluate}, so the patient's result path does not carry it.
 *
 * @param disposition the keys of the disposition rules that held, in rule order
 * @param options for each option a rule made suitable or scored, the keys of those rules
 * (suggest, first, boost, prefer, caution), in rule order; the urgent option of a
 * disposition lists the disposition rules (options an exclusion removed are not here)
 * @param excluded for each option that rules made suitable and an exclusion removed, the
 * keys of the exclusion rules
 */
public record Trace(List<String> disposition, Map<String, List<String>> options, Map<String, List<String>> excluded) {

	public Trace {
		disposition = List.copyOf(disposition);
		options = Map.copyOf(options);
		excluded = Map.copyOf(excluded);
	}

	/** The keys of the rules behind one option; empty for an option none acted on. */
	public List<String> forOption(String slug) {
		return options.getOrDefault(slug, List.of());
	}

}

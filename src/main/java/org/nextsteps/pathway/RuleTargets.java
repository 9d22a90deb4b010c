package org.nextsteps.pathway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.content.Stage;

/**
 * What rules may point at in one body of content: the options with their stages, and the
 * keys of the explanations, doctor questions and safety-net lines.
 */
public record RuleTargets(Map<String, Stage> optionStages, Set<String> explanationKeys, Set<String> questionKeys,
		Set<String> safetyNetKeys) {

	public RuleTargets {
		optionStages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(optionStages));
		explanationKeys = Set.copyOf(explanationKeys);
		questionKeys = Set.copyOf(questionKeys);
		safetyNetKeys = Set.copyOf(safetyNetKeys);
	}

	public static RuleTargets of(ContentSnapshot content) {
		Map<String, Stage> stages = new LinkedHashMap<>();
		content.options().forEach(option -> stages.put(option.slug(), option.stage()));
		return new RuleTargets(stages,
				content.explanations().stream().map(Explanation::key).collect(Collectors.toSet()),
				content.questions().stream().map(DoctorQuestion::key).collect(Collectors.toSet()),
				content.safetyNet().stream().map(SafetyNetLine::key).collect(Collectors.toSet()));
	}

}

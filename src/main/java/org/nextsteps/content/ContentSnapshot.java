package org.nextsteps.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * All the content of the guide at one moment: the draft, the seed, or a published
 * release.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentSnapshot(List<OptionContent> options, List<Explanation> explanations,
		List<DoctorQuestion> questions, List<SafetyNetLine> safetyNet) {

	public ContentSnapshot {
		options = List.copyOf(options);
		explanations = explanations == null ? List.of() : List.copyOf(explanations);
		questions = questions == null ? List.of() : List.copyOf(questions);
		safetyNet = safetyNet == null ? List.of() : List.copyOf(safetyNet);
	}

}

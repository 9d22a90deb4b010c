package org.nextsteps.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * All the content of the guide at one moment: the draft, the seed, or a published
 * release.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentSnapshot(List<OptionContent> options, List<Explanation> explanations,
		List<DoctorQuestion> questions, List<SafetyNetLine> safetyNet,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<AboutFact> about) {

	public ContentSnapshot {
		options = List.copyOf(options);
		explanations = explanations == null ? List.of() : List.copyOf(explanations);
		questions = questions == null ? List.of() : List.copyOf(questions);
		safetyNet = safetyNet == null ? List.of() : List.copyOf(safetyNet);
		about = about == null ? List.of() : List.copyOf(about);
	}

	/** Content without About page facts of its own (the page's wording stands). */
	public ContentSnapshot(List<OptionContent> options, List<Explanation> explanations, List<DoctorQuestion> questions,
			List<SafetyNetLine> safetyNet) {
		this(options, explanations, questions, safetyNet, List.of());
	}

	/** The About page's facts this content words itself, by key. */
	public java.util.Map<String, String> aboutTexts() {
		java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
		about.forEach(fact -> texts.put(fact.key(), fact.text()));
		return texts;
	}

}

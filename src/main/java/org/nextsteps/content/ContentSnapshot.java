package org.nextsteps.content;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * All the content of the guide at one moment: the draft, the seed, or a published
 * release.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentSnapshot(List<OptionContent> options, List<Explanation> explanations,
		List<DoctorQuestion> questions, List<SafetyNetLine> safetyNet,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<AboutFact> about,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> spanish) {

	public ContentSnapshot {
		options = List.copyOf(options);
		explanations = explanations == null ? List.of() : List.copyOf(explanations);
		questions = questions == null ? List.of() : List.copyOf(questions);
		safetyNet = safetyNet == null ? List.of() : List.copyOf(safetyNet);
		about = about == null ? List.of() : List.copyOf(about);
		spanish = spanish == null ? Map.of() : Map.copyOf(spanish);
	}

	/** Content without Spanish (issue 14: the Spanish of each text, by its English). */
	public ContentSnapshot(List<OptionContent> options, List<Explanation> explanations, List<DoctorQuestion> questions,
			List<SafetyNetLine> safetyNet, List<AboutFact> about) {
		this(options, explanations, questions, safetyNet, about, Map.of());
	}

	/** The same content with this Spanish. */
	public ContentSnapshot withSpanish(Map<String, String> spanish) {
		return new ContentSnapshot(options, explanations, questions, safetyNet, about, spanish);
	}

	/**
	 * Every text a patient reads, in the order the content holds them: what needs a
	 * Spanish of its own (issue 14). Codes, keys, sources and numbers are not texts.
	 */
	public List<String> patientTexts() {
		java.util.Set<String> texts = new java.util.LinkedHashSet<>();
		translated(text -> {
			if (text != null && !text.isBlank()) {
				texts.add(text);
			}
			return text;
		});
		return List.copyOf(texts);
	}

	/**
	 * This content with every patient text passed through {@code translate} (codes, keys,
	 * sources and numbers stay): the Spanish view of a release is made with it.
	 */
	public ContentSnapshot translated(UnaryOperator<String> translate) {
		List<OptionContent> translatedOptions = options.stream().map(o -> o.translated(translate)).toList();
		List<Explanation> translatedExplanations = explanations.stream()
			.map(e -> new Explanation(e.key(), translate.apply(e.title()), translate.apply(e.body()), e.sources()))
			.toList();
		List<DoctorQuestion> translatedQuestions = questions.stream()
			.map(q -> new DoctorQuestion(q.key(), translate.apply(q.text())))
			.toList();
		List<SafetyNetLine> translatedLines = safetyNet.stream()
			.map(l -> new SafetyNetLine(l.key(), l.level(), l.always(), translate.apply(l.text())))
			.toList();
		List<AboutFact> translatedAbout = about.stream()
			.map(f -> new AboutFact(f.key(), translate.apply(f.text())))
			.toList();
		return new ContentSnapshot(translatedOptions, translatedExplanations, translatedQuestions, translatedLines,
				translatedAbout, Map.of());
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

package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;

import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.pathway.Evaluation;
import org.nextsteps.pathway.Evaluator;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.patient.Assessments;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.release.PublishedRelease;
import org.springframework.stereotype.Component;

/**
 * A patient's result for any release, the draft included, in the shape the patient's result page renders. It
 * follows {@code Assessments.assess(answers, release)}, which the patient module keeps to itself; a preview has no
 * share code, because nothing about it can be shared.
 */
@Component
class Previews {

	private final Evaluator evaluator = new Evaluator();

	Evaluation evaluate(Answers answers, PublishedRelease release) {
		return evaluator.evaluate(answers, release.rules());
	}

	Assessments.Result result(Answers answers, PublishedRelease release) {
		Evaluation evaluation = evaluate(answers, release);
		List<Assessments.Suggestion> suggestions = new ArrayList<>();
		for (RankedOption ranked : evaluation.options()) {
			release.option(ranked.slug()).ifPresent(option -> suggestions.add(new Assessments.Suggestion(ranked, option)));
		}
		List<Explanation> explanations = evaluation.explanationKeys()
			.stream()
			.flatMap(key -> release.explanation(key).stream())
			.toList();
		List<DoctorQuestion> questions = evaluation.questionKeys()
			.stream()
			.flatMap(key -> release.question(key).stream())
			.toList();
		return new Assessments.Result(release, answers, evaluation, suggestions, explanations, questions, null);
	}

}

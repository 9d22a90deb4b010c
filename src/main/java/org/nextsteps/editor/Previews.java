package org.nextsteps.editor;

import org.nextsteps.assessment.Assessments;
import org.nextsteps.pathway.Evaluation;
import org.nextsteps.pathway.Evaluator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.release.PublishedRelease;
import org.springframework.stereotype.Component;

/**
 * A patient's result for any release, the draft included, exactly as the patient's result
 * page builds it. The preview pages show no share link: nothing about a preview can be
 * shared.
 */
@Component
class Previews {

	private final Assessments assessments;

	private final Evaluator evaluator = new Evaluator();

	Previews(Assessments assessments) {
		this.assessments = assessments;
	}

	Evaluation evaluate(Answers answers, PublishedRelease release) {
		return evaluator.evaluate(answers, release.rules());
	}

	Assessments.Result result(Answers answers, PublishedRelease release) {
		return assessments.assess(answers, release);
	}

}

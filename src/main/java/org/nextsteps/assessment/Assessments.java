package org.nextsteps.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.Evaluation;
import org.nextsteps.pathway.Evaluator;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.pathway.Trace;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.nextsteps.system.Language;
import org.springframework.stereotype.Service;

/**
 * One path from answers to a result, shared by the JSON API, the pages, the editor's
 * previews and the scenarios: validate, evaluate against a release held in memory, and
 * attach the release's content. No SQL on this path.
 */
@Service
public class Assessments {

	private final Releases releases;

	private final Questionnaire questionnaire = Questionnaire.standard();

	private final AnswerValidator validator = new AnswerValidator(questionnaire);

	private final Evaluator evaluator = new Evaluator();

	Assessments(Releases releases) {
		this.releases = releases;
	}

	public Questionnaire questionnaire() {
		return questionnaire;
	}

	public ValidationResult validate(Map<String, ?> raw) {
		return validator.validate(raw);
	}

	public ValidationResult validateForm(Map<String, List<String>> params) {
		return validator.validateForm(params);
	}

	/** The result of valid answers on the current release. */
	public Result assess(Answers answers) {
		return assess(answers, releases.current());
	}

	/**
	 * The result of valid answers on any release, the editor's draft included (its
	 * previews and scenarios use this), in the language of the request.
	 */
	public Result assess(Answers answers, PublishedRelease published) {
		return assess(answers, published, Language.current());
	}

	/**
	 * The same in a language (issue 14): the release's view in that language, made when
	 * the release was loaded, with its own texts and reasons. The editor's preview shows
	 * a language other than its own page's.
	 */
	public Result assess(Answers answers, PublishedRelease published, Language language) {
		PublishedRelease release = published.in(language);
		Evaluation evaluation = evaluator.evaluate(answers, release.rules());
		List<Suggestion> suggestions = new ArrayList<>(evaluation.options().size());
		for (RankedOption ranked : evaluation.options()) {
			release.option(ranked.slug()).ifPresent(option -> suggestions.add(new Suggestion(ranked, option)));
		}
		List<Explanation> explanations = evaluation.explanationKeys()
			.stream()
			.flatMap(key -> release.explanation(key).stream())
			.toList();
		List<DoctorQuestion> questions = evaluation.questionKeys()
			.stream()
			.flatMap(key -> release.question(key).stream())
			.toList();
		return new Result(release, answers, evaluation, List.copyOf(suggestions), explanations, questions,
				release.safetyNet(evaluation.safetyNetKeys()));
	}

	/**
	 * The rules that held for a result, by option: for the clinician summary, off the
	 * patient's result path.
	 */
	public Trace trace(Result result) {
		return evaluator.trace(result.answers(), result.release().rules());
	}

	/** One suggested next step: its place and reasons, with the content to show. */
	public record Suggestion(RankedOption ranked, RenderedOption option) {
	}

	/**
	 * Everything a result page or the API shows for one set of answers on one release;
	 * {@code safetyNet} is never empty (a release cannot be published without lines shown
	 * on every result).
	 */
	public record Result(PublishedRelease release, Answers answers, Evaluation evaluation, List<Suggestion> suggestions,
			List<Explanation> explanations, List<DoctorQuestion> questions, List<SafetyNetLine> safetyNet) {
	}

}

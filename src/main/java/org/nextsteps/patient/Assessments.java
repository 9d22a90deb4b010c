package org.nextsteps.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.RenderedOption;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.Evaluation;
import org.nextsteps.pathway.Evaluator;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.springframework.stereotype.Service;

/**
 * One path from answers to a result, shared by the JSON API and the pages: validate,
 * evaluate against a release held in memory, and attach the release's content. No SQL on
 * this path.
 */
@Service
public class Assessments {

	private final Releases releases;

	private final ShareCodeKeys keys;

	private final Questionnaire questionnaire = Questionnaire.standard();

	private final AnswerValidator validator = new AnswerValidator(questionnaire);

	private final Evaluator evaluator = new Evaluator();

	Assessments(Releases releases, ShareCodeKeys keys) {
		this.releases = releases;
		this.keys = keys;
	}

	Questionnaire questionnaire() {
		return questionnaire;
	}

	ValidationResult validate(Map<String, ?> raw) {
		return validator.validate(raw);
	}

	ValidationResult validateForm(Map<String, List<String>> params) {
		return validator.validateForm(params);
	}

	/** The result of valid answers on the current release. */
	Result assess(Answers answers) {
		return assess(answers, releases.current());
	}

	/**
	 * The result of valid answers on any release, the editor's draft included (its
	 * previews use this).
	 */
	public Result assess(Answers answers, PublishedRelease release) {
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
	 * The share code of these answers on the current release (for "see it with the
	 * current content").
	 */
	String currentCode(Answers answers) {
		return code(releases.current(), answers);
	}

	/**
	 * The share code of a result: a link to it that opens the same result from the same
	 * release.
	 */
	public String code(Result result) {
		return code(result.release(), result.answers());
	}

	private String code(PublishedRelease release, Answers answers) {
		return ShareCode.encode(keys, release.id(), release.info().checksum(), answers);
	}

	/**
	 * The answers and release a share code holds; empty when it is damaged, tampered with
	 * or forged.
	 */
	Optional<ShareCode.Decoded> decode(String code) {
		return ShareCode.decode(code, keys);
	}

	/**
	 * Rebuilds a shared result; empty when the code is damaged, tampered with or forged,
	 * or its answers are not valid. The result is empty when the code's release is not
	 * here, or that number holds other content than the code was made on: the link no
	 * longer works, but its answers do.
	 */
	Optional<SharedResult> fromCode(String code) {
		Optional<ShareCode.Decoded> decoded = decode(code);
		if (decoded.isEmpty()) {
			return Optional.empty();
		}
		ValidationResult valid = validator.validate(decoded.get().rawAnswers());
		if (!valid.isValid()) {
			return Optional.empty();
		}
		Optional<PublishedRelease> release = releases.find(decoded.get().releaseId())
			.filter(r -> decoded.get().madeOn(r.info().checksum()));
		return Optional.of(new SharedResult(decoded.get().releaseId(), valid.answers(),
				release.map(r -> assess(valid.answers(), r)), releases.current()));
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

	/**
	 * A result opened from a share link; {@code result} is empty when its release is not
	 * here or holds other content than the link was made on. {@code current} is the
	 * release this request sees.
	 */
	record SharedResult(long releaseId, Answers answers, Optional<Result> result, PublishedRelease current) {

		boolean newerReleaseExists() {
			return current.id() > releaseId;
		}

	}

}

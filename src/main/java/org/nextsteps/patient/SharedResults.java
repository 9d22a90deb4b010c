package org.nextsteps.patient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nextsteps.assessment.Assessments;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.nextsteps.resultpage.Reflection;
import org.springframework.stereotype.Service;

/**
 * Results behind share links: the share code of a result, and the result a code holds,
 * rebuilt from the release it names.
 */
@Service
class SharedResults {

	private static final String VALUE = "value_";

	private static final String READY = "ready_";

	private static final String LEANING = "leaning";

	private final Assessments assessments;

	private final Releases releases;

	private final ShareCodeKeys keys;

	SharedResults(Assessments assessments, Releases releases, ShareCodeKeys keys) {
		this.assessments = assessments;
		this.releases = releases;
		this.keys = keys;
	}

	/**
	 * The share code of these answers on the current release (for "see it with the
	 * current content").
	 */
	String currentCode(Answers answers) {
		return code(releases.current(), answers);
	}

	/**
	 * The same, keeping what the patient said while weighing their options, but not the
	 * option they leaned toward: the current release may rank other options.
	 */
	String currentCode(Answers answers, Reflection reflection) {
		PublishedRelease current = releases.current();
		return ShareCode.encode(keys, current.id(), current.info().checksum(), answers,
				raw(reflection.withoutLeaning(), List.of()));
	}

	/** The share code of a result with what the patient said while weighing it. */
	String code(Assessments.Result result, Reflection reflection) {
		return ShareCode.encode(keys, result.release().id(), result.release().info().checksum(), result.answers(),
				raw(reflection, result.suggestions()));
	}

	/**
	 * A reflection as a share code holds it: ratings under {@code value_<trade-off>}, the
	 * leaning as the rank of the option (0: not sure yet), readiness under
	 * {@code ready_<question>}.
	 */
	static Map<String, Object> raw(Reflection reflection, List<Assessments.Suggestion> suggestions) {
		Map<String, Object> raw = new LinkedHashMap<>();
		reflection.ratings().forEach((value, rating) -> raw.put(VALUE + value, rating));
		if (Reflection.NOT_SURE.equals(reflection.leaning())) {
			raw.put(LEANING, 0);
		}
		else if (reflection.leaning() != null) {
			suggestions.stream()
				.filter(s -> s.option().slug().equals(reflection.leaning()))
				.findFirst()
				.ifPresent(s -> raw.put(LEANING, s.ranked().rank()));
		}
		reflection.readiness().forEach((question, yes) -> raw.put(READY + question, yes ? "yes" : "no"));
		return raw;
	}

	/**
	 * The reflection a share code holds, its leaning named by the option at that rank.
	 */
	static Reflection reflection(Map<String, Object> raw, List<Assessments.Suggestion> suggestions) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		Map<String, Boolean> readiness = new LinkedHashMap<>();
		for (String value : Reflection.VALUES) {
			if (raw.get(VALUE + value) instanceof Integer rating) {
				ratings.put(value, rating);
			}
		}
		for (String question : Reflection.READINESS) {
			if (raw.get(READY + question) instanceof String answer) {
				readiness.put(question, "yes".equals(answer));
			}
		}
		String leaning = null;
		if (raw.get(LEANING) instanceof Integer rank) {
			leaning = rank == 0 ? Reflection.NOT_SURE
					: suggestions.stream()
						.filter(s -> s.ranked().rank() == rank)
						.map(s -> s.option().slug())
						.findFirst()
						.orElse(null);
		}
		return new Reflection(ratings, leaning, readiness);
	}

	/**
	 * The share code of a result: a link to it that opens the same result from the same
	 * release.
	 */
	String code(Assessments.Result result) {
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
		ValidationResult valid = assessments.validate(decoded.get().rawAnswers());
		if (!valid.isValid()) {
			return Optional.empty();
		}
		Optional<PublishedRelease> release = releases.find(decoded.get().releaseId())
			.filter(r -> decoded.get().madeOn(r.info().checksum()));
		Optional<Assessments.Result> result = release.map(r -> assessments.assess(valid.answers(), r));
		Reflection reflection = reflection(decoded.get().rawReflection(),
				result.map(Assessments.Result::suggestions).orElse(List.of()));
		return Optional
			.of(new SharedResult(decoded.get().releaseId(), valid.answers(), result, releases.current(), reflection));
	}

	/**
	 * A result opened from a share link; {@code result} is empty when its release is not
	 * here or holds other content than the link was made on. {@code current} is the
	 * release this request sees; {@code reflection} is what the patient said while
	 * weighing their options.
	 */
	record SharedResult(long releaseId, Answers answers, Optional<Assessments.Result> result, PublishedRelease current,
			Reflection reflection) {

		boolean newerReleaseExists() {
			return current.id() > releaseId;
		}

	}

}

package org.nextsteps.patient;

import java.util.Optional;

import org.nextsteps.assessment.Assessments;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.springframework.stereotype.Service;

/**
 * Results behind share links: the share code of a result, and the result a code holds,
 * rebuilt from the release it names.
 */
@Service
class SharedResults {

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
		return Optional.of(new SharedResult(decoded.get().releaseId(), valid.answers(),
				release.map(r -> assessments.assess(valid.answers(), r)), releases.current()));
	}

	/**
	 * A result opened from a share link; {@code result} is empty when its release is not
	 * here or holds other content than the link was made on. {@code current} is the
	 * release this request sees.
	 */
	record SharedResult(long releaseId, Answers answers, Optional<Assessments.Result> result,
			PublishedRelease current) {

		boolean newerReleaseExists() {
			return current.id() > releaseId;
		}

	}

}

package org.nextsteps.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nextsteps.audit.AuditLog;
import org.nextsteps.audit.FieldChange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions of the draft for clinical review and their decisions, each audited in the
 * same transaction; and the safety case summary of each release. A new submission
 * withdraws any open one: one draft waits for review at a time.
 */
@Service
public class Reviews {

	private static final List<String> OPEN = List.of(ReviewState.SUBMITTED.code(), ReviewState.APPROVED.code());

	private final ReviewRepository reviews;

	private final SignOffRepository signOffs;

	private final AuditLog audit;

	private final Clock clock;

	Reviews(ReviewRepository reviews, SignOffRepository signOffs, AuditLog audit, Clock clock) {
		this.reviews = reviews;
		this.signOffs = signOffs;
		this.audit = audit;
		this.clock = clock;
	}

	/** The newest submission, whatever became of it. */
	@Transactional(readOnly = true)
	public Optional<Review> latest() {
		return reviews.findFirstByOrderByIdDesc().map(ReviewRecord::toReview);
	}

	@Transactional(readOnly = true)
	public Optional<Review> find(long id) {
		return reviews.findById(id).map(ReviewRecord::toReview);
	}

	/** Submits the draft with {@code checksum}; an open submission is withdrawn. */
	@Transactional
	public Review submit(String checksum, long baseRelease, String by, String summary, List<String> hazards,
			Set<String> authors) {
		withdrawOpen(null);
		ReviewRecord row = reviews
			.save(new ReviewRecord(checksum, baseRelease, by, Instant.now(clock), summary, hazards, authors));
		reviews.flush();
		Review review = row.toReview();
		audit.record(by, "review.submit", "review", String.valueOf(review.id()),
				List.of(new FieldChange("summary", null, summary),
						new FieldChange("hazards", null, String.join(", ", hazards)),
						new FieldChange("authors", null, String.join(", ", authors))));
		return review;
	}

	/**
	 * Approves submission {@code id} for the draft with {@code checksum}.
	 * @throws ReviewException when it is not waiting for review, the draft changed since,
	 * or {@code by} is one of its authors
	 */
	@Transactional
	public Review approve(long id, String currentChecksum, String by, List<ReviewComment> comments) {
		return decide(id, currentChecksum, by, comments, ReviewState.APPROVED);
	}

	/**
	 * Sends submission {@code id} back with comments.
	 * @throws ReviewException when it is not waiting for review, or {@code by} is one of
	 * its authors
	 */
	@Transactional
	public Review sendBack(long id, String currentChecksum, String by, List<ReviewComment> comments) {
		return decide(id, currentChecksum, by, comments, ReviewState.RETURNED);
	}

	private Review decide(long id, String currentChecksum, String by, List<ReviewComment> comments,
			ReviewState decision) {
		ReviewRecord row = reviews.findById(id).orElseThrow(() -> new ReviewException(ReviewException.Reason.NOT_OPEN));
		Review review = row.toReview();
		if (review.state() != ReviewState.SUBMITTED) {
			throw new ReviewException(ReviewException.Reason.NOT_OPEN);
		}
		if (review.isAuthor(by)) {
			throw new ReviewException(ReviewException.Reason.OWN_CHANGE);
		}
		if (decision == ReviewState.APPROVED && !review.checksum().equals(currentChecksum)) {
			throw new ReviewException(ReviewException.Reason.DRAFT_CHANGED);
		}
		row.decide(decision, by, Instant.now(clock), comments);
		reviews.flush();
		List<FieldChange> fields = new java.util.ArrayList<>();
		for (ReviewComment comment : comments) {
			fields.add(new FieldChange(comment.field().isEmpty() ? "comment" : "comment " + comment.field(), null,
					comment.text()));
		}
		audit.record(by, decision == ReviewState.APPROVED ? "review.approve" : "review.return", "review",
				String.valueOf(id), fields);
		return row.toReview();
	}

	/**
	 * The submission that lets the draft with {@code checksum} be published: approved,
	 * for exactly this draft.
	 */
	@Transactional(readOnly = true)
	public Optional<Review> approvalFor(String checksum) {
		return latest().filter(r -> r.state() == ReviewState.APPROVED && r.checksum().equals(checksum));
	}

	/**
	 * Writes a release's safety case summary and closes the submission it came from; any
	 * other open submission is withdrawn (the live release changed under it).
	 */
	@Transactional
	public void published(SignOff signOff) {
		if (signOff.reviewId() != null) {
			reviews.findById(signOff.reviewId())
				.ifPresent(row -> row.close(ReviewState.PUBLISHED, signOff.releaseId()));
		}
		withdrawOpen(signOff.reviewId());
		signOffs.save(new SignOffRecord(signOff));
	}

	/** A roll-back replaces the draft: open submissions no longer describe it. */
	@Transactional
	public void withdrawOpen() {
		withdrawOpen(null);
	}

	private void withdrawOpen(Long except) {
		for (ReviewRecord row : reviews.findByStateIn(OPEN)) {
			if (!row.id().equals(except)) {
				row.close(ReviewState.WITHDRAWN, null);
			}
		}
	}

	@Transactional(readOnly = true)
	public Optional<SignOff> signOff(long releaseId) {
		return signOffs.findById(releaseId).map(SignOffRecord::toSignOff);
	}

	/** The safety case summaries of these releases, by release id (one query). */
	@Transactional(readOnly = true)
	public Map<Long, SignOff> signOffs(Collection<Long> releaseIds) {
		Map<Long, SignOff> byRelease = new LinkedHashMap<>();
		if (!releaseIds.isEmpty()) {
			signOffs.findByReleaseIdIn(releaseIds)
				.stream()
				.map(SignOffRecord::toSignOff)
				.forEach(signOff -> byRelease.put(signOff.releaseId(), signOff));
		}
		return byRelease;
	}

}

package org.nextsteps.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One submission of the draft for clinical review, and what became of it.
 *
 * @param checksum the draft as submitted; an approval holds for this draft only
 * @param baseRelease the live release the draft was compared with
 * @param authors everyone who changed the draft since that release, the submitter among
 * them: none of them may approve it
 * @param hazards the hazard ids the change cites
 */
public record Review(long id, String checksum, long baseRelease, ReviewState state, String submittedBy,
		Instant submittedAt, String summary, List<String> hazards, Set<String> authors, @Nullable String reviewedBy,
		@Nullable Instant reviewedAt, List<ReviewComment> comments, @Nullable Long releaseId) {

	public Review {
		hazards = List.copyOf(hazards);
		authors = Set.copyOf(authors);
		comments = List.copyOf(comments);
	}

	/** Whether {@code username} changed the draft or submitted it. */
	public boolean isAuthor(String username) {
		return authors.contains(username);
	}

	/** The reviewer's comment on the whole change, if any. */
	public @Nullable String overallComment() {
		return comments.stream().filter(c -> c.field().isEmpty()).map(ReviewComment::text).findFirst().orElse(null);
	}

	/** The comments on fields. */
	public List<ReviewComment> fieldComments() {
		return comments.stream().filter(c -> !c.field().isEmpty()).toList();
	}

}

package org.nextsteps.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Entity
@Table(name = "draft_review")
class ReviewRecord {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<ReviewComment>> COMMENTS = new TypeReference<>() {
	};

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64)
	private String checksum;

	@Column(name = "base_release", nullable = false)
	private long baseRelease;

	@Column(nullable = false, length = 20)
	private String state;

	@Column(name = "submitted_by", nullable = false, length = 100)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(nullable = false, length = 2000)
	private String summary;

	@Column(nullable = false, length = 400)
	private String hazards;

	@Column(nullable = false, length = 2000)
	private String authors;

	@Column(name = "reviewed_by", length = 100)
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(nullable = false, length = 20000)
	private String comments = "[]";

	@Column(name = "release_id")
	private Long releaseId;

	@Version
	@Column(nullable = false)
	private int version;

	protected ReviewRecord() {
	}

	ReviewRecord(String checksum, long baseRelease, String submittedBy, Instant at, String summary,
			List<String> hazards, java.util.Set<String> authors) {
		this.checksum = checksum;
		this.baseRelease = baseRelease;
		this.state = ReviewState.SUBMITTED.code();
		this.submittedBy = submittedBy;
		this.submittedAt = at;
		this.summary = summary;
		this.hazards = String.join(",", hazards);
		this.authors = String.join(",", authors);
	}

	Long id() {
		return id;
	}

	ReviewState state() {
		return ReviewState.valueOf(state.toUpperCase(java.util.Locale.ROOT));
	}

	void decide(ReviewState decision, String by, Instant at, List<ReviewComment> comments) {
		this.state = decision.code();
		this.reviewedBy = by;
		this.reviewedAt = at;
		this.comments = JSON.writeValueAsString(comments);
	}

	void close(ReviewState end, Long release) {
		this.state = end.code();
		this.releaseId = release;
	}

	Review toReview() {
		return new Review(id, checksum, baseRelease, state(), submittedBy, submittedAt, summary, split(hazards),
				new LinkedHashSet<>(split(authors)), reviewedBy, reviewedAt, JSON.readValue(comments, COMMENTS),
				releaseId);
	}

	static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}

package org.nextsteps.review;

import java.time.Instant;
import java.util.LinkedHashSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A release's safety case summary: written once, with the release, never changed. */
@Entity
@Table(name = "release_sign_off")
class SignOffRecord {

	@Id
	@Column(name = "release_id")
	private Long releaseId;

	@Column(name = "review_id")
	private Long reviewId;

	@Column(nullable = false, length = 2000)
	private String authors;

	@Column(name = "reviewed_by", length = 100)
	private String reviewedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(nullable = false, length = 400)
	private String hazards;

	@Column(name = "scenarios_passed", nullable = false)
	private int scenariosPassed;

	@Column(name = "scenarios_total", nullable = false)
	private int scenariosTotal;

	@Column(name = "failed_scenarios", nullable = false, length = 8000)
	private String failedScenarios;

	@Column(name = "hard_to_read", nullable = false, length = 8000)
	private String hardToRead;

	@Column(name = "emergency_reason", length = 400)
	private String emergencyReason;

	protected SignOffRecord() {
	}

	SignOffRecord(SignOff s) {
		this.releaseId = s.releaseId();
		this.reviewId = s.reviewId();
		this.authors = String.join(",", s.authors());
		this.reviewedBy = s.reviewedBy();
		this.approvedAt = s.approvedAt();
		this.hazards = String.join(",", s.hazards());
		this.scenariosPassed = s.scenariosPassed();
		this.scenariosTotal = s.scenariosTotal();
		this.failedScenarios = String.join("\n", s.failedScenarios());
		this.hardToRead = String.join("\n", s.hardToRead());
		this.emergencyReason = s.emergencyReason();
	}

	SignOff toSignOff() {
		return new SignOff(releaseId, reviewId, new LinkedHashSet<>(ReviewRecord.split(authors)), reviewedBy,
				approvedAt, ReviewRecord.split(hazards), scenariosPassed, scenariosTotal, lines(failedScenarios),
				lines(hardToRead), emergencyReason);
	}

	private static java.util.List<String> lines(String text) {
		return text.isEmpty() ? java.util.List.of() : java.util.List.of(text.split("\n"));
	}

}

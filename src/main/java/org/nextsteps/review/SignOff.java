package org.nextsteps.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A release's safety case summary (issue 16): who wrote the change, who approved it and
 * when, the hazards it cites, the scenario results and the fields above grade 8 when it
 * was published; or, for an administrator's emergency publish, why it went out without
 * approval.
 */
public record SignOff(long releaseId, @Nullable Long reviewId, Set<String> authors, @Nullable String reviewedBy,
		@Nullable Instant approvedAt, List<String> hazards, int scenariosPassed, int scenariosTotal,
		List<String> failedScenarios, List<String> hardToRead, @Nullable String emergencyReason) {

	public SignOff {
		authors = Set.copyOf(authors);
		hazards = List.copyOf(hazards);
		failedScenarios = List.copyOf(failedScenarios);
		hardToRead = List.copyOf(hardToRead);
	}

	public boolean isEmergency() {
		return emergencyReason != null;
	}

}

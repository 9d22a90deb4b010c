package org.nextsteps.scenario;

import java.util.List;

import org.nextsteps.pathway.Evaluation;

/**
 * A scenario run against one release: its result (none when its answers are no longer
 * valid) and what failed.
 */
public record ScenarioResult(ScenarioView scenario, Evaluation evaluation, List<ScenarioCheck.Failure> failures) {

	public ScenarioResult {
		failures = List.copyOf(failures);
	}

	public boolean passed() {
		return failures.isEmpty();
	}

}

package org.nextsteps.scenario;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as pages and checks use it: its answers in the JSON shape of the API
 * ({@code "pain_score": 6}) and what the result must show.
 */
public record ScenarioView(long id, String name, Map<String, Object> answers, List<Expectation> expectations,
		int version, Instant updatedAt, String updatedBy) {

	public ScenarioView {
		answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		expectations = List.copyOf(expectations);
	}

}

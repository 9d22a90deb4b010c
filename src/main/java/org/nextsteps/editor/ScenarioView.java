package org.nextsteps.editor;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scenario as pages and checks use it. */
record ScenarioView(long id, String name, Map<String, Object> answers, List<Expectation> expectations, int version,
		Instant updatedAt, String updatedBy) {

	ScenarioView {
		answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		expectations = List.copyOf(expectations);
	}

}

package org.nextsteps.editor;

import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages of seeded scenarios, found by name: tests never assume the row ids the seed
 * happened to get.
 */
final class SeededScenarios {

	static final String EMERGENCY = "bladder or bowel change after an injection is an emergency";

	static final String RADIOFREQUENCY = "facet injection helped for a few hours only: radiofrequency ablation comes up";

	/** Stands for the id of {@link #EMERGENCY} in a path. */
	static final String EMERGENCY_ID = "{emergency}";

	/** Stands for the id of {@link #RADIOFREQUENCY} in a path. */
	static final String RADIOFREQUENCY_ID = "{radiofrequency}";

	private SeededScenarios() {
	}

	/** {@code path} with the placeholders replaced by the ids {@code idOfName} gives. */
	static String resolve(String path, ToLongFunction<String> idOfName) {
		String resolved = path;
		if (resolved.contains(EMERGENCY_ID)) {
			resolved = resolved.replace(EMERGENCY_ID, String.valueOf(idOfName.applyAsLong(EMERGENCY)));
		}
		if (resolved.contains(RADIOFREQUENCY_ID)) {
			resolved = resolved.replace(RADIOFREQUENCY_ID, String.valueOf(idOfName.applyAsLong(RADIOFREQUENCY)));
		}
		return resolved;
	}

	/** The id that the scenarios page ({@code /editor/scenarios}) links this name to. */
	static long idOn(String scenariosPage, String name) {
		Matcher link = Pattern.compile("href=\"/editor/scenarios/(\\d+)\">" + Pattern.quote(name) + "</a>")
			.matcher(scenariosPage);
		if (!link.find()) {
			throw new AssertionError("The scenarios page lists no scenario named " + name);
		}
		return Long.parseLong(link.group(1));
	}

}

package org.nextsteps;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's copy of the shared scenarios (src/test/resources/scenarios), read the way
 * check-guide.py reads them.
 */
public final class SharedScenarios {

	public static final Path FOLDER = Path.of("src/test/resources/scenarios");

	private SharedScenarios() {
	}

	/** The answers every case starts from (base.json). */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> base(JsonMapper json) {
		return json.readValue(FOLDER.resolve("base.json").toFile(), Map.class);
	}

	/** The cases of one file, such as {@code visible.json}. */
	public static JsonNode cases(JsonMapper json, String file) {
		return json.readTree(FOLDER.resolve(file).toFile()).get("cases");
	}

	/**
	 * check-guide.py's overlay: base + case answers, a null removing an item; or the
	 * case's answers alone.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> answers(JsonMapper json, Map<String, Object> base, JsonNode c) {
		Map<String, Object> overlay = json.treeToValue(c.get("answers"), Map.class);
		Map<String, Object> answers = c.path("alone").asBoolean(false) ? new HashMap<>() : new HashMap<>(base);
		overlay.forEach((k, v) -> {
			if (v == null) {
				answers.remove(k);
			}
			else {
				answers.put(k, v);
			}
		});
		return answers;
	}

}

package org.nextsteps.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file of the shared set (shared/scenarios, the format check-guide.py reads):
 * cases whose answers overlay a base set of answers unless the case stands alone
 * ({@code "alone": true}), where a null answer removes the item, and an {@code expect}
 * object of checks.
 */
public final class ScenarioFile {

	/**
	 * One case: its name, its whole answers (JSON-shaped, not yet validated), what it
	 * expects, and the case as the file writes it.
	 */
	public record Case(String name, Map<String, Object> answers, List<Expectation> expectations,
			Map<String, Object> source) {
	}

	private ScenarioFile() {
	}

	/**
	 * The cases of a file, each overlaid on the base answers (both classpath locations).
	 */
	@SuppressWarnings("unchecked")
	public static List<Case> read(String baseLocation, String fileLocation) {
		Map<String, Object> base = json(baseLocation);
		List<Case> cases = new ArrayList<>();
		for (Map<String, Object> c : (List<Map<String, Object>>) json(fileLocation).get("cases")) {
			Map<String, Object> answers = new LinkedHashMap<>();
			if (!Boolean.TRUE.equals(c.get("alone"))) {
				answers.putAll(base);
			}
			answers.putAll((Map<String, Object>) c.get("answers"));
			answers.values().removeIf(value -> value == null);
			cases.add(new Case((String) c.get("name"), answers,
					expectations((Map<String, Object>) c.getOrDefault("expect", Map.of())), c));
		}
		return cases;
	}

	/** The expect object of a case as a list of expectations, one per check. */
	@SuppressWarnings("unchecked")
	static List<Expectation> expectations(Map<String, Object> expect) {
		List<Expectation> list = new ArrayList<>();
		if (expect.get("disposition") instanceof String d) {
			list.add(new Expectation.DispositionIs(d));
		}
		if (expect.get("top1") instanceof String slug) {
			list.add(new Expectation.First(slug));
		}
		((Map<String, List<String>>) expect.getOrDefault("inTop", Map.of()))
			.forEach((n, slugs) -> slugs.forEach(slug -> list.add(new Expectation.InTop(slug, Integer.parseInt(n)))));
		((Map<String, List<String>>) expect.getOrDefault("notInTop", Map.of())).forEach(
				(n, slugs) -> slugs.forEach(slug -> list.add(new Expectation.NotInTop(slug, Integer.parseInt(n)))));
		((List<String>) expect.getOrDefault("present", List.of()))
			.forEach(slug -> list.add(new Expectation.Present(slug)));
		((List<String>) expect.getOrDefault("absent", List.of()))
			.forEach(slug -> list.add(new Expectation.Absent(slug)));
		((List<List<String>>) expect.getOrDefault("before", List.of()))
			.forEach(pair -> list.add(new Expectation.Before(pair.get(0), pair.get(1))));
		((List<String>) expect.getOrDefault("explanationsAbsent", List.of()))
			.forEach(key -> list.add(new Expectation.ExplanationAbsent(key)));
		if (expect.get("reasonsNotMatching") instanceof String pattern) {
			list.add(new Expectation.ReasonsNotMatching(pattern));
		}
		if (expect.get("explanationsNotMatching") instanceof String pattern) {
			list.add(new Expectation.ExplanationsNotMatching(pattern));
		}
		return list;
	}

	private static Map<String, Object> json(String location) {
		try (InputStream in = ScenarioFile.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IOException("Missing classpath resource " + location);
			}
			return ScenarioJson.JSON.readValue(in, ScenarioJson.JSON.getTypeFactory()
				.constructMapType(LinkedHashMap.class, String.class, Object.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.nextsteps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The hazard log (docs/clinical-safety/hazard-log.md, NHS DCB0129 style) names the tests
 * that show each control works. A log that names a test which does not exist claims
 * evidence it does not have: this test fails then, and when a hazard lacks one of its
 * fields or its risk does not follow from the 5x5 matrix.
 */
class HazardLogTest {

	static final Path LOG = Path.of("docs/clinical-safety/hazard-log.md");

	static final Path TESTS = Path.of("src/test/java");

	private static final Pattern HAZARD = Pattern.compile("(?m)^## (H\\d{2})\\b");

	private static final Pattern REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([a-z][A-Za-z0-9]*)`");

	private static final Pattern RISK = Pattern.compile("\\*\\*(Initial|Residual) risk:\\*\\* likelihood "
			+ "(very low|low|medium|high|very high), severity (minor|significant|considerable|major|catastrophic), "
			+ "risk (\\d)");

	static final List<String> LIKELIHOOD = List.of("very low", "low", "medium", "high", "very high");

	static final List<String> SEVERITY = List.of("minor", "significant", "considerable", "major", "catastrophic");

	private static final List<String> FIELDS = List.of("**Cause:**", "**Effect:**", "**Harm:**",
			"**Existing controls:**", "**Initial risk:**", "**Residual risk:**", "**Tests:**", "**Status:**");

	/**
	 * The risk level of each likelihood (rows, very low to very high) and severity
	 * (columns, minor to catastrophic).
	 */
	static final int[][] MATRIX = { { 1, 1, 2, 2, 3 }, { 1, 2, 2, 3, 4 }, { 2, 2, 3, 3, 4 }, { 2, 3, 3, 4, 5 },
			{ 3, 4, 4, 5, 5 } };

	@Test
	void everyTestTheHazardLogNamesExists() throws IOException {
		Map<String, String> sources = testSources();
		List<String> missing = new ArrayList<>();
		int references = 0;
		for (Map.Entry<String, String> hazard : hazards().entrySet()) {
			Matcher ref = REFERENCE.matcher(hazard.getValue());
			while (ref.find()) {
				references++;
				String source = sources.get(ref.group(1));
				if (source == null || !Pattern.compile("\\b(void|Stream<DynamicTest>)\\s+" + ref.group(2) + "\\s*\\(")
					.matcher(source)
					.find()) {
					missing.add(hazard.getKey() + ": " + ref.group(1) + "#" + ref.group(2));
				}
			}
		}
		assertThat(references).as("test references in the hazard log").isGreaterThan(20);
		assertThat(missing).as("tests the hazard log names that do not exist").isEmpty();
	}

	@Test
	void everyHazardHasItsFieldsAndARiskFromTheMatrix() throws IOException {
		Map<String, String> hazards = hazards();
		assertThat(hazards).hasSizeGreaterThanOrEqualTo(7);
		for (Map.Entry<String, String> hazard : hazards.entrySet()) {
			String text = hazard.getValue();
			for (String field : FIELDS) {
				assertThat(text).as("%s has %s", hazard.getKey(), field).contains(field);
			}
			assertThat(REFERENCE.matcher(text.substring(text.indexOf("**Tests:**"))).find())
				.as("%s names at least one test", hazard.getKey())
				.isTrue();
			Matcher risk = RISK.matcher(text);
			int[] levels = new int[2];
			int found = 0;
			while (risk.find()) {
				int likelihood = LIKELIHOOD.indexOf(risk.group(2)) + 1;
				int severity = SEVERITY.indexOf(risk.group(3)) + 1;
				int level = Integer.parseInt(risk.group(4));
				assertThat(level).as("%s %s risk from the matrix", hazard.getKey(), risk.group(1))
					.isEqualTo(MATRIX[likelihood - 1][severity - 1]);
				levels[risk.group(1).equals("Initial") ? 0 : 1] = level;
				found++;
			}
			assertThat(found).as("%s states its initial and residual risk", hazard.getKey()).isEqualTo(2);
			assertThat(levels[1]).as("%s residual risk is no higher than its initial risk", hazard.getKey())
				.isLessThanOrEqualTo(levels[0]);
		}
	}

	/** Each hazard's section, by id. */
	static Map<String, String> hazards() throws IOException {
		String log = Files.readString(LOG);
		Map<String, String> hazards = new HashMap<>();
		Matcher m = HAZARD.matcher(log);
		List<int[]> starts = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		while (m.find()) {
			starts.add(new int[] { m.start() });
			ids.add(m.group(1));
		}
		for (int i = 0; i < ids.size(); i++) {
			int end = i + 1 < ids.size() ? starts.get(i + 1)[0] : log.length();
			hazards.put(ids.get(i), log.substring(starts.get(i)[0], end));
		}
		return hazards;
	}

	/** The source of every test class, by simple name. */
	private static Map<String, String> testSources() throws IOException {
		Map<String, String> sources = new HashMap<>();
		try (Stream<Path> files = Files.walk(TESTS)) {
			files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
				try {
					sources.put(f.getFileName().toString().replace(".java", ""), Files.readString(f));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return sources;
	}

}

package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nextsteps.content.Readability;
import org.nextsteps.content.Source;
import org.nextsteps.content.SourceCatalogue;
import org.nextsteps.content.Stage;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ShortCircuits;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed decision table: coverage of the pathway, sources, and patient text quality.
 */
class SeedRulesTest {

	private static final List<RuleDefinition> SEED = RuleDefinitions.seed();

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private static final Pattern SEED_FILE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

	private static Stream<RuleDefinition> ofKind(RuleKind kind) {
		return SEED.stream().filter(r -> r.kind() == kind);
	}

	@Test
	void theSeedCompiles() {
		assertThat(Fixtures.seedRules().rules).hasSize(SEED.size());
		assertThat(SEED).allMatch(RuleDefinition::enabled);
	}

	@Test
	void everyReasonIsPlainLanguageOfGradeEightOrLess() {
		Map<String, Double> hard = new TreeMap<>();
		for (RuleDefinition rule : SEED) {
			if (rule.reason() != null && Readability.grade(rule.reason()) > 8.0) {
				hard.put(rule.key(), Readability.grade(rule.reason()));
			}
		}
		assertThat(hard).isEmpty();
	}

	@Test
	void everyRuleCitesKnownSources() {
		Set<String> known = Set.of("000_39105952880d3e27.txt", "001_2ff12cfacdb55597.txt", "002_e42bb21a26df5577.txt",
				"003_7430d1667d0f0ab2.txt", "004_d66cc4367a165fbe.txt");
		for (RuleDefinition rule : SEED) {
			assertThat(rule.sources()).as(rule.key()).isNotEmpty();
			rule.sources()
				.stream()
				.filter(s -> SEED_FILE.matcher(s).matches())
				.forEach(s -> assertThat(known).as(rule.key()).contains(s));
		}
	}

	@Test
	void everyRedFlagForcesTheContractDisposition() {
		Map<String, String> contract = new java.util.HashMap<>();
		GuideChecks.FLAG_LEVEL.forEach((flag, level) -> contract.put(flag, level.code()));
		Map<String, String> seeded = new TreeMap<>();
		// one rule per flag; the combinations (questionnaire.md) are checked by
		// ClinicalPropertyTest
		ofKind(RuleKind.DISPOSITION).filter(r -> r.when().size() == 1 && r.when().get(0).linkId().equals("red_flags"))
			.forEach(r -> r.when().get(0).values().forEach(code -> seeded.put(code, r.target())));
		assertThat(seeded).isEqualTo(new TreeMap<>(contract));
		// the validator lets the patient skip the rest on exactly the emergency and
		// urgent flags
		Set<String> skip = seeded.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals("soon"))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		assertThat(ShortCircuits.skipCodes(Questionnaire.standard())).isEqualTo(skip);
	}

	@Test
	void everyPriorityHasPreferenceRows() {
		Set<String> covered = new HashSet<>();
		ofKind(RuleKind.PREFER).forEach(r -> r.when()
			.stream()
			.filter(c -> c.linkId().equals("priorities"))
			.forEach(c -> covered.addAll(c.values())));
		assertThat(covered)
			.containsExactlyInAnyOrderElementsOf(Questionnaire.standard().item("priorities").orElseThrow().codes());
	}

	@Test
	void everyOptionExplanationAndQuestionCanComeUp() {
		Set<String> suggested = new HashSet<>();
		ofKind(RuleKind.SUGGEST).forEach(r -> suggested.add(r.target()));
		ofKind(RuleKind.FIRST).forEach(r -> suggested.add(r.target()));
		ofKind(RuleKind.DISPOSITION)
			.forEach(r -> suggested.add(Disposition.fromCode(r.target()).urgentOption().orElseThrow()));
		assertThat(suggested).containsExactlyInAnyOrderElementsOf(Fixtures.OPTION_STAGES.keySet());
		assertThat(ofKind(RuleKind.EXPLAIN).map(RuleDefinition::target).collect(Collectors.toSet()))
			.isEqualTo(Fixtures.EXPLANATION_KEYS);
		assertThat(ofKind(RuleKind.ASK).map(RuleDefinition::target).collect(Collectors.toSet()))
			.isEqualTo(Fixtures.QUESTION_KEYS);
	}

	@Test
	void namedOperationsAreExcludedWithoutTheirFinding() {
		Map<String, Set<String>> excludedUnless = new TreeMap<>();
		ofKind(RuleKind.EXCLUDE).filter(r -> Fixtures.OPTION_STAGES.get(r.target()) == Stage.SURGICAL)
			.filter(r -> r.when().stream().anyMatch(c -> c.linkId().equals("imaging_findings")))
			.forEach(r -> {
				assertThat(r.when()).hasSize(1);
				assertThat(r.when().get(0).linkId()).isEqualTo("imaging_findings");
				assertThat(r.when().get(0).operator()).isEqualTo("is_not");
				excludedUnless.put(r.target(), Set.copyOf(r.when().get(0).values()));
			});
		assertThat(excludedUnless).isEqualTo(new TreeMap<>(GuideChecks.OPERATION_NEEDS));
	}

	@Test
	void emergingAndInvestigationalOptionsStayLowWeight() {
		ofKind(RuleKind.SUGGEST)
			.filter(r -> r.target().equals("prp-injection") || r.target().equals("stem-cell-therapy"))
			.forEach(r -> assertThat(r.weight()).as(r.key()).isLessThanOrEqualTo(20));
	}

	/**
	 * Same test as shared/hooks/before-stop: no run of 8 words may repeat a source
	 * document, except in a source document's own title where the catalogue cites it
	 * (SourceCatalogueTests checks that each is its document's title): a citation quotes
	 * its title, it does not rewrite it.
	 */
	@Test
	void noPatientTextCopiesTheSources() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS), "shared/seeds is not beside the project");
		Set<String> grams = new HashSet<>();
		try (Stream<Path> files = Files.list(SEEDS)) {
			for (Path file : files.toList()) {
				grams.addAll(eightWordRuns(Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		List<String> texts = new ArrayList<>();
		SEED.stream().map(RuleDefinition::reason).filter(r -> r != null).forEach(texts::add);
		// every patient-visible text of the app: seed content and rules, message bundles,
		// templates
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
			for (Path file : files.filter(Files::isRegularFile)
				.filter(f -> f.toString().matches(".*\\.(json|properties|html)$"))
				.toList()) {
				texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
			}
		}
		Set<String> quotedTitles = SourceCatalogue.load(JsonMapper.builder().build())
			.sources()
			.stream()
			.filter(source -> source.kind() == Source.Kind.WEB_ARTICLE && !source.title().startsWith("["))
			.flatMap(source -> eightWordRuns(source.title()).stream())
			.collect(Collectors.toSet());
		List<String> copied = texts.stream()
			.flatMap(t -> eightWordRuns(t).stream())
			.filter(grams::contains)
			.filter(run -> !quotedTitles.contains(run))
			.toList();
		assertThat(copied).isEmpty();
	}

	private static List<String> eightWordRuns(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = Pattern.compile("[A-Za-z][A-Za-z'\\-]*").matcher(text);
		while (m.find()) {
			words.add(m.group().toLowerCase(Locale.ROOT));
		}
		List<String> runs = new ArrayList<>();
		for (int i = 0; i + 8 <= words.size(); i++) {
			runs.add(String.join(" ", words.subList(i, i + 8)));
		}
		return runs;
	}

}

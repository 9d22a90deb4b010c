package org.nextsteps.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every text of the published release: the contract's options with their stages,
 * every field filled, sources and evidence present, benefits and downsides balanced, and
 * plain language (grade 8).
 */
class ContentQualityTests extends WebTestSupport {

	static final double MAX_GRADE = 8.0;

	@Autowired
	Releases releases;

	@Test
	void everyContractOptionIsPresentWithItsStage() throws IOException {
		PublishedRelease release = releases.current();
		Map<String, String> contract = contractOptions();
		assertThat(contract).hasSizeGreaterThanOrEqualTo(32);
		contract.forEach((slug, stage) -> assertThat(release.option(slug)).as(slug)
			.hasValueSatisfying(option -> assertThat(option.content().stage().code()).isEqualTo(stage)));
	}

	@Test
	void everyOptionHasEveryField() {
		for (RenderedOption rendered : releases.current().options()) {
			OptionContent option = rendered.content();
			assertThat(option.patientTexts()).as(option.slug()).allSatisfy(text -> assertThat(text).isNotBlank());
			assertThat(option.sources()).as("%s sources", option.slug()).isNotEmpty();
			assertThat(option.evidence()).as("%s evidence", option.slug()).isNotNull();
			assertThat(option.benefits()).as("%s benefits", option.slug()).isNotEmpty();
			assertThat(option.downsides()).as("%s downsides", option.slug()).isNotEmpty();
			assertThat(option.invasiveness()).as("%s invasiveness", option.slug()).isBetween(1, 5);
			assertThat(option.lastReviewed()).as("%s review date", option.slug()).isNotNull();
			assertThat(option.summary().length()).as("%s summary is one line", option.slug()).isLessThanOrEqualTo(160);
		}
	}

	/**
	 * IPDAS: benefits and downsides in equal detail: as many points, and a similar amount
	 * of text.
	 */
	@Test
	void benefitsAndDownsidesAreBalanced() {
		for (RenderedOption rendered : releases.current().options()) {
			OptionContent option = rendered.content();
			assertThat(Math.abs(option.benefits().size() - option.downsides().size())).as(option.slug())
				.isLessThanOrEqualTo(1);
			int pros = option.benefits().stream().mapToInt(String::length).sum();
			int cons = option.downsides().stream().mapToInt(String::length).sum();
			assertThat((double) Math.min(pros, cons) / Math.max(pros, cons)).as("%s text balance", option.slug())
				.isGreaterThanOrEqualTo(0.6);
		}
	}

	@Test
	void everyOptionReadsAtGradeEightOrBelow() {
		Map<String, Double> grades = new LinkedHashMap<>();
		for (RenderedOption option : releases.current().options()) {
			grades.put(option.slug(), Readability.grade(String.join("\n", option.content().patientTexts())));
			// the grade editors see, on the options page and before publishing
			assertThat(option.content().readingGrade()).as(option.slug()).isEqualTo(grades.get(option.slug()));
		}
		assertThat(Readability.MAX_GRADE).isEqualTo(MAX_GRADE);
		assertThat(grades).as("Flesch-Kincaid grade per option")
			.allSatisfy((slug, grade) -> assertThat(grade).as(slug).isLessThanOrEqualTo(MAX_GRADE));
	}

	/**
	 * Every field on its own, not only each option as a whole: a hard sentence is not
	 * hidden by easy ones.
	 */
	@Test
	void everyFieldReadsAtGradeEightOrBelow() {
		Map<String, Double> tooHard = new LinkedHashMap<>();
		ContentSnapshot content = releases.current().content();
		for (OptionContent option : content.options()) {
			List<String> texts = option.patientTexts();
			for (int i = 0; i < texts.size(); i++) {
				check(tooHard, option.slug() + " field " + i, texts.get(i));
			}
		}
		content.explanations().forEach(e -> check(tooHard, e.key(), e.body()));
		content.questions().forEach(q -> check(tooHard, q.key(), q.text()));
		content.safetyNet().forEach(line -> check(tooHard, line.key(), line.text()));
		for (var rule : releases.current().rules().definitions()) {
			if (rule.reason() != null) {
				check(tooHard, rule.key(), rule.reason());
			}
		}
		assertThat(tooHard).as("fields above grade %s", MAX_GRADE).isEmpty();
	}

	private static void check(Map<String, Double> tooHard, String where, String text) {
		if (Readability.words(text) >= Readability.MIN_WORDS && Readability.grade(text) > MAX_GRADE) {
			tooHard.put(where + ": " + text, Readability.grade(text));
		}
	}

	/**
	 * options.md (2026-12-01): guideline positions and outcome numbers out of 100, each
	 * with its source.
	 */
	@Test
	void everyOptionSaysWhatGuidelinesSayAndWhatTheNumbersAre() throws IOException {
		int withGuidance = 0;
		java.util.Set<String> contract = contractOptions().keySet();
		for (RenderedOption rendered : releases.current().options()) {
			OptionContent option = rendered.content();
			if (!contract.contains(option.slug())) {
				continue; // an option an editor adds gets its numbers in the editor
							// (issue 16)
			}
			for (Guidance g : option.guidance()) {
				assertThat(g.guideline()).as(option.slug()).isNotBlank();
				assertThat(g.year()).as(option.slug()).isBetween(1990, 2026);
				assertThat(g.group()).as(option.slug()).isNotBlank();
				assertThat(g.position()).as(option.slug()).isNotNull();
			}
			withGuidance += option.guidance().isEmpty() ? 0 : 1;
			for (Outcome o : option.outcomes()) {
				assertThat(o.source()).as(option.slug()).isNotBlank().containsPattern("(19|20)\\d\\d");
				assertThat(o.timeFrame()).as(option.slug()).isNotBlank();
				assertThat(o.group()).as(option.slug()).isNotBlank();
				assertThat(o.measure()).as(option.slug()).isNotBlank();
				assertThat(o.compareCount() == null).as("%s comparison complete", option.slug())
					.isEqualTo(o.compareGroup() == null);
			}
			assertThat(option.outcomes().isEmpty() && option.outcomesNote().isBlank())
				.as("%s has numbers or says that good numbers are lacking", option.slug())
				.isFalse();
		}
		assertThat(withGuidance).as("options with guideline positions").isGreaterThanOrEqualTo(20);
		OptionContent gabapentinoids = releases.current().option("nerve-pain-medication").orElseThrow().content();
		assertThat(gabapentinoids.guidance()).anySatisfy(g -> {
			assertThat(g.guideline()).contains("NG59");
			assertThat(g.position()).isEqualTo(Guidance.Position.DOES_NOT_RECOMMEND);
		});
	}

	/**
	 * "What matters to you" compares options on each priority: every priority code fits
	 * some options and not others.
	 */
	@Test
	void everyPriorityFitsSomeOptionsWellAndSomePoorly() {
		List<OptionContent> options = releases.current().options().stream().map(RenderedOption::content).toList();
		for (String code : org.nextsteps.questionnaire.Questionnaire.standard()
			.item("priorities")
			.orElseThrow()
			.codes()) {
			assertThat(options).as("options that fit %s well", code)
				.anyMatch(option -> option.priorities().good().contains(code));
			assertThat(options).as("options that fit %s poorly", code)
				.anyMatch(option -> option.priorities().poor().contains(code));
		}
	}

	/**
	 * api.md (2026-12-01): every result carries a safety net, so the lines shown always
	 * cover both levels.
	 */
	@Test
	void theSafetyNetShownOnEveryResultHasBothLevels() {
		List<SafetyNetLine> always = releases.current()
			.content()
			.safetyNet()
			.stream()
			.filter(SafetyNetLine::always)
			.toList();
		for (SafetyNetLine.Level level : SafetyNetLine.Level.values()) {
			assertThat(always).as("lines shown always at %s", level).anyMatch(line -> line.level() == level);
		}
		assertThat(always).as("lines a joint patient sees too name no spine")
			.noneMatch(line -> line.text().matches("(?is).*\\bspin(e|al)\\b.*"));
	}

	@Test
	void everySupportingTextReadsAtGradeEightOrBelow() {
		ContentSnapshot content = releases.current().content();
		for (Explanation e : content.explanations()) {
			assertThat(Readability.grade(e.title() + "\n" + e.body())).as(e.key()).isLessThanOrEqualTo(MAX_GRADE);
			assertThat(e.sources()).as("%s sources", e.key()).isNotEmpty();
		}
		for (DoctorQuestion q : content.questions()) {
			assertThat(Readability.grade(q.text())).as(q.key()).isLessThanOrEqualTo(MAX_GRADE);
		}
		assertThat(content.explanations()).extracting(Explanation::key)
			.contains("misidentified_source", "missed_target", "structural_problem", "central_sensitization",
					"coexisting_conditions", "non_response");
	}

	/**
	 * The slugs and stages of ../shared/contract/options.md, kept as the project's own
	 * copy in test resources.
	 */
	static Map<String, String> contractOptions() throws IOException {
		Map<String, String> options = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| ([a-z]+) \\|")
			.matcher(Files.readString(Path.of("src/test/resources/contract/options.md")));
		while (row.find()) {
			options.put(row.group(1), row.group(2));
		}
		return options;
	}

	static List<String> slugs(PublishedRelease release) {
		return release.options().stream().map(RenderedOption::slug).toList();
	}

}

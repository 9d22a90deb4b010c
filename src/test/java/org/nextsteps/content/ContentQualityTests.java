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
 * Checks every text of the published release: the contract's options with their stages, every field
 * filled, sources and evidence present, benefits and downsides balanced, and plain language (grade 8).
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

	/** IPDAS: benefits and downsides in equal detail: as many points, and a similar amount of text. */
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
		}
		assertThat(grades).as("Flesch-Kincaid grade per option").allSatisfy(
				(slug, grade) -> assertThat(grade).as(slug).isLessThanOrEqualTo(MAX_GRADE));
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

	/** The slugs and stages of ../shared/contract/options.md, kept as the project's own copy in test resources. */
	static Map<String, String> contractOptions() throws IOException {
		Map<String, String> options = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| ([a-z]+) \\|").matcher(
				Files.readString(Path.of("src/test/resources/contract/options.md")));
		while (row.find()) {
			options.put(row.group(1), row.group(2));
		}
		return options;
	}

	static List<String> slugs(PublishedRelease release) {
		return release.options().stream().map(RenderedOption::slug).toList();
	}

}

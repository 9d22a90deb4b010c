package org.nextsteps.scenario;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.content.Explanation;
import org.nextsteps.content.Stage;
import org.nextsteps.pathway.Disposition;
import org.nextsteps.pathway.Evaluation;
import org.nextsteps.pathway.RankedOption;

import static org.assertj.core.api.Assertions.assertThat;

/** Expectations as check-guide.py reads them, checked against a made-up result. */
class ScenarioCheckTests {

	static final Evaluation RESULT = new Evaluation(Disposition.ROUTINE,
			List.of(option("a", 1), option("b", 2), option("c", 3)), List.of("why-it-failed"), List.of(), List.of());

	static final List<Explanation> EXPLANATIONS = List
		.of(new Explanation("why-it-failed", "The wrong joint", "The steroid reached another joint.", List.of()));

	static RankedOption option(String slug, int rank) {
		return new RankedOption(slug, Stage.CONSERVATIVE, rank, 10, List.of("why " + slug), List.of());
	}

	@Test
	void theSharedExpectFormatBecomesOneExpectationPerCheck() {
		List<Expectation> list = ScenarioFile.expectations(Map.of("disposition", "routine", "top1", "a", "inTop",
				Map.of("3", List.of("b", "c")), "notInTop", Map.of("1", List.of("c")), "present", List.of("a"),
				"absent", List.of("z"), "before", List.of(List.of("a", "c"))));
		assertThat(list).hasSize(8);
		assertThat(ScenarioCheck.check(list, RESULT, EXPLANATIONS)).isEmpty();
	}

	@Test
	void eachFailureSaysWhatWasExpectedAndWhatCame() {
		List<ScenarioCheck.Failure> failures = ScenarioCheck.check(
				List.of(new Expectation.DispositionIs("emergency"), new Expectation.First("b"),
						new Expectation.InTop("c", 2), new Expectation.InTop("z", 2), new Expectation.NotInTop("a", 2),
						new Expectation.Present("z"), new Expectation.Absent("b"), new Expectation.Before("c", "a"),
						new Expectation.Before("z", "a"),
						new Expectation.Unknown(new Expectation.Stored("sideways", "a", null, null))),
				RESULT, EXPLANATIONS);
		assertThat(failures).extracting(ScenarioCheck.Failure::key)
			.containsExactly("scenario.check.disposition", "scenario.check.first", "scenario.check.in-top",
					"scenario.check.in-top.absent", "scenario.check.not-in-top", "scenario.check.present",
					"scenario.check.absent", "scenario.check.before", "scenario.check.before.absent",
					"scenario.check.unknown");
		assertThat(failures.get(2).args()).containsExactly("c", 2, 3);
	}

	@Test
	void theTextExpectationsReadTheReasonsAndTheExplanationsShown() {
		List<Expectation> list = ScenarioFile.expectations(Map.of("explanationsAbsent", List.of("other-key"),
				"reasonsNotMatching", "(?i)\\bspine\\b", "explanationsNotMatching", "(?i)facet"));
		assertThat(list).containsExactly(new Expectation.ExplanationAbsent("other-key"),
				new Expectation.ReasonsNotMatching("(?i)\\bspine\\b"),
				new Expectation.ExplanationsNotMatching("(?i)facet"));
		assertThat(ScenarioCheck.check(list, RESULT, EXPLANATIONS)).isEmpty();

		List<ScenarioCheck.Failure> failures = ScenarioCheck
			.check(List.of(new Expectation.ExplanationAbsent("why-it-failed"),
					new Expectation.ReasonsNotMatching("(?i)WHY B"), new Expectation.ExplanationsNotMatching("steroid"),
					new Expectation.ExplanationsNotMatching("(")), RESULT, EXPLANATIONS);
		assertThat(failures).extracting(ScenarioCheck.Failure::key)
			.containsExactly("scenario.check.explanation-absent", "scenario.check.reasons-matching",
					"scenario.check.explanations-matching", "scenario.check.pattern");
		assertThat(failures.get(1).args()).containsExactly("(?i)WHY B", "why b");
		assertThat(failures.get(2).args()).containsExactly("steroid",
				"The wrong joint The steroid reached another joint.");
	}

	@Test
	void expectationsAreStoredAsTheirRowsAndReadBackTheSame() {
		ScenarioJson.ExpectationsConverter converter = new ScenarioJson.ExpectationsConverter();
		List<Expectation> all = List.of(new Expectation.DispositionIs("soon"), new Expectation.First("a"),
				new Expectation.InTop("a", 3), new Expectation.NotInTop("a", 1), new Expectation.Present("a"),
				new Expectation.Absent("a"), new Expectation.Before("a", "b"), new Expectation.ExplanationAbsent("k"),
				new Expectation.ReasonsNotMatching("x"), new Expectation.ExplanationsNotMatching("y"),
				new Expectation.Unknown(new Expectation.Stored("sideways", "a", 2, "b")));
		String column = converter.convertToDatabaseColumn(all);
		assertThat(column).startsWith("[{\"type\":\"disposition\",\"value\":\"soon\"");
		assertThat(converter.convertToEntityAttribute(column)).isEqualTo(all);
		assertThat(converter.convertToEntityAttribute("[{\"type\":\"in_top\",\"value\":\"a\",\"n\":3,\"other\":null}]"))
			.containsExactly(new Expectation.InTop("a", 3));
	}

}

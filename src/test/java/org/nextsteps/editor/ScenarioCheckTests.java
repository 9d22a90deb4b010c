package org.nextsteps.editor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.content.Stage;
import org.nextsteps.pathway.Disposition;
import org.nextsteps.pathway.Evaluation;
import org.nextsteps.pathway.RankedOption;

import static org.assertj.core.api.Assertions.assertThat;

/** Expectations as check-guide.py reads them, checked against a made-up result. */
class ScenarioCheckTests {

	static final Evaluation RESULT = new Evaluation(Disposition.ROUTINE,
			List.of(option("a", 1), option("b", 2), option("c", 3)), List.of(), List.of(), List.of());

	static RankedOption option(String slug, int rank) {
		return new RankedOption(slug, Stage.CONSERVATIVE, rank, 10, List.of("why"), List.of());
	}

	@Test
	void theSharedExpectFormatBecomesOneExpectationPerCheck() {
		List<Expectation> list = Scenarios.expectations(Map.of("disposition", "routine", "top1", "a", "inTop",
				Map.of("3", List.of("b", "c")), "notInTop", Map.of("1", List.of("c")), "present", List.of("a"),
				"absent", List.of("z"), "before", List.of(List.of("a", "c"))));
		assertThat(list).hasSize(8);
		assertThat(ScenarioCheck.check(list, RESULT)).isEmpty();
	}

	@Test
	void eachFailureSaysWhatWasExpectedAndWhatCame() {
		List<ScenarioCheck.Failure> failures = ScenarioCheck.check(List.of(
				new Expectation("disposition", "emergency", null, null), new Expectation("first", "b", null, null),
				new Expectation("in_top", "c", 2, null), new Expectation("in_top", "z", 2, null),
				new Expectation("not_in_top", "a", 2, null), new Expectation("present", "z", null, null),
				new Expectation("absent", "b", null, null), new Expectation("before", "c", null, "a"),
				new Expectation("before", "z", null, "a"), new Expectation("sideways", "a", null, null)), RESULT);
		assertThat(failures).extracting(ScenarioCheck.Failure::key)
			.containsExactly("editor.check.disposition", "editor.check.first", "editor.check.in-top",
					"editor.check.in-top.absent", "editor.check.not-in-top", "editor.check.present",
					"editor.check.absent", "editor.check.before", "editor.check.before.absent", "editor.check.unknown");
		assertThat(failures.get(2).args()).containsExactly("c", 2, 3);
	}

}

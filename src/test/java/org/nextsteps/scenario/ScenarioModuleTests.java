package org.nextsteps.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.ModuleTest;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.audit.AuditLog;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.release.PublishedRelease;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The scenario module on its own, with the audit log and the assessment module's public
 * service mocked (answers validated by the questionnaire's own validator, results made
 * up): the first start seeds the shared scenario sets, a new scenario is audited, and a
 * run takes every scenario through the release it is given (a draft, say), never the
 * current one, and reports what each result fails of its expectations.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
class ScenarioModuleTests implements ModuleTest {

	static final AnswerValidator VALIDATOR = new AnswerValidator(Questionnaire.standard());

	/** A mock that validates answers before the first start seeds scenarios with it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Assessment {

		@Bean
		Assessments assessments() {
			Assessments assessments = mock(Assessments.class);
			when(assessments.validate(anyMap())).thenAnswer(call -> VALIDATOR.validate(call.getArgument(0)));
			return assessments;
		}

	}

	@MockitoBean
	AuditLog audit;

	@Autowired
	Assessments assessments;

	@Autowired
	Scenarios scenarios;

	@Test
	void theFirstStartSeedsTheSharedScenarioSets() {
		List<String> names = scenarios.all().stream().map(ScenarioView::name).toList();
		for (String seed : Scenarios.SEEDS) {
			assertThat(names).as(seed).contains(ScenarioFile.read(Scenarios.BASE, seed).get(0).name());
		}
	}

	@Test
	void aRunOnAGivenReleaseReportsWhatItsResultFails() {
		PublishedRelease draft = mock(PublishedRelease.class);
		when(assessments.assess(any(Answers.class), same(draft)))
			.thenReturn(new Assessments.Result(draft, Answers.empty(), ScenarioCheckTests.RESULT, List.of(),
					ScenarioCheckTests.EXPLANATIONS, List.of(), List.of()));
		ScenarioView made = scenarios.create("module test: b comes first", scenarios.all().get(0).answers(),
				List.of(new Expectation.First("a"), new Expectation.First("b")), "tester");
		verify(audit).record(eq("tester"), eq("scenario.create"), eq("scenario"), eq(String.valueOf(made.id())),
				anyList());

		List<ScenarioResult> results = scenarios.run(draft);
		assertThat(results).extracting(result -> result.scenario().id())
			.containsExactlyElementsOf(scenarios.all().stream().map(ScenarioView::id).toList());
		ScenarioResult mine = results.stream()
			.filter(result -> result.scenario().id() == made.id())
			.findFirst()
			.orElseThrow();
		assertThat(mine.evaluation()).isSameAs(ScenarioCheckTests.RESULT);
		assertThat(mine.passed()).isFalse();
		assertThat(mine.failures())
			.containsExactly(new ScenarioCheck.Failure("scenario.check.first", List.<Object>of("b", "a")));
		verify(assessments, never()).assess(any(Answers.class));
	}

	@Test
	void aScenarioWhoseAnswersAreNoLongerValidFailsWithoutAResult() {
		PublishedRelease draft = mock(PublishedRelease.class);
		ScenarioView outdated = new ScenarioView(0, "outdated", Map.of("red_flags", List.of("no-longer-a-code")),
				List.of(new Expectation.First("a")), 0, Instant.now(), "tester");
		ScenarioResult result = scenarios.run(outdated, draft);
		assertThat(result.evaluation()).isNull();
		assertThat(result.failures()).extracting(ScenarioCheck.Failure::key)
			.containsExactly("scenario.check.invalid-answers");
		verify(assessments, never()).assess(any(Answers.class), same(draft));
	}

}

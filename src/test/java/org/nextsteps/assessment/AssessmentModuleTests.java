package org.nextsteps.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.ModuleTest;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.SafetyNetLine;
import org.nextsteps.pathway.Disposition;
import org.nextsteps.pathway.RankedOption;
import org.nextsteps.pathway.RuleDefinitions;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.release.PublishedRelease;
import org.nextsteps.release.Releases;
import org.nextsteps.release.TestReleases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The assessment module on its own, with the release module's public service mocked and
 * the seed content and rules compiled as releases in memory: answers are validated, then
 * give a result on the current release or on any release given (a draft), with its
 * options ranked, their content attached and a safety net at both levels. No database.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
@TestPropertySource(properties = { "spring.main.lazy-initialization=true", "spring.flyway.enabled=false" })
class AssessmentModuleTests implements ModuleTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final PublishedRelease CURRENT = TestReleases.compiled(1, ContentSeed.load(JSON), RuleDefinitions.seed());

	static final PublishedRelease DRAFT = TestReleases.compiled(2, ContentSeed.load(JSON), RuleDefinitions.seed());

	@MockitoBean
	Releases releases;

	@Autowired
	Assessments assessments;

	@Test
	void validAnswersGiveARankedResultOnTheCurrentReleaseWithASafetyNet() throws IOException {
		when(releases.current()).thenReturn(CURRENT);
		Assessments.Result result = assessments.assess(valid(base()));

		assertThat(result.release()).isSameAs(CURRENT);
		assertThat(result.evaluation().disposition()).isEqualTo(Disposition.ROUTINE);
		assertThat(result.suggestions()).isNotEmpty();
		for (int i = 0; i < result.suggestions().size(); i++) {
			Assessments.Suggestion suggestion = result.suggestions().get(i);
			assertThat(suggestion.ranked().rank()).isEqualTo(i + 1);
			assertThat(suggestion.option()).isSameAs(CURRENT.option(suggestion.ranked().slug()).orElseThrow());
		}
		assertThat(result.suggestions()).extracting(Assessments.Suggestion::ranked)
			.extracting(RankedOption::slug)
			.containsExactlyElementsOf(result.evaluation().options().stream().map(RankedOption::slug).toList());
		assertThat(result.safetyNet()).extracting(SafetyNetLine::level)
			.as("emergency lines first, and both levels")
			.isSorted()
			.contains(SafetyNetLine.Level.values());
	}

	@Test
	void aResultOnAGivenReleaseIsThatReleasesAndNotTheCurrentOnes() throws IOException {
		Map<String, Object> fever = base();
		fever.put("red_flags", List.of("fever_or_site_infection"));
		Assessments.Result result = assessments.assess(valid(fever), DRAFT);

		assertThat(result.release()).isSameAs(DRAFT);
		assertThat(result.evaluation().disposition()).isEqualTo(Disposition.URGENT);
		assertThat(result.suggestions().get(0).ranked().slug()).isEqualTo("same-day-medical-review");
		assertThat(result.suggestions().get(0).option())
			.isSameAs(DRAFT.option("same-day-medical-review").orElseThrow());
		verify(releases, never()).current();
	}

	@Test
	void answersTheQuestionnaireDoesNotTakeAreRefused() throws IOException {
		Map<String, Object> unknownCode = base();
		unknownCode.put("red_flags", List.of("not-a-code"));
		assertThat(assessments.validate(unknownCode).isValid()).isFalse();
		Map<String, Object> unknownItem = base();
		unknownItem.put("favourite_colour", "blue");
		assertThat(assessments.validate(unknownItem).isValid()).isFalse();
	}

	/** The answers every seed scenario starts from. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> base() throws IOException {
		try (InputStream in = AssessmentModuleTests.class.getResourceAsStream("/seed/scenarios/base.json")) {
			return new LinkedHashMap<String, Object>(JSON.readValue(in, Map.class));
		}
	}

	private org.nextsteps.questionnaire.Answers valid(Map<String, Object> raw) {
		ValidationResult valid = assessments.validate(raw);
		assertThat(valid.isValid()).as("answers valid: %s", valid).isTrue();
		return valid.answers();
	}

}

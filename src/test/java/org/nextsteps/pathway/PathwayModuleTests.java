package org.nextsteps.pathway;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.ModuleTest;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.ContentSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * The pathway module on its own, with the content module's public service mocked: a rule
 * is checked against the draft content that service gives, at the moment it is checked.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
class PathwayModuleTests implements ModuleTest {

	static final ContentSnapshot CONTENT = ContentSeed.load(JsonMapper.builder().build());

	@MockitoBean
	ContentDrafts content;

	@Autowired
	RuleDrafts rules;

	@Test
	void aRuleIsCheckedAgainstTheDraftContentOfTheContentModule() {
		RuleDefinition suggestion = RuleDefinitions.seed()
			.stream()
			.filter(rule -> rule.kind() == RuleKind.SUGGEST)
			.findFirst()
			.orElseThrow();
		when(content.snapshot()).thenReturn(CONTENT);
		assertThat(rules.problems(suggestion)).isEmpty();

		List<org.nextsteps.content.OptionContent> others = CONTENT.options()
			.stream()
			.filter(option -> !option.slug().equals(suggestion.target()))
			.toList();
		when(content.snapshot())
			.thenReturn(new ContentSnapshot(others, CONTENT.explanations(), CONTENT.questions(), CONTENT.safetyNet()));
		assertThat(rules.problems(suggestion)).as("once the draft content lacks its option")
			.extracting(RuleProblem::field)
			.contains("target");
	}

}

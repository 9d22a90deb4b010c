package org.nextsteps.release;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.ModuleTest;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.OptionContent;
import org.nextsteps.pathway.InvalidRulesException;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDefinitions;
import org.nextsteps.pathway.RuleDrafts;
import org.nextsteps.pathway.RuleKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The release module on its own, with the draft content and rules of the content and
 * pathway modules mocked: the first start publishes what they hold, a publish takes what
 * they hold then, a draft whose rules do not compile is never published, and a roll-back
 * writes the old release back through them.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
class ReleaseModuleTests implements ModuleTest {

	static final ContentSnapshot CONTENT = ContentSeed.load(JsonMapper.builder().build());

	static final List<RuleDefinition> RULES = RuleDefinitions.seed();

	/** Mocks that hold the seed before the first start reads them. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Drafts {

		@Bean
		ContentDrafts contentDrafts() {
			return seeded(mock(ContentDrafts.class));
		}

		@Bean
		RuleDrafts ruleDrafts() {
			return seeded(mock(RuleDrafts.class));
		}

	}

	@Autowired
	Releases releases;

	@Autowired
	ContentDrafts content;

	@Autowired
	RuleDrafts rules;

	@AfterEach
	void seedAgain() {
		reset(content, rules);
		seeded(content);
		seeded(rules);
	}

	@Test
	void theFirstStartPublishesWhatTheDraftsHold() {
		assertThat(releases.find(first()))
			.hasValueSatisfying(release -> assertThat(release.content()).isEqualTo(CONTENT));
	}

	@Test
	void aPublishTakesWhatTheDraftsHoldThenAndKeepsTheOlderRelease() {
		long before = releases.current().id();
		OptionContent option = CONTENT.options().get(0);
		when(content.snapshot()).thenReturn(withNote(option, "published in the module test"));

		PublishedRelease published = TestReleases.publishDraft(releases, "tester", "module test");
		assertThat(published.id()).isEqualTo(before + 1);
		assertThat(releases.current()).isSameAs(published);
		assertThat(published.option(option.slug()).orElseThrow().content().outcomesNote())
			.isEqualTo("published in the module test");
		assertThat(releases.find(before).orElseThrow().option(option.slug()).orElseThrow().content().outcomesNote())
			.isEqualTo(option.outcomesNote());
		assertThat(releases.history().get(0)).satisfies(info -> {
			assertThat(info.id()).isEqualTo(published.id());
			assertThat(info.note()).isEqualTo("module test");
		});
	}

	@Test
	void aDraftWhoseRulesDoNotCompileIsNeverPublished() {
		int before = releases.history().size();
		RuleDefinition suggestion = RULES.stream()
			.filter(rule -> rule.kind() == RuleKind.SUGGEST)
			.findFirst()
			.orElseThrow();
		List<RuleDefinition> broken = new ArrayList<>(RULES);
		broken.add(new RuleDefinition("points-nowhere", suggestion.kind(), suggestion.when(), "no-such-option",
				suggestion.weight(), suggestion.reason(), suggestion.sources(), true));
		when(rules.all()).thenReturn(broken);

		assertThatExceptionOfType(InvalidRulesException.class)
			.isThrownBy(() -> TestReleases.publishDraft(releases, "tester", "broken"));
		assertThat(releases.history()).hasSize(before);
	}

	@Test
	void aRollBackWritesTheOldReleaseBackThroughTheDraftServices() {
		PublishedRelease rolledBack = releases.rollBack(first(), "tester", "back to the first");
		verify(content).replaceWith(CONTENT, "tester");
		verify(rules).replaceWith(RULES, "tester");
		assertThat(rolledBack.content()).isEqualTo(CONTENT);
		assertThat(releases.current()).isSameAs(rolledBack);
	}

	/** The number of the release the first start published. */
	private long first() {
		List<ReleaseInfo> history = releases.history();
		return history.get(history.size() - 1).id();
	}

	static ContentDrafts seeded(ContentDrafts content) {
		when(content.snapshot()).thenReturn(CONTENT);
		return content;
	}

	static RuleDrafts seeded(RuleDrafts rules) {
		when(rules.all()).thenReturn(RULES);
		return rules;
	}

	private static ContentSnapshot withNote(OptionContent option, String note) {
		List<OptionContent> options = new ArrayList<>(CONTENT.options());
		options.set(0, option.withEvidenceDetail(option.guidance(), option.outcomes(), note));
		return new ContentSnapshot(options, CONTENT.explanations(), CONTENT.questions(), CONTENT.safetyNet());
	}

}

package org.nextsteps.pathway;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.StoreTest;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.system.EditConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The draft decision table as stored: what goes in comes out, a replace disables rather
 * than deletes, and a rule that is wrong for the draft content or saved over an older
 * version is never written.
 */
@StoreTest
class RuleDraftsTests {

	static final List<RuleDefinition> SEED = RuleDefinitions.seed();

	@Autowired
	RuleDrafts rules;

	@Autowired
	ContentDrafts content;

	@BeforeEach
	void seed() {
		assertThat(rules.isEmpty()).as("the migrations write no rules").isTrue();
		content.replaceWith(ContentSeed.load(JsonMapper.builder().build()), "seeder");
		rules.replaceWith(SEED, "seeder");
	}

	@Test
	void theSeedComesBackAsItWasWrittenInItsOrder() {
		assertThat(rules.isEmpty()).isFalse();
		assertThat(rules.all()).isEqualTo(SEED);
		assertThat(rules.rules()).extracting(DraftRule::position).isSorted();
	}

	@Test
	void aReplaceWithoutARuleDisablesItAndKeepsItsRow() {
		RuleDefinition left = SEED.get(0);
		rules.replaceWith(SEED.subList(1, SEED.size()), "replacer");
		assertThat(rules.rule(left.key())).hasValueSatisfying(row -> {
			assertThat(row.definition().enabled()).isFalse();
			assertThat(row.position()).as("after the rules that stay").isGreaterThanOrEqualTo(SEED.size() - 1);
			assertThat(row.updatedBy()).isEqualTo("replacer");
		});
		assertThat(rules.all()).hasSize(SEED.size());
	}

	@Test
	void aSaveOverAnOlderVersionIsRefused() {
		DraftRule opened = rules.rule(suggestion().key()).orElseThrow();
		DraftRule saved = rules.saveRule(weighted(opened.definition(), 7), opened.version(), "first editor");
		assertThat(saved.version()).isGreaterThan(opened.version());

		assertThatExceptionOfType(EditConflictException.class)
			.isThrownBy(() -> rules.saveRule(weighted(opened.definition(), 9), opened.version(), "second editor"));
		assertThat(rules.rule(opened.key())).hasValueSatisfying(row -> {
			assertThat(row.definition().weight()).isEqualTo(7);
			assertThat(row.updatedBy()).isEqualTo("first editor");
		});
		assertThatExceptionOfType(NoSuchElementException.class)
			.isThrownBy(() -> rules.saveRule(renamed(opened.definition(), "no-such-rule"), 0, "editor"));
	}

	@Test
	void aRuleThatDoesNotFitTheDraftContentIsNeverWritten() {
		RuleDefinition rule = suggestion();
		RuleDefinition elsewhere = new RuleDefinition("points-nowhere", rule.kind(), rule.when(), "no-such-option",
				rule.weight(), rule.reason(), rule.sources(), true);
		assertThat(rules.problems(elsewhere)).extracting(RuleProblem::field).contains("target");
		assertThatExceptionOfType(InvalidRulesException.class).isThrownBy(() -> rules.addRule(elsewhere, "editor"));
		assertThat(rules.rule("points-nowhere")).isEmpty();

		assertThatExceptionOfType(InvalidRulesException.class).as("a key already used")
			.isThrownBy(() -> rules.addRule(rule, "editor"))
			.satisfies(ex -> assertThat(ex.problems()).extracting(RuleProblem::field).contains("key"));

		RuleDefinition copy = renamed(rule, "a-copy");
		rules.addRule(copy, "editor");
		assertThat(rules.all()).last().isEqualTo(copy);
	}

	/** A seed rule that suggests an option. */
	private static RuleDefinition suggestion() {
		return SEED.stream().filter(rule -> rule.kind() == RuleKind.SUGGEST).findFirst().orElseThrow();
	}

	private static RuleDefinition weighted(RuleDefinition rule, int weight) {
		return new RuleDefinition(rule.key(), rule.kind(), rule.when(), rule.target(), weight, rule.reason(),
				rule.sources(), rule.enabled());
	}

	private static RuleDefinition renamed(RuleDefinition rule, String key) {
		return new RuleDefinition(key, rule.kind(), rule.when(), rule.target(), rule.weight(), rule.reason(),
				rule.sources(), rule.enabled());
	}

}

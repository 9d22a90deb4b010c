package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.audit.FieldChange;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.content.OptionContent;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDefinitions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What differs between two versions of the guide, field by field. */
class ChangesTests {

	static final ContentSnapshot SEED = ContentSeed.load(JsonMapper.builder().findAndAddModules().build());

	static final List<RuleDefinition> RULES = RuleDefinitions.seed();

	@Test
	void identicalVersionsHaveNoChanges() {
		assertThat(Changes.between(new Changes.Version(SEED, RULES), new Changes.Version(SEED, RULES))).isEmpty();
	}

	@Test
	void changedAddedAndRemovedThingsAreListedWithTheirFields() {
		List<OptionContent> options = new ArrayList<>(SEED.options());
		OptionContent first = options.get(0);
		options.set(0, new OptionContent(first.slug(), first.stage(), "New title", first.summary(), first.involves(),
				first.recovery(), first.timeCommitment(), first.reliefDuration(), first.benefits(), first.downsides(),
				first.suits(), first.notFor(), first.evidence(), first.evidenceNote(), first.invasiveness(),
				first.shortRecovery(), first.shortRelief(), first.mainDownside(), first.priorities(), first.sources(),
				first.lastReviewed(), first.guidance(), first.outcomes(), first.outcomesNote()));
		List<RuleDefinition> rules = new ArrayList<>(RULES);
		RuleDefinition removed = rules.remove(0);
		var after = new Changes.Version(
				new ContentSnapshot(options, SEED.explanations(), SEED.questions(), SEED.safetyNet()), rules);
		List<Change> changes = Changes.between(new Changes.Version(SEED, RULES), after);
		assertThat(changes).hasSize(2);
		assertThat(changes.get(0).kind()).isEqualTo(Change.Kind.CHANGED);
		assertThat(changes.get(0).fields()).containsExactly(new FieldChange("title", first.title(), "New title"));
		assertThat(changes.get(1).kind()).isEqualTo(Change.Kind.REMOVED);
		assertThat(changes.get(1).key()).isEqualTo(removed.key());
		assertThat(changes.get(1).fields()).allSatisfy(f -> assertThat(f.after()).isNull());
		assertThat(changes.get(0).qualifiedFields().get(0).field()).isEqualTo("option " + first.slug() + ": title");
	}

}

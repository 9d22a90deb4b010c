package org.nextsteps.content;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.StoreTest;
import org.nextsteps.system.EditConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The draft content as stored: what goes in comes out, a replace keeps rows and deletes
 * no option, and a save over an older version writes nothing.
 */
@StoreTest
class ContentDraftsTests {

	static final ContentSnapshot SEED = ContentSeed.load(JsonMapper.builder().build());

	@Autowired
	ContentDrafts drafts;

	@BeforeEach
	void seed() {
		assertThat(drafts.isEmpty()).as("the migrations write no content").isTrue();
		drafts.replaceWith(SEED, "seeder");
	}

	@Test
	void theSeedComesBackAsItWasWritten() {
		assertThat(drafts.isEmpty()).isFalse();
		assertThat(drafts.snapshot()).isEqualTo(SEED);
		assertThat(drafts.options()).extracting(DraftOption::slug)
			.containsExactlyElementsOf(SEED.options().stream().map(OptionContent::slug).toList());
		assertThat(drafts.options()).extracting(DraftOption::updatedBy).containsOnly("seeder");
	}

	@Test
	void aReplaceChangesTheRowsThatStayAndDeletesNoOption() {
		OptionContent dropped = SEED.options().get(0);
		OptionContent changed = noted(SEED.options().get(1), "changed by the replace");
		List<OptionContent> options = new ArrayList<>(SEED.options().subList(2, SEED.options().size()));
		options.add(0, changed);
		drafts.replaceWith(new ContentSnapshot(options, SEED.explanations(), SEED.questions(), SEED.safetyNet()),
				"replacer");

		assertThat(drafts.option(changed.slug())).hasValueSatisfying(option -> {
			assertThat(option.content()).isEqualTo(changed);
			assertThat(option.updatedBy()).isEqualTo("replacer");
		});
		assertThat(drafts.option(dropped.slug())).as("an option the new content lacks stays in the draft")
			.hasValueSatisfying(option -> assertThat(option.content()).isEqualTo(dropped));
		assertThat(drafts.snapshot().options()).hasSize(SEED.options().size());
	}

	@Test
	void aSaveOverTheVersionOpenedIsWrittenAndASaveOverAnOlderOneIsRefused() {
		DraftOption opened = drafts.option(SEED.options().get(0).slug()).orElseThrow();
		DraftOption saved = drafts.saveOption(noted(opened.content(), "first"), opened.version(), "first editor");
		assertThat(saved.version()).isGreaterThan(opened.version());
		assertThat(saved.updatedBy()).isEqualTo("first editor");

		assertThatExceptionOfType(EditConflictException.class)
			.isThrownBy(() -> drafts.saveOption(noted(opened.content(), "second"), opened.version(), "second editor"));
		assertThat(drafts.option(opened.slug())).hasValueSatisfying(option -> {
			assertThat(option.content().outcomesNote()).isEqualTo("first");
			assertThat(option.updatedBy()).isEqualTo("first editor");
		});
	}

	@Test
	void anOptionThatIsNotThereCannotBeSaved() {
		OptionContent stranger = noted(SEED.options().get(0), "x");
		OptionContent unknown = new OptionContent("no-such-option", stranger.stage(), stranger.title(),
				stranger.summary(), stranger.involves(), stranger.recovery(), stranger.timeCommitment(),
				stranger.reliefDuration(), stranger.benefits(), stranger.downsides(), stranger.suits(),
				stranger.notFor(), stranger.evidence(), stranger.evidenceNote(), stranger.invasiveness(),
				stranger.shortRecovery(), stranger.shortRelief(), stranger.mainDownside(), stranger.priorities(),
				stranger.sources(), stranger.lastReviewed(), stranger.guidance(), stranger.outcomes(),
				stranger.outcomesNote());
		assertThatExceptionOfType(NoSuchElementException.class)
			.isThrownBy(() -> drafts.saveOption(unknown, 0, "editor"));

		DraftOption added = drafts.addOption(unknown, "editor");
		assertThat(drafts.options()).last().extracting(DraftOption::slug).isEqualTo("no-such-option");
		assertThat(added.content()).isEqualTo(unknown);
		assertThatExceptionOfType(IllegalArgumentException.class).as("a slug already used")
			.isThrownBy(() -> drafts.addOption(unknown, "editor"));
	}

	private static OptionContent noted(OptionContent option, String note) {
		return option.withEvidenceDetail(option.guidance(), option.outcomes(), note);
	}

}

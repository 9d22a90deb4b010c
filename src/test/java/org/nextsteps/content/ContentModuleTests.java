package org.nextsteps.content;

import org.junit.jupiter.api.Test;
import org.nextsteps.ModuleTest;
import org.nextsteps.system.EditConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The content module on its own: it needs nothing from another module, and of two editors
 * who opened the same option, the one whose save reaches the database second gets a
 * conflict and writes nothing, even when both passed the version check.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
class ContentModuleTests implements ModuleTest {

	@Autowired
	ContentDrafts drafts;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aSaveThatLosesTheRaceAtTheDatabaseIsAConflictAndWritesNothing() {
		if (drafts.isEmpty()) {
			drafts.replaceWith(ContentSeed.load(JsonMapper.builder().build()), "seeder");
		}
		String slug = drafts.options().get(0).slug();
		TransactionTemplate second = new TransactionTemplate(transactionManager);
		TransactionTemplate first = new TransactionTemplate(transactionManager);
		first.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		assertThatExceptionOfType(EditConflictException.class).isThrownBy(() -> second.executeWithoutResult(status -> {
			DraftOption opened = drafts.option(slug).orElseThrow();
			// the first editor saves and commits while the second one's save is under way
			first.executeWithoutResult(
					other -> drafts.saveOption(noted(opened.content(), "first"), opened.version(), "first editor"));
			drafts.saveOption(noted(opened.content(), "second"), opened.version(), "second editor");
		}));
		assertThat(drafts.option(slug)).hasValueSatisfying(option -> {
			assertThat(option.content().outcomesNote()).isEqualTo("first");
			assertThat(option.updatedBy()).isEqualTo("first editor");
		});
	}

	private static OptionContent noted(OptionContent option, String note) {
		return option.withEvidenceDetail(option.guidance(), option.outcomes(), note);
	}

}

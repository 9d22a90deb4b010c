package org.nextsteps.release;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release published inside a transaction becomes current when that transaction commits,
 * not before, and never if it rolls back.
 */
class ReleaseSwapTests extends WebTestSupport {

	@Autowired
	Releases releases;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aReleaseBecomesCurrentWhenItsTransactionCommits() {
		PublishedRelease before = releases.current();
		PublishedRelease published = new TransactionTemplate(transactionManager).execute(status -> {
			PublishedRelease release = TestReleases.publishDraft(releases, "tester", "current after commit");
			assertThat(releases.current()).as("before the commit").isSameAs(before);
			return release;
		});
		assertThat(releases.current()).as("after the commit").isSameAs(published);
		assertThat(releases.find(before.id())).as("the one it replaced, still open").contains(before);
	}

	@Test
	void aReleaseWhoseTransactionRollsBackIsNeverCurrent() {
		PublishedRelease before = releases.current();
		long number = new TransactionTemplate(transactionManager).execute(status -> {
			PublishedRelease release = TestReleases.publishDraft(releases, "tester", "rolled back");
			status.setRollbackOnly();
			return release.id();
		});
		assertThat(releases.current()).isSameAs(before);
		assertThat(releases.find(number)).as("nothing was stored").isEmpty();
	}

}

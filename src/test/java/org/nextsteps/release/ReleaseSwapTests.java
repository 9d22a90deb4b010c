package org.nextsteps.release;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
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

	@Autowired
	ScheduledTaskHolder scheduled;

	@Value("${nextsteps.release-poll-interval}")
	Duration pollInterval;

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

	@Test
	void thePollerLooksForNewerReleasesEveryPollInterval() {
		assertThat(scheduled.getScheduledTasks()).map(ScheduledTask::getTask)
			.filteredOn(task -> task.toString().endsWith(ReleasePoller.class.getName() + ".pollForNewerRelease"))
			.singleElement()
			.isInstanceOfSatisfying(FixedDelayTask.class,
					task -> assertThat(task.getIntervalDuration()).isEqualTo(pollInterval));
	}

}

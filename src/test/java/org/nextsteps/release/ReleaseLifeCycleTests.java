package org.nextsteps.release;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A release published inside a transaction becomes current when that transaction commits,
 * not before, and never if it rolls back.
 */
class ReleaseLifeCycleTests extends WebTestSupport {

	@Autowired
	Releases releases;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	RuleDrafts rules;

	@Autowired
	ScheduledTaskHolder scheduled;

	@Value("${nextsteps.release-poll-interval}")
	Duration pollInterval;

	@Test
	void aCheckedDraftWhoseNumberWasTakenIsPublishedAsTheNextWhileItIsUnchanged() {
		DraftRelease checked = releases.draft();
		PublishedRelease first = TestReleases.publishDraft(releases, "tester", "takes the number first");
		assertThat(first.id()).isEqualTo(checked.release().id());
		PublishedRelease published = releases.publish(checked, "tester", "the checked draft, one number later");
		assertThat(published.id()).isEqualTo(first.id() + 1);
		assertThat(published.info().checksum()).isEqualTo(checked.checksum());
		assertThat(releases.current()).isSameAs(published);
	}

	@Test
	void aCheckedDraftWhoseNumberWasTakenAndThatChangedSinceIsNotPublished() {
		List<RuleDefinition> saved = rules.all();
		DraftRelease checked = releases.draft();
		PublishedRelease first = TestReleases.publishDraft(releases, "tester", "takes the number first");
		RuleDefinition r = saved.get(0);
		List<RuleDefinition> changed = new ArrayList<>(saved);
		changed.set(0, new RuleDefinition(r.key(), r.kind(), r.when(), r.target(), r.weight(), r.reason(), r.sources(),
				!r.enabled()));
		try {
			rules.replaceWith(changed, "tester");
			assertThatExceptionOfType(ReleaseConflictException.class)
				.isThrownBy(() -> releases.publish(checked, "tester", "a draft that changed since"));
			assertThat(releases.current()).isSameAs(first);
			assertThat(releases.history().get(0).id()).as("nothing written").isEqualTo(first.id());
		}
		finally {
			rules.replaceWith(saved, "tester");
		}
	}

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

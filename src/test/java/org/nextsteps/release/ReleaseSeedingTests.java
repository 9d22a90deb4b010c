package org.nextsteps.release;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.pathway.RuleDefinitions;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An instance starts only with a release to serve: when the first release or the clinical
 * safety update of 2026-12-01 cannot be published from the seed, the start fails and says
 * why, unless another instance sharing the database published it first, which this one
 * then serves.
 */
class ReleaseSeedingTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ContentSnapshot SEED = ContentSeed.load(JSON);

	/** Content as published before safety nets existed. */
	private static final ContentSnapshot BEFORE_SAFETY_NETS = new ContentSnapshot(SEED.options(), SEED.explanations(),
			SEED.questions(), List.of());

	private final ReleaseRepository repository = mock(ReleaseRepository.class);

	private final ContentDrafts drafts = mock(ContentDrafts.class);

	private final RuleDrafts ruleDrafts = mock(RuleDrafts.class);

	private final Releases releases = new Releases(repository, drafts, ruleDrafts, JSON,
			mock(PlatformTransactionManager.class), mock(ApplicationEventPublisher.class));

	/** The newest row of the shared database, as the mock repository holds it. */
	private final AtomicReference<ReleaseEntity> newest = new AtomicReference<>();

	@BeforeEach
	void database() {
		when(repository.latestId()).thenAnswer(call -> newest.get() == null ? 0L : newest.get().id());
		when(repository.findFirstByOrderByIdDesc()).thenAnswer(call -> Optional.ofNullable(newest.get()));
		when(repository.findById(anyLong())).thenAnswer(
				call -> Optional.ofNullable(newest.get()).filter(row -> row.id() == (long) call.getArgument(0)));
		when(drafts.snapshot()).thenReturn(SEED);
		when(ruleDrafts.all()).thenReturn(RuleDefinitions.seed());
	}

	private static ReleaseEntity row(long id, ContentSnapshot content) {
		String snapshot = JSON.writeValueAsString(new ReleaseDocument(content, RuleDefinitions.seed()));
		return new ReleaseEntity(id, Instant.parse("2026-11-30T10:00:00Z"), "another-instance", "release " + id,
				Releases.sha256(snapshot), snapshot);
	}

	/** The insert fails as when another instance commits that number first. */
	private void anotherInstanceCommitsFirst(ReleaseEntity its) {
		when(repository.saveAndFlush(any())).thenAnswer(call -> {
			newest.set(its);
			throw new DuplicateKeyException("content_release primary key");
		});
	}

	private void insertsSucceed() {
		when(repository.saveAndFlush(any())).thenAnswer(call -> {
			newest.set(call.getArgument(0));
			return call.getArgument(0);
		});
	}

	/** The start fails, saying so, when the insert fails with {@code failure}. */
	private void startFailsWhenTheInsertThrows(RuntimeException failure, String saying) {
		when(repository.saveAndFlush(any())).thenThrow(failure);
		assertThatIllegalStateException().isThrownBy(releases::afterPropertiesSet)
			.withMessageContaining(saying)
			.withCause(failure);
	}

	@Test
	void anEmptyDatabaseGetsReleaseOneFromTheSeed() {
		insertsSucceed();
		releases.afterPropertiesSet();
		assertThat(releases.current().id()).isEqualTo(1);
		assertThat(releases.current().info().publishedBy()).isEqualTo(Releases.SYSTEM_USER);
	}

	@Test
	void aSeedThatLostItsRaceServesTheReleaseOneTheOtherInstancePublished() {
		anotherInstanceCommitsFirst(row(1, SEED));
		releases.afterPropertiesSet();
		assertThat(releases.current().id()).isEqualTo(1);
		assertThat(releases.current().info().publishedBy()).isEqualTo("another-instance");
	}

	/**
	 * A lock given up is a lost race too, but nobody's release 1 is there: the instance
	 * would serve nothing (every patient page an error) while its health check said UP.
	 */
	@Test
	void aSeedThatLostItsRaceToNobodyFailsTheStart() {
		startFailsWhenTheInsertThrows(new CannotAcquireLockException("lock timeout"), "no release to serve");
		assertThat(releases.current()).isNull();
	}

	@Test
	void aSeedThatFailsFailsTheStart() {
		startFailsWhenTheInsertThrows(new DataIntegrityViolationException("value too long"), "no release to serve");
	}

	@Test
	void anInstallationFromBeforeSafetyNetsGetsTheClinicalSafetyUpdate() {
		newest.set(row(3, BEFORE_SAFETY_NETS));
		insertsSucceed();
		releases.afterPropertiesSet();
		assertThat(releases.current().id()).isEqualTo(4);
		assertThat(releases.current().info().note()).isEqualTo(Releases.UPGRADE_NOTE);
	}

	@Test
	void aClinicalSafetyUpdateThatLostItsRaceServesTheOneTheOtherInstancePublished() {
		newest.set(row(3, BEFORE_SAFETY_NETS));
		anotherInstanceCommitsFirst(row(4, SEED));
		releases.afterPropertiesSet();
		assertThat(releases.current().id()).isEqualTo(4);
		assertThat(releases.current().info().publishedBy()).isEqualTo("another-instance");
	}

	/**
	 * The release from before safety nets could suggest a needle after a possible
	 * complication: the instance does not go on serving it as if nothing had happened.
	 */
	@Test
	void aClinicalSafetyUpdateThatLostItsRaceToNobodyFailsTheStart() {
		newest.set(row(3, BEFORE_SAFETY_NETS));
		startFailsWhenTheInsertThrows(new CannotAcquireLockException("lock timeout"), "clinical safety update");
	}

	@Test
	void aClinicalSafetyUpdateThatFailsFailsTheStart() {
		newest.set(row(3, BEFORE_SAFETY_NETS));
		startFailsWhenTheInsertThrows(new DataIntegrityViolationException("value too long"), "clinical safety update");
	}

	@Test
	void aDraftWithoutSpanishGetsTheSeedsOnceAndADraftWithSomeKeepsItsOwn() {
		newest.set(row(3, SEED));
		when(drafts.hasSpanish()).thenReturn(false);
		releases.afterPropertiesSet();
		org.mockito.Mockito.verify(drafts).addSpanishIfNone(SEED.spanish(), Releases.SYSTEM_USER);
		assertThat(SEED.spanish()).hasSizeGreaterThan(900);

		org.mockito.Mockito.clearInvocations(drafts);
		when(drafts.hasSpanish()).thenReturn(true);
		releases.afterPropertiesSet();
		org.mockito.Mockito.verify(drafts, org.mockito.Mockito.never()).addSpanishIfNone(any(), any());
	}

}

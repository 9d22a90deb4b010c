package org.nextsteps.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSeed;
import org.nextsteps.pathway.RuleDefinitions;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Older releases that share links open are kept in a cache bounded by count, and requests
 * that need one that is not in memory all wait for a single load: one database read and
 * one compile, however many ask at once.
 */
class OlderReleasesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SNAPSHOT = JSON
		.writeValueAsString(new ReleaseDocument(ContentSeed.load(JSON), RuleDefinitions.seed()));

	private final ReleaseRepository repository = mock(ReleaseRepository.class);

	private final AtomicInteger reads = new AtomicInteger();

	private final Releases releases = new Releases(repository, mock(ContentDrafts.class), mock(RuleDrafts.class), JSON,
			mock(PlatformTransactionManager.class), mock(ApplicationEventPublisher.class));

	private static ReleaseEntity entity(long id) {
		return new ReleaseEntity(id, Instant.parse("2026-11-30T10:00:00Z"), "tester", "release " + id,
				Releases.sha256(SNAPSHOT), SNAPSHOT);
	}

	@Test
	void concurrentLoadsOfOneOldReleaseReadAndCompileItOnce() throws Exception {
		int requests = 16;
		CountDownLatch loading = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		when(repository.findById(anyLong())).thenAnswer(call -> {
			reads.incrementAndGet();
			loading.countDown();
			finish.await(30, TimeUnit.SECONDS);
			return Optional.of(entity(call.getArgument(0)));
		});
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			List<Future<Optional<PublishedRelease>>> results = new ArrayList<>();
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				results.add(pool.submit(() -> {
					synchronized (threads) {
						threads.add(Thread.currentThread());
					}
					return releases.find(7);
				}));
			}
			assertThat(loading.await(30, TimeUnit.SECONDS)).as("one request loads").isTrue();
			awaitAllWaiting(threads, requests);
			finish.countDown();
			PublishedRelease first = results.get(0).get(30, TimeUnit.SECONDS).orElseThrow();
			for (Future<Optional<PublishedRelease>> result : results) {
				assertThat(result.get(30, TimeUnit.SECONDS)).containsSame(first);
			}
			assertThat(reads).as("database reads (each read is compiled once)").hasValue(1);
			assertThat(first.id()).isEqualTo(7);
			assertThat(releases.find(7)).containsSame(first);
			assertThat(reads).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theCacheIsBoundedAndAMissingReleaseIsNotKept() {
		when(repository.findById(anyLong())).thenAnswer(call -> {
			reads.incrementAndGet();
			long id = call.getArgument(0);
			return id > 1000 ? Optional.empty() : Optional.of(entity(id));
		});
		assertThat(releases.find(2000)).isEmpty();
		assertThat(releases.find(2000)).isEmpty();
		assertThat(reads).as("a missing release is looked up again").hasValue(2);
		for (long id = 1; id <= Releases.OLDER_RELEASES_KEPT * 3L; id++) {
			assertThat(releases.find(id)).isPresent();
		}
		int afterFilling = reads.get();
		for (long id = 1; id <= Releases.OLDER_RELEASES_KEPT * 3L; id++) {
			releases.find(id);
		}
		assertThat(reads.get() - afterFilling).as("not all of them are kept").isPositive();
	}

	/**
	 * Every other request waits: for the loading one (in the mock) or for the cache's
	 * lock on that release.
	 */
	private static void awaitAllWaiting(List<Thread> threads, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			synchronized (threads) {
				if (threads.size() == count && threads.stream()
					.allMatch(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.BLOCKED
							|| t.getState() == Thread.State.TIMED_WAITING)) {
					return;
				}
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("The requests did not all start");
	}

}

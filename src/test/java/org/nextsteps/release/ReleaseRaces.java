package org.nextsteps.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes and roll-backs started at the same moment, as editors on several instances
 * might.
 */
final class ReleaseRaces {

	private ReleaseRaces() {
	}

	/**
	 * Starts {@code writers} threads at once, even ones publishing and odd ones rolling
	 * back to release 1, and returns the releases that got through (in no order); each
	 * other writer must have been told of a conflict.
	 */
	static List<PublishedRelease> publishAndRollBackAtOnce(Releases releases, int writers, long waitSeconds)
			throws Exception {
		CyclicBarrier start = new CyclicBarrier(writers);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<Object>> outcomes = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				int n = i;
				outcomes.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					try {
						return n % 2 == 0
								? TestReleases.publishDraft(releases, "writer-" + n, "concurrent publish " + n)
								: releases.rollBack(1, "writer-" + n, "concurrent roll-back " + n);
					}
					catch (ReleaseConflictException ex) {
						return ex; // lost the race every time it tried: said so, wrote
									// nothing
					}
				}));
			}
			List<PublishedRelease> published = new ArrayList<>();
			for (Future<Object> outcome : outcomes) {
				Object result = outcome.get(waitSeconds, TimeUnit.SECONDS);
				assertThat(result).isInstanceOfAny(PublishedRelease.class, ReleaseConflictException.class);
				if (result instanceof PublishedRelease release) {
					published.add(release);
				}
			}
			return published;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

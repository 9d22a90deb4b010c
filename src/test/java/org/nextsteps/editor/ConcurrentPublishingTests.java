package org.nextsteps.editor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nextsteps.SlowSuite;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.release.TestReleases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishers racing each other through the editor: every publish or roll-back either
 * becomes its own release or gets the conflict page (409, nothing written); no published
 * row ever changes; never a 5xx.
 */
@SlowSuite
class ConcurrentPublishingTests extends EditorTestSupport {

	private static final Pattern CHECKSUM = Pattern.compile("name=\"checksum\" value=\"([0-9a-f]+)\"");

	private static final String CONFLICT = "Someone else published or rolled back at the same moment";

	private static final String DRAFT_CHANGED = "The draft changed after this page was opened";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	record Row(long id, String publishedAt, String publishedBy, String note, String checksum, int length) {
	}

	List<Row> rows() {
		return jdbc.query(
				"select id, published_at, published_by, note, checksum, length(snapshot) from content_release order by id",
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getInt(6)));
	}

	static String checksum(StaffSession session) {
		Matcher m = CHECKSUM.matcher(session.get("/editor/publish").body());
		assertThat(m.find()).as("publish form").isTrue();
		return m.group(1);
	}

	@Test
	void eightPublishesAndRollBacksAtOnceGiveThatManyReleasesOrClearConflicts() throws Exception {
		int writers = 8;
		List<StaffSession> sessions = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			sessions.add(signIn(Role.PUBLISHER));
		}
		long target = releases.current().id();
		List<String> checksums = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			checksums.add(i % 2 == 0 ? checksum(sessions.get(i)) : null);
			if (i % 2 == 1) {
				sessions.get(i).get("/editor/releases/" + target + "/rollback");
			}
		}
		List<Row> before = rows();
		CyclicBarrier start = new CyclicBarrier(writers);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<HttpResponse<String>>> posts = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				int n = i;
				posts.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return n % 2 == 0
							? sessions.get(n)
								.post("/editor/publish", "note", "publish " + n, "checksum", checksums.get(n))
							: sessions.get(n)
								.post("/editor/releases/" + target + "/rollback", "note", "roll back " + n);
				}));
			}
			int published = 0;
			for (Future<HttpResponse<String>> post : posts) {
				HttpResponse<String> response = post.get(120, TimeUnit.SECONDS);
				assertThat(response.statusCode()).as("publish or roll-back").isIn(302, 409);
				if (response.statusCode() == 302) {
					published++;
				}
				else {
					assertThat(response.body()).containsAnyOf(CONFLICT, DRAFT_CHANGED);
				}
			}
			List<Row> after = rows();
			assertThat(after.subList(0, before.size())).as("published rows, unchanged").isEqualTo(before);
			assertThat(after).as("one release per success").hasSize(before.size() + published);
			assertThat(published).as("at least one gets through").isPositive();
			for (int i = 0; i < after.size(); i++) {
				assertThat(after.get(i).id()).as("numbers without gaps").isEqualTo(after.get(0).id() + i);
			}
			Row newest = after.get(after.size() - 1);
			assertThat(releases.current().id()).isEqualTo(newest.id());
			assertThat(releases.current().info().checksum()).isEqualTo(newest.checksum());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * A publish that reads the same next number as another one still open: the database
	 * makes it wait for the first, then refuses the duplicate; the publisher gets the
	 * conflict page with the release now live, and nothing of the second publish
	 * (release, audit entry) is written.
	 */
	@Test
	void aPublishThatLosesTheRaceForItsNumberGetsTheConflictPage() throws Exception {
		StaffSession second = signIn(Role.PUBLISHER);
		String checksum = checksum(second);
		long live = releases.current().id();
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(() -> transaction.executeWithoutResult(status -> {
				TestReleases.publishDraft(releases, "first-publisher", "holds the next number until it commits");
				inserted.countDown();
				await(commit);
			}));
			assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
			Future<HttpResponse<String>> post = pool
				.submit(() -> second.post("/editor/publish", "note", "the second publish", "checksum", checksum));
			awaitPublishWaitingForALock(post);
			commit.countDown();
			first.get(30, TimeUnit.SECONDS);
			HttpResponse<String> response = post.get(30, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(409);
			assertThat(response.body()).contains(CONFLICT).contains("Release " + (live + 1) + " stays stored");
			List<Row> rows = rows();
			assertThat(rows.get(rows.size() - 1).id()).isEqualTo(live + 1);
			assertThat(rows.get(rows.size() - 1).publishedBy()).isEqualTo("first-publisher");
			assertThat(audit.about("release", String.valueOf(live + 2), 10)).isEmpty();
			assertThat(releases.current().id()).isEqualTo(live + 1);
		}
		finally {
			commit.countDown();
			pool.shutdownNow();
		}
	}

	/**
	 * Until a request thread of the publish page waits in H2 for the other transaction's
	 * lock on the number.
	 */
	private static void awaitPublishWaitingForALock(Future<?> post) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline && !post.isDone()) {
			boolean waiting = Thread.getAllStackTraces()
				.values()
				.stream()
				.map(Arrays::asList)
				.anyMatch(stack -> stack.stream()
					.anyMatch(f -> f.getClassName().equals("org.h2.mvstore.tx.Transaction")
							&& f.getMethodName().equals("waitForThisToEnd"))
						&& stack.stream()
							.anyMatch(f -> f.getClassName().startsWith(PublishController.class.getName())));
			if (waiting) {
				return;
			}
			java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
		}
		throw new AssertionError("The second publish never waited for the first one's number");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

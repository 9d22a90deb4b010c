package org.nextsteps.release;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.SlowSuite;
import org.nextsteps.WebTestSupport;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.ContentSnapshot;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDrafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Releases are insert-only: concurrent publishes and roll-backs each get their own number
 * (or say they lost), no published row ever changes, the database itself refuses to
 * change one, and what an instance serves is what its database holds.
 */
@SlowSuite
class ReleaseIntegrityTests extends WebTestSupport {

	@Autowired
	Releases releases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentDrafts content;

	@Autowired
	RuleDrafts rules;

	private ContentSnapshot savedContent;

	private List<RuleDefinition> savedRules;

	@BeforeEach
	void rememberDrafts() {
		savedContent = content.snapshot();
		savedRules = rules.all();
	}

	@AfterEach
	void restoreDrafts() {
		content.replaceWith(savedContent, "tester");
		rules.replaceWith(savedRules, "tester");
		RequestContextHolder.resetRequestAttributes();
	}

	/** A published row as stored. */
	record Row(long id, String publishedAt, String publishedBy, String note, String checksum, String snapshotSha) {
	}

	List<Row> rows() {
		return jdbc.query(
				"select id, published_at, published_by, note, checksum, snapshot from content_release order by id",
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						Releases.sha256(rs.getString(6))));
	}

	@Test
	void eightPublishesAndRollBacksAtOnceGiveThatManyReleasesAndChangeNoPublishedRow() throws Exception {
		List<Row> before = rows();
		long first = before.get(before.size() - 1).id() + 1;
		List<Long> published = ReleaseRaces.publishAndRollBackAtOnce(releases, 8, 120)
			.stream()
			.map(PublishedRelease::id)
			.toList();
		List<Row> after = rows();
		assertThat(after.subList(0, before.size())).as("published rows, unchanged").isEqualTo(before);
		assertThat(after).hasSize(before.size() + published.size());
		assertThat(published).as("each its own number, no gaps")
			.containsExactlyInAnyOrderElementsOf(
					java.util.stream.LongStream.range(first, first + published.size()).boxed().toList());
		assertThat(published).as("at least one gets through").isNotEmpty();
		for (Row row : after) {
			assertThat(row.snapshotSha()).as("release %d is whole", row.id()).isEqualTo(row.checksum());
		}
		Row newest = after.get(after.size() - 1);
		assertThat(releases.current().id()).as("the instance serves the newest row").isEqualTo(newest.id());
		assertThat(releases.current().info().checksum()).as("with that row's content").isEqualTo(newest.checksum());
		for (long id : published) {
			Row row = after.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
			assertThat(releases.find(id).orElseThrow().info().checksum()).isEqualTo(row.checksum());
		}
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAPublishedRelease() {
		List<Row> before = rows();
		long oldest = before.get(0).id();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("update content_release set note = 'changed' where id = ?", oldest));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> jdbc.update("update content_release set snapshot = snapshot || ' ' where id = ?", oldest));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("delete from content_release where id = ?", oldest));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("delete from content_release"));
		assertThat(rows()).isEqualTo(before);
		assertThat(releases.find(oldest)).isPresent();
	}

	/**
	 * One request sees one release, even when a publish lands half-way through it; the
	 * next request sees the new one.
	 */
	@Test
	void aRequestSeesOneReleaseFromStartToEnd() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		PublishedRelease seen = releases.current();
		PublishedRelease published = TestReleases.publishDraft(releases, "tester",
				"published while a request was under way");
		assertThat(releases.current()).as("the same request").isSameAs(seen);
		assertThat(releases.find(published.id())).contains(published);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(releases.current()).as("the next request").isSameAs(published);
		RequestContextHolder.resetRequestAttributes();
		assertThat(releases.current()).as("outside a request").isSameAs(published);
	}

}

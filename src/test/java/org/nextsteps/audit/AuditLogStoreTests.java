package org.nextsteps.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.StoreTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log as stored: entries come back newest first with their fields in order, by
 * page or by subject, and a value too long to store is cut, not refused.
 */
@StoreTest
class AuditLogStoreTests {

	@Autowired
	AuditLog log;

	@Test
	void entriesComeBackNewestFirstWithTheirFieldsInOrder() {
		long before = log.count();
		log.record("ann", "option.update", "option", "pain-diary",
				List.of(new FieldChange("title", "Old", "New"), new FieldChange("summary", null, "Added")));
		log.record("bob", "release.publish", "release", "7", List.of());

		assertThat(log.count()).isEqualTo(before + 2);
		List<AuditEntry> page = log.page(0, 2);
		assertThat(page).extracting(AuditEntry::action).containsExactly("release.publish", "option.update");
		assertThat(page.get(0).changes()).isEmpty();
		assertThat(page.get(1).actor()).isEqualTo("ann");
		assertThat(page.get(1).changes()).containsExactly(new FieldChange("title", "Old", "New"),
				new FieldChange("summary", null, "Added"));
		assertThat(page.get(0).occurredAt()).isAfterOrEqualTo(page.get(1).occurredAt());
		assertThat(log.page(1, 1)).extracting(AuditEntry::action).containsExactly("option.update");
	}

	@Test
	void entriesAboutOneThingAreOnlyThoseNewestFirst() {
		log.record("ann", "user.create", "user", "sam", List.of(new FieldChange("role", null, "editor")));
		log.record("ann", "user.create", "user", "kim", List.of());
		log.record("bob", "user.update", "user", "sam", List.of(new FieldChange("role", "editor", "publisher")));

		List<AuditEntry> sam = new AuditTrail(log).about("user", "sam", 10);
		assertThat(sam).extracting(AuditEntry::action).containsExactly("user.update", "user.create");
		assertThat(sam).allSatisfy(entry -> assertThat(entry.subjectKey()).isEqualTo("sam"));
		assertThat(sam.get(0).changes()).containsExactly(new FieldChange("role", "editor", "publisher"));
		assertThat(new AuditTrail(log).about("user", "sam", 1)).hasSize(1);
		assertThat(new AuditTrail(log).about("option", "sam", 10)).isEmpty();
	}

	@Test
	void aValueTooLongToStoreIsCutNotRefused() {
		String huge = "x".repeat(AuditChangeRecord.MAX_VALUE + 100);
		log.record("ann", "option.update", "option", "huge", List.of(new FieldChange("involves", huge, "short")));
		FieldChange stored = new AuditTrail(log).about("option", "huge", 1).get(0).changes().get(0);
		assertThat(stored.before()).hasSize(AuditChangeRecord.MAX_VALUE);
		assertThat(stored.after()).isEqualTo("short");
	}

}

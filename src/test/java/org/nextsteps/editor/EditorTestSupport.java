package org.nextsteps.editor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.nextsteps.audit.AuditTrail;
import org.nextsteps.StaffSession;
import org.nextsteps.WebTestSupport;
import org.nextsteps.account.Accounts;
import org.nextsteps.account.Role;
import org.nextsteps.audit.AuditLog;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.pathway.RuleDrafts;
import org.nextsteps.release.Releases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the editor's web tests: staff members signed in with any role, the services a
 * test checks against, and the drafts and the live release put back after each test as
 * they were before it. Same context as every {@link WebTestSupport}.
 */
abstract class EditorTestSupport extends WebTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	ContentDrafts content;

	@Autowired
	RuleDrafts rules;

	@Autowired
	Releases releases;

	/** The audit log, read as {@link AuditTrail} does. */
	AuditTrail audit;

	private EditorForms.Snapshot drafts;

	@Autowired
	void readAuditLog(AuditLog log) {
		audit = new AuditTrail(log);
	}

	@BeforeEach
	void rememberDrafts() {
		drafts = EditorForms.Snapshot.take(content, rules, releases);
		// texts earlier tests added stay in the draft (a replace never deletes a text):
		// each test starts with every patient text in Spanish, as a publish needs
		translateDraft();
	}

	@Autowired
	org.nextsteps.review.Reviews reviews;

	@AfterEach
	void restoreDrafts() {
		drafts.restore();
		reviews.withdrawOpen();
	}

	/**
	 * Signs off the draft as it is now: submitted by one person and approved by another
	 * ({@code ReviewTests} try the review pages themselves).
	 */
	void approveDraft() {
		String checksum = releases.draft().checksum();
		var review = reviews.submit(checksum, releases.current().id(), "test-author", "A test change",
				java.util.List.of("H21"), java.util.Set.of("test-author"));
		reviews.approve(review.id(), checksum, "test-reviewer", java.util.List.of());
	}

	/**
	 * Writes a Spanish for every patient text of the draft that has none (issue 14: a
	 * release is not published while any lacks one), as a short test sentence; returns
	 * how many it wrote.
	 */
	int translateDraft() {
		return translateDraft(content, rules);
	}

	/** {@link #translateDraft()} for tests of other bases. */
	static int translateDraft(ContentDrafts content, RuleDrafts rules) {
		var gaps = SpanishTexts.missing(content.snapshot(), rules.all());
		gaps.forEach(gap -> content.saveSpanish(gap.english(), "Texto de prueba en español.", "test-translator",
				ContentDrafts.NEVER_SAVED));
		return gaps.size();
	}

	/**
	 * A new staff member with this role, signed in ({@link StaffSession#username()} says
	 * who).
	 */
	StaffSession signIn(Role role) {
		return StaffSession.signIn(baseUrl(), StaffSession.newUser(accounts, role), StaffSession.PASSWORD);
	}

}

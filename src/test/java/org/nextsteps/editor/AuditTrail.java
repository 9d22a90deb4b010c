package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.List;

import org.nextsteps.audit.AuditEntry;
import org.nextsteps.audit.AuditLog;

/**
 * The audit log as the editor's tests read it: the newest entries about one thing, found
 * by reading the log page by page, newest first, as the audit page does.
 */
final class AuditTrail {

	private static final int PAGE_SIZE = 100;

	private final AuditLog log;

	AuditTrail(AuditLog log) {
		this.log = log;
	}

	/**
	 * The newest {@code size} entries about one thing, e.g.
	 * {@code ("option", "physical-therapy")}, newest first.
	 */
	List<AuditEntry> about(String subjectType, String subjectKey, int size) {
		List<AuditEntry> found = new ArrayList<>();
		for (int page = 0; found.size() < size; page++) {
			List<AuditEntry> entries = log.page(page, PAGE_SIZE);
			for (AuditEntry entry : entries) {
				if (found.size() < size && entry.subjectType().equals(subjectType)
						&& entry.subjectKey().equals(subjectKey)) {
					found.add(entry);
				}
			}
			if (entries.size() < PAGE_SIZE) {
				break;
			}
		}
		return found;
	}

}

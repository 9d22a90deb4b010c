package org.nextsteps.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit log as tests read it: the newest entries about one thing, found by reading
 * the log page by page, newest first, as the audit page does.
 */
public final class AuditTrail {

	private static final int PAGE_SIZE = 100;

	private final AuditLog log;

	public AuditTrail(AuditLog log) {
		this.log = log;
	}

	/**
	 * The newest {@code size} entries about one thing, e.g.
	 * {@code ("option", "physical-therapy")}, newest first.
	 */
	public List<AuditEntry> about(String subjectType, String subjectKey, int size) {
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

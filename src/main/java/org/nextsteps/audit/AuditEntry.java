package org.nextsteps.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change: who did what to which thing, and when.
 *
 * @param action what happened, e.g. {@code option.update}, {@code release.publish},
 * {@code user.create}
 * @param subjectType what kind of thing changed: {@code option}, {@code rule},
 * {@code scenario}, {@code release}, {@code user}
 * @param subjectKey which one: a slug, a rule key, a release number, a username
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
		String subjectKey, List<FieldChange> changes) {

	public AuditEntry {
		changes = List.copyOf(changes);
	}

}

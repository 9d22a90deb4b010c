package org.nextsteps.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes and reads them back, newest first. {@link #record} joins the caller's
 * transaction: a change that rolls back leaves no entry, and an entry that cannot be
 * written rolls the change back.
 */
@Service
public class AuditLog {

	private final AuditRepository entries;

	private final AuditChangeRepository changes;

	AuditLog(AuditRepository entries, AuditChangeRepository changes) {
		this.entries = entries;
		this.changes = changes;
	}

	@Transactional
	public void record(String actor, String action, String subjectType, String subjectKey, List<FieldChange> fields) {
		AuditRecord entry = entries.save(new AuditRecord(Instant.now(), actor, action, subjectType, subjectKey));
		int position = 0;
		for (FieldChange field : fields) {
			changes.save(new AuditChangeRecord(entry.id(), position++, field));
		}
	}

	/** One page of the log, newest first; {@code page} counts from 0. */
	@Transactional(readOnly = true)
	public List<AuditEntry> page(int page, int size) {
		return withChanges(entries.findAllByOrderByIdDesc(PageRequest.of(page, size)));
	}

	/** Everyone who changed these kinds of thing after {@code since}. */
	@Transactional(readOnly = true)
	public java.util.Set<String> actorsSince(Instant since, java.util.Collection<String> subjectTypes) {
		return entries.actorsSince(since, subjectTypes);
	}

	@Transactional(readOnly = true)
	public long count() {
		return entries.count();
	}

	/** Two queries for a whole page, never one per entry. */
	private List<AuditEntry> withChanges(List<AuditRecord> records) {
		Map<Long, List<FieldChange>> byEntry = new LinkedHashMap<>();
		records.forEach(record -> byEntry.put(record.id(), new ArrayList<>()));
		if (!byEntry.isEmpty()) {
			for (AuditChangeRecord change : changes.findByEntryIdInOrderByEntryIdAscPositionAsc(byEntry.keySet())) {
				byEntry.get(change.entryId()).add(change.toChange());
			}
		}
		return records.stream().map(record -> record.toEntry(byEntry.get(record.id()))).toList();
	}

}

package org.nextsteps.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the audit log: written once, never updated (no setters). */
@Entity
@Table(name = "audit_entry")
class AuditRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 100)
	private String actor;

	@Column(nullable = false, length = 40)
	private String action;

	@Column(name = "subject_type", nullable = false, length = 40)
	private String subjectType;

	@Column(name = "subject_key", nullable = false, length = 200)
	private String subjectKey;

	protected AuditRecord() {
	}

	AuditRecord(Instant occurredAt, String actor, String action, String subjectType, String subjectKey) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectKey = subjectKey;
	}

	Long id() {
		return id;
	}

	AuditEntry toEntry(java.util.List<FieldChange> changes) {
		return new AuditEntry(id, occurredAt, actor, action, subjectType, subjectKey, changes);
	}

}

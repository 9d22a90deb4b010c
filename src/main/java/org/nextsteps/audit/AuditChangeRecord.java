package org.nextsteps.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One field of an audit entry: written once, never updated. */
@Entity
@Table(name = "audit_change")
class AuditChangeRecord {

	static final int MAX_VALUE = 20000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "entry_id", nullable = false)
	private Long entryId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String field;

	// Plain varchar on H2 and PostgreSQL alike (one migration for both).
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "old_value", length = MAX_VALUE)
	private String oldValue;

	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "new_value", length = MAX_VALUE)
	private String newValue;

	protected AuditChangeRecord() {
	}

	AuditChangeRecord(long entryId, int position, FieldChange change) {
		this.entryId = entryId;
		this.position = position;
		this.field = cut(change.field(), 200);
		this.oldValue = cut(change.before(), MAX_VALUE);
		this.newValue = cut(change.after(), MAX_VALUE);
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	Long entryId() {
		return entryId;
	}

	FieldChange toChange() {
		return new FieldChange(field, oldValue, newValue);
	}

}

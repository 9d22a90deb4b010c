package org.nextsteps.release;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One published release: written once, never updated. */
@Entity
@Table(name = "content_release")
class ReleaseEntity {

	@Id
	private Long id;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "published_by", nullable = false, length = 100)
	private String publishedBy;

	@Column(nullable = false, length = 1000)
	private String note;

	@Column(nullable = false, length = 64)
	private String checksum;

	// A plain varchar on both H2 and PostgreSQL: one migration serves both, and no LOB handling is needed.
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 4000000)
	private String snapshot;

	protected ReleaseEntity() {
	}

	ReleaseEntity(long id, Instant publishedAt, String publishedBy, String note, String checksum, String snapshot) {
		this.id = id;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.note = note;
		this.checksum = checksum;
		this.snapshot = snapshot;
	}

	long id() {
		return id;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	String publishedBy() {
		return publishedBy;
	}

	String note() {
		return note;
	}

	String checksum() {
		return checksum;
	}

	String snapshot() {
		return snapshot;
	}

}

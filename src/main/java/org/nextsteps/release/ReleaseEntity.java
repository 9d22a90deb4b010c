package org.nextsteps.release;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.data.domain.Persistable;

/**
 * One published release: written once, never updated. Its id is assigned (the next
 * number), and a new release is always persisted, never merged ({@link #isNew()}), so a
 * second writer of the same number gets a duplicate key instead of overwriting the first.
 * Hibernate ignores changes to a loaded one ({@link Immutable}), and the database refuses
 * any UPDATE or DELETE of the table (migration V8.1, per database).
 */
@Entity
@Immutable
@Table(name = "content_release")
class ReleaseEntity implements Persistable<Long> {

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

	// A plain varchar on both H2 and PostgreSQL: one migration serves both, and no LOB
	// handling is needed.
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 4000000)
	private String snapshot;

	@Transient
	private boolean loaded;

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

	@PostLoad
	void markLoaded() {
		this.loaded = true;
	}

	@Override
	public Long getId() {
		return id;
	}

	/**
	 * A release made here is always new: saving it inserts it or fails, it never updates
	 * a stored one.
	 */
	@Override
	public boolean isNew() {
		return !loaded;
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

	ReleaseInfo info() {
		return new ReleaseInfo(id, publishedAt, publishedBy, note, checksum);
	}

}

package org.nextsteps.system;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every editable draft row carries: an optimistic-locking version (so that a second
 * editor's save cannot silently overwrite the first) and who changed it last, and when.
 */
@MappedSuperclass
public abstract class EditableRecord {

	@Version
	@Column(nullable = false)
	private int version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	protected void touch(String by) {
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	public int version() {
		return version;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public String updatedBy() {
		return updatedBy;
	}

}

package org.nextsteps.review;

import java.util.Locale;

import org.nextsteps.system.Coded;

/** Where a submission of the draft stands. */
public enum ReviewState implements Coded {

	/** Waiting for a clinical reviewer. */
	SUBMITTED,
	/** Approved: this exact draft may be published. */
	APPROVED,
	/** Sent back with comments. */
	RETURNED,
	/** Published as a release. */
	PUBLISHED,
	/** Replaced by a later submission, or by a roll-back. */
	WITHDRAWN;

	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether it still waits for, or holds, a decision on the draft. */
	public boolean isOpen() {
		return this == SUBMITTED || this == APPROVED;
	}

}

package org.nextsteps.review;

/** A review step that cannot be taken; nothing was written. */
public class ReviewException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why. */
	public enum Reason {

		/** The submission was decided, replaced or published meanwhile. */
		NOT_OPEN,
		/** The draft changed since it was submitted. */
		DRAFT_CHANGED,
		/** The reviewer changed or submitted the draft: someone else must approve it. */
		OWN_CHANGE

	}

	private final Reason reason;

	ReviewException(Reason reason) {
		super("Review step refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}

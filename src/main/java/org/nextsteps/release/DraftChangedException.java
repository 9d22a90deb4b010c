package org.nextsteps.release;

/**
 * The draft is no longer the one that was checked before publishing; nothing was
 * published.
 */
public class DraftChangedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DraftChangedException() {
		super("The draft changed after it was checked");
	}

}

package org.nextsteps.system;

/**
 * Someone else saved a draft row after the editor opened it: the save is refused (nothing
 * is written), so the editor can compare both versions and decide. Thrown for a stale
 * expected version and for a lost race at flush.
 */
public class EditConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditConflictException(String what, Throwable cause) {
		super("Changed by someone else since it was opened: " + what, cause);
	}

	public EditConflictException(String what) {
		this(what, null);
	}

}

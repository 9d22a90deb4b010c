package org.nextsteps.release;

import java.sql.SQLException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Another publish or roll-back took the next release number, or changed the draft, at the
 * same moment: nothing of this one was written. The caller can look at what is published
 * now and try again.
 */
public class ReleaseConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ReleaseConflictException(Throwable cause) {
		super("Another release was published at the same moment", cause);
	}

	/**
	 * Whether a failure means that another transaction got there first: a duplicate key
	 * (the release number, or a draft row two roll-backs both added), a draft row changed
	 * under us, a lock wait given up, a serialization failure or a deadlock. Anything
	 * else is a fault, not a conflict.
	 */
	public static boolean isLostRace(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ReleaseConflictException || t instanceof ConcurrencyFailureException
					|| t instanceof DuplicateKeyException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				// 23505 unique violation (both databases), 40xxx transaction rollback
				// (serialization, deadlock);
				// H2: HYT00 lock timeout, 90131 concurrent update
				if (state.equals("23505") || state.startsWith("40") || state.equals("HYT00") || state.equals("90131")) {
					return true;
				}
			}
		}
		return false;
	}

}

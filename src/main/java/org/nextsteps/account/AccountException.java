package org.nextsteps.account;

import java.util.List;

/**
 * A change to an account that was refused; {@link #messageKey()} says why in the staff's
 * words (messages/account).
 */
public class AccountException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	private final transient List<Object> args;

	AccountException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	/** The form field it is about. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.toArray();
	}

}
